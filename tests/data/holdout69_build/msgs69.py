# ruff: noqa  (hand-written data generator of blind set 69, kept as its writer left it)
# -*- coding: utf-8 -*-
"""Messages of the sixty-ninth blind set and their plain labels, all hand-written by the helper "blind69".

Each customer's messages are listed in the order they arrive; build69.py assigns the dates (2028-07-31 to
2028-08-06), the ids (after a fixed-seed shuffle), the standard note phrases, the derived tags and the history
fields. Line helpers:

  L(sku, qty, variant)     a catalog line (variant given exactly when the product has variants; None = not said)
  F([skus], qty, cv)       a bare family word: sku null with candidates (cv = candidate_variant named in the text)
  N(qty)                   an item the catalog does not have (sku null, no candidates)

Reference rows give `ref` ("usual", "last" or "unresolved") and `ops` (the message's changes to the basket):
("remove", sku), ("set", line), ("add", line), ("double", sku). Without history, `lines` holds the explicit
additions and new quantities only.

`h` is the history outcome the author intends, checked by build69.py: "res" (history settles the order), "open"
(lines change, review stays), "same" (history changes nothing), "skip" (the row carries no history fields by rule),
"outlier".
"""

UNSET = "__unset__"


def L(sku, qty, variant=UNSET, nofill=False):
    d = {"sku": sku, "quantity": qty, "variant": variant}
    if nofill:
        d["nofill"] = True
    return d


def F(cands, qty, cv=None):
    d = {"sku": None, "quantity": qty, "candidates": list(cands)}
    if cv is not None:
        d["candidate_variant"] = cv
    return d


def N(qty):
    return {"sku": None, "quantity": qty}


MSGS = []


def _m(
    intent,
    cust,
    ch,
    text,
    lines=(),
    tags=(),
    notes="",
    ref=None,
    ops=(),
    change=None,
    flags=(),
    h=None,
    review=None,
    lang=None,
):
    MSGS.append(
        dict(
            intent=intent,
            customer=cust,
            channel=ch,
            text=text,
            lines=list(lines),
            tags=list(tags),
            notes=notes,
            ref=ref,
            ops=list(ops),
            change=change,
            flags=list(flags),
            h=h,
            review=review,
            lang=lang,
        )
    )


def O(cust, ch, text, lines=(), **kw):
    _m("ORDER", cust, ch, text, lines, **kw)


def Q(cust, ch, text, **kw):
    _m("QUESTION", cust, ch, text, **kw)


def C(cust, ch, text, **kw):
    _m("COMPLAINT", cust, ch, text, **kw)


def X(cust, ch, text, **kw):
    _m("OTHER", cust, ch, text, **kw)


def CN(cust, ch, text, **kw):
    _m("CANCEL", cust, ch, text, **kw)


def CH(cust, ch, text, change, **kw):
    _m("CHANGE", cust, ch, text, change=change, **kw)


E, W, S = "EMAIL", "WHATSAPP", "SMS"
A4C = ["NAV-80", "NAV-90-A4", "RM-COPY-80", "RM-RECY-80-A4", "RM-ECO-75-A4"]
GLUE = ["PRITT-43-10", "PRITT-22-12", "RM-GLUE-40"]
BLACK_TONER = [
    "HP-26A",
    "HP-26X",
    "HP-207A",
    "HP-207X",
    "BRO-TN2420",
    "BRO-TN2410",
    "BRO-TN243",
    "KYO-TK1170",
    "KYO-TK3160",
]
POSTITS = ["POSTIT-76-Y", "POSTIT-76-N", "POSTIT-38-Y", "POSTIT-127-Y"]
EXBOOKS = ["EXB-A4-8MM", "EXB-A4-SQ7-BL", "EXB-A5-8MM-RD", "EXB-A4-PLAIN"]
DL, C5, C4 = "DL (box of 1000)", "C5 (box of 500)", "C4 (box of 250)"

# =============================================================================== hartwell-primary (en)
c = "hartwell-primary"
O(
    c,
    E,
    "Subject: PO HPS-2291 stationery for September\n\nDear Ream & Rule team,\n\nPlease supply the following "
    "against purchase order HPS-2291 (cost code 4010 Curriculum):\n\n- 12 boxes Rulemark Everyday copier paper A4\n"
    "- 3 packs A4 exercise books 8mm ruled with margin, blue covers\n- 2 boxes of Edding 360 whiteboard markers, "
    "black\n- 1 box laminating pouches A4 150 micron\n\nDelivery to the school office, Hartwell Primary School, "
    "14 Orchard Rise, any weekday before 3pm.\n\nKind regards,\nJoanne Pike\nSchool Business Manager\n"
    "020 7946 0311",
    [
        L("RM-COPY-80", 12, "A4"),
        L("EXB-A4-8MM", 3, "Blue"),
        L("EDD-360", 2, "Black"),
        L("LAM-A4", 1, "150 micron"),
    ],
    tags=["signature", "number_in_name"],
    notes="PO HPS-2291, cost code 4010, street number 14, 3pm and the phone are "
    "not quantities; 8mm, 360, A4 and 150 micron are part of the names",
)
O(
    c,
    E,
    "Subject: Usual order\n\nHi both, could we have our usual order for Wednesday please, plus 2 packs of the A4 "
    "white card (160gsm)? Many thanks, Jo",
    [L("RM-CARD-160", 2)],
    ref="usual",
    ops=[("add", L("RM-CARD-160", 2))],
    h="res",
    tags=["non_order_request"],
    notes="'our usual order' is a reference to history; the card is the explicit addition",
)
O(
    c,
    E,
    "Subject: Top-up\n\nWe are also running low on pencils, 4 boxes please, and glue sticks x2. Thank you.\n"
    "J. Pike, Bursar",
    [F(["STAED-NORIS-HB", "STAED-NORIS-2B", "RM-HB-144", "STAED-COL-144"], 4), F(GLUE, 2)],
    h="res",
    notes="'pencils' by the box is open between the four boxed pencils (the colouring pencil packs are ruled out by "
    "'boxes'); 'glue sticks' between the two Pritt boxes and the Rulemark pack; the school has only ever bought the "
    "eraser-tip class packs and the Rulemark glue sticks",
)
Q(
    c,
    E,
    "Subject: Summer deliveries\n\nHello, I would like to know whether you can deliver during the summer "
    "holidays. The school office is closed from 24 July to 31 August except on Tuesdays, 9am to 1pm.\n\n"
    "Kind regards,\nJoanne Pike",
    tags=["non_order_request"],
)
X(
    c,
    E,
    "Subject: Invoices\n\nPlease note that our new finance officer, Mark Oduya (finance@hartwell-primary.example), "
    "should be copied on every invoice from now on. Thank you, Joanne",
    notes="a contact change",
)
O(
    c,
    E,
    "Subject: PO HPS-2304 - new Year 3 class\n\nDear all, we are opening a third Year 3 class in September, so "
    "please send 20 packs of the blue A4 exercise books (8mm ruled with margin) against PO HPS-2304.\n\n"
    "Kind regards,\nJoanne Pike, School Business Manager",
    [L("EXB-A4-8MM", 20, "Blue")],
    notes="20 packs is ten times the usual 2 but the reason is given (a new class): not an outlier",
)
CH(
    c,
    E,
    "Subject: RE: PO HPS-2291\n\nSorry - on PO HPS-2291 could the blue exercise books be 4 packs instead of 3? "
    "Everything else as ordered. Jo",
    [L("EXB-A4-8MM", 4, "Blue")],
)
O(
    c,
    W,
    "Hi, it's Jo from Hartwell - could you also send 2 packs of the purple 8mm margin exercise books with "
    "tomorrow's delivery? 🙂",
    [L("EXB-A4-8MM", 2, "Purple")],
    tags=["non_order_request", "emoji"],
    notes="an addition to a placed order",
)
O(
    c,
    E,
    "Subject: Art order\n\nPlease send 3 boxes of Pritt Stick 43g - sorry, make that 4 - and a box of Noris 2B "
    "pencils for the art room. Joanne",
    [L("PRITT-43-10", 4), L("STAED-NORIS-2B", 1)],
    tags=["self_correction", "number_in_name"],
    notes="self-correction: 4 boxes, not 3; 43g and 2B are part of the names",
)
O(
    c,
    S,
    "Could we also have 2 boxes of Staedtler Mars erasers and 2 packs of 30cm rulers? Thanks, Jo (Hartwell "
    "Primary)",
    [L("STAED-ERASER-20", 2), L("RM-RULER-30", 2)],
    tags=["non_order_request"],
)

# =============================================================================== st-aldric (en)
c = "st-aldric"
O(
    c,
    E,
    "Subject: Purchase Order SAA/PO/07731\n\nGood morning,\n\nPlease accept the following order, cost centre 3120 "
    "(Maths):\n1. HP 26A toner CF226A x 3\n2. A4 7mm squared exercise books - 6 packs of 50\n3. Stabilo Boss "
    "highlighters, yellow, 2 boxes of 10\n\nInvoice to finance@st-aldric.example quoting the PO.\n\nRegards,\n"
    "Daniel Okafor\nProcurement Officer, St Aldric's Academy\n07700 900412",
    [L("HP-26A", 3), L("EXB-A4-SQ7-BL", 6), L("STAB-BOSS", 2, "Yellow")],
    tags=["signature", "code", "number_in_name", "pack"],
    notes="list numbering, PO, cost centre and phone are not quantities; '6 packs of 50' and '2 boxes of 10' state the "
    "selling unit",
)
O(
    c,
    E,
    "Subject: Weekly order\n\nHi, same as last week please, but with 6 boxes of punched pockets instead of 4 and "
    "no toilet rolls this time.\nDaniel Okafor, Procurement",
    [L("PUNCH-POCK", 6)],
    ref="last",
    ops=[("set", L("PUNCH-POCK", 6)), ("remove", "TOILET-MJ-12")],
    h="res",
)
O(
    c,
    W,
    "Daniel here from St Aldric's - can I get 300 blue Bic Cristals for the exam hall, plus 100 black?",
    [L("BIC-CRISTAL", 6, "Blue"), L("BIC-CRISTAL", 2, "Black")],
    tags=["count", "non_order_request"],
    notes="300 pens are 6 boxes of 50, 100 pens 2 boxes",
)
Q(
    c,
    E,
    "Subject: Quote request\n\nCould you send me a quote for 2 pallets of A4 copier paper and 40 boxes of lever "
    "arch files? This is for budget planning only; we are not ordering yet.\n\nRegards, Daniel",
    tags=["non_order_request"],
    notes="a quote request listing quantities is a QUESTION",
)
O(
    c,
    E,
    "Subject: Staff room printer\n\nPlease send 2 x black toner for the staff room printer, cost code 3000. "
    "Thanks, Daniel",
    [F(BLACK_TONER, 2, "Black")],
    h="res",
    tags=["code"],
    notes="'black toner' names no printer: every black toner is a candidate; the academy has only ever bought the "
    "HP 26A",
)
C(
    c,
    E,
    "Subject: PO SAA/PO/07702 - short delivery\n\nWe were invoiced for 4 boxes of blue Bic Cristal but only 3 "
    "arrived, and one box of yellow highlighters was crushed in transit. Please credit or resend.\nDaniel Okafor",
)
O(
    c,
    E,
    "Subject: PO SAA/PO/07745 (Admin, cost code 1100)\n\nPlease supply 10 boxes of 26/6 staples and 2 Rexel "
    "Gazelle staplers. Regards, Daniel",
    [L("STAPLES", 10, "26/6"), L("STAPLER-GAZELLE", 2)],
    tags=["number_in_name"],
    notes="26/6 is a staple size",
)
O(
    c,
    E,
    "Subject: Fwd: whiteboard pens for the labs\n\nPlease process as below, cost code 3400. Daniel\n\n"
    "---------- Forwarded message ----------\nFrom: r.banks@st-aldric.example\nDaniel, can you order 4 boxes of "
    "the green Edding whiteboard pens and 2 packs of the 50 fine dry wipe pens for the labs? Thanks, Rachel "
    "(Head of Science)",
    [L("EDD-360", 4, "Green"), L("RM-DRYWIPE-50", 2)],
    tags=["forwarded"],
    notes="the order is in the forwarded part; 'the green Edding whiteboard pens' are the Edding 360 in green",
)
O(
    c,
    E,
    "Subject: Reprographics paper\n\nOrder for Reprographics, cost code 1150: 2 pallets of Rulemark Everyday A4, "
    "delivery to the rear gate (tail-lift needed). Daniel",
    [L("RM-COPY-80-PAL", 2)],
    tags=["pack"],
    notes="a pallet is its own product (40 boxes), sold each",
)
X(
    c,
    E,
    "I would like to add our new reprographics technician, Ben Walsh (reprographics@st-aldric.example), to your "
    "order confirmation e-mails. Thanks, Daniel",
    tags=["non_order_request"],
    notes="a contact addition",
)
O(
    c,
    S,
    "toilet rolls x 3 for the sports hall changing rooms pls - Daniel",
    [F(["TOILET-2PLY-36", "TOILET-MJ-12"], 3)],
    h="res",
    notes="two toilet rolls are stocked; the academy only buys the mini jumbo rolls",
)

# =============================================================================== brindlemoor-council (en)
c = "brindlemoor-council"
O(
    c,
    E,
    "Subject: Official Order BBC-PO-448210\n\nDear Sir/Madam,\n\nPlease find below our official order. Supplier "
    "ref RR-1187. Budget code CX-2290-STAT.\n\nQty  Description\n40   Rulemark Recycled Copier Paper A4 80gsm, "
    "box of 5 reams\n4    White Self-Seal Window Envelopes DL, box of 1000\n2    HP 207A toner W2210A black\n\n"
    "Deliver to: Goods-In, Brindlemoor Civic Centre, Market Square. Please quote the PO number on the invoice or "
    "it cannot be paid.\n\nYours faithfully,\nAlison Hurst\nProcurement Officer\nBrindlemoor Borough Council\n"
    "Tel 020 7946 0452",
    [L("RM-RECY-80-A4", 40), L("ENV-WINDOW", 4, DL), L("HP-207A", 2, "Black")],
    tags=["signature", "code", "number_in_name"],
    notes="PO, supplier ref, budget code and phone are not quantities; W2210A is the black 207A",
)
O(
    c,
    E,
    "Subject: Weekly order\n\nPlease send our usual order for Thursday, but with 15 boxes of 26/6 staples instead "
    "of 10, plus 2 packs of the 76 x 127mm Post-it notes.\n\nAlison Hurst, Procurement",
    [L("STAPLES", 15, "26/6"), L("POSTIT-127-Y", 2)],
    ref="usual",
    ops=[("set", L("STAPLES", 15, "26/6")), ("add", L("POSTIT-127-Y", 2))],
    h="res",
    tags=["number_in_name"],
)
Q(
    c,
    E,
    "Subject: FSC certificate\n\nCould you confirm whether your Rulemark recycled copier paper is FSC certified, "
    "and send the certificate for our sustainability audit?\n\nRegards, Alison Hurst, Procurement",
    tags=["non_order_request"],
)
O(
    c,
    E,
    "Subject: Official Order BBC-PO-448233\n\nPlease supply:\n- 2 boxes C6 window envelopes\n- 3 boxes DL window "
    "envelopes (box of 1000)\n\nBudget code CX-2290-STAT.\nAlison Hurst",
    [N(2), L("ENV-WINDOW", 3, DL)],
    h="skip",
    notes="C6 envelopes are not in the catalog (DL, C5 and C4 are)",
)
CN(
    c,
    E,
    "Subject: CANCEL BBC-PO-448233\n\nPlease cancel official order BBC-PO-448233 in full; a replacement PO will "
    "follow once the envelope sizes are confirmed.\n\nAlison",
)
X(
    c,
    E,
    "Subject: Automatic reply: Official Order\n\nThank you for your e-mail. I am out of the office until 14 "
    "August with limited access to e-mail. For urgent procurement matters please contact "
    "procurement.team@brindlemoor.example.",
    notes="an auto-reply",
)
O(
    c,
    E,
    "Subject: RE: Official Order BBC-PO-448210\n\nPlease add 6 boxes of black lever arch files 75mm to this "
    "delivery.\n\n> On 31 Jul 2028, Alison Hurst wrote:\n> Qty 40 Rulemark Recycled Copier Paper A4 80gsm\n"
    "> Qty 4 White Self-Seal Window Envelopes DL",
    [L("LAF-75", 6, "Black")],
    tags=["quoted", "number_in_name"],
    notes="only the line above the quote is new: an addition to the placed order",
)
O(
    c,
    E,
    "Subject: Official Order BBC-PO-448251\n\nPlease supply 2 x Brother DR-2400 drum units and 3 x Brother "
    "TN-2420 toners for the Planning floor. Budget code CX-2291-ICT.\n\nAlison Hurst, Procurement Officer",
    [L("BRO-DR2400", 2), L("BRO-TN2420", 3)],
    tags=["code"],
)
C(
    c,
    E,
    "Subject: Delivery note DN-44102\n\nYour driver left the pallet in the staff car park instead of Goods-In, and "
    "two boxes of window envelopes were soaked by the rain. Please arrange replacements.\nA. Hurst",
)

# =============================================================================== marlow-finch (en)
c = "marlow-finch"
O(
    c,
    W,
    "Morning! Can we get 6 boxes navigator 90gsm, 2 TN-2420 and 2 boxes black G2s pls 🙏",
    [L("NAV-90-A4", 6), L("BRO-TN2420", 2), L("PILOT-G2", 2, "Black")],
    tags=["non_order_request", "emoji", "code", "number_in_name"],
)
O(c, W, "usual for fri pls 👍", ref="usual", h="res", tags=["emoji"])
O(
    c,
    W,
    "also coffee x2 and milk x2 for the kitchen",
    [F(["NESC-GOLD-750", "NESC-ORIG-750", "LAVAZZA-CG-1KG"], 2), F(["MILK-UHT-SEMI", "MILK-PORTIONS"], 2)],
    h="res",
    notes="the firm only buys Gold Blend and UHT milk",
)
Q(
    c,
    W,
    "do you have the brother drum for the 2420? printer keeps saying replace drum",
    notes="2420 names the toner the drum goes with, not a quantity",
)
O(
    c,
    W,
    "can you add a box of window envelopes to tomorrow's order",
    [L("ENV-WINDOW", 1, None)],
    h="res",
    tags=["non_order_request"],
    notes="window envelopes without a size; the firm only buys DL",
)
C(
    c,
    W,
    "the toner that came yesterday is TN-2410 not 2420 😕 we always have the high yield one, can you swap it",
    tags=["emoji"],
)
O(
    c,
    W,
    "voice note: hi its priya from marlow finch can we get two boxes of the navigator ninety a box of clear "
    "punched pockets and four packs of canary yellow post its the big square ones",
    [L("NAV-90-A4", 2), L("PUNCH-POCK", 1), L("POSTIT-76-Y", 4)],
    tags=["spoken", "voice"],
    notes="'navigator ninety' is the 90gsm Premium; 'the big square ones' in canary yellow are the 76 x 76mm",
)
O(
    c,
    S,
    "pls add 2 cases uht and a box white sugar sticks for tmrw",
    [L("MILK-UHT-SEMI", 2), L("SUGAR-WHITE", 1)],
)
O(
    c,
    S,
    "for the client seminar thurs: 6 cartons of long life milk and 12 bottles of still water",
    [L("MILK-UHT-SEMI", None), L("WATER-500", None)],
    h="skip",
    tags=["container", "count"],
    notes="6 cartons is half a case of 12 and 12 bottles half a case of 24: not a whole number of cases, the "
    "quantities must be asked",
)
O(
    c,
    W,
    "Hi, 2 boxes C4 plain envelopes and 1 box DL window please - Priya",
    [L("ENV-PLAIN", 2, C4), L("ENV-WINDOW", 1, DL)],
)
O(
    c,
    W,
    "4 packs of notebooks for the trainees starting monday pls",
    [F(["RM-WIRE-A4", "RM-SHORTHAND", "RM-REFILL-A4"], 4)],
    h="same",
    notes="'notebooks' fits the wirebound notebooks, the shorthand notepads and the refill pads; the firm buys none",
)

# =============================================================================== kestrel-lane (en)
c = "kestrel-lane"
O(
    c,
    S,
    "Kestrel Lane here. 8 boxes everyday A4, 1 HP 26X, 2 boxes pg tips pls. Thx Sam",
    [L("RM-COPY-80", 8, "A4"), L("HP-26X", 1), L("PGT-1150", 2)],
    tags=["code"],
)
O(c, S, "same as last wk pls - Sam", ref="last", h="res")
O(
    c,
    S,
    "need 20 black biros for the new starters",
    [L("BIC-CRISTAL", None, "Black")],
    h="skip",
    tags=["count"],
    notes="20 pens is not a whole number of boxes of 50; the Bic Cristal is the only black biro",
)
O(
    c,
    S,
    "pls add 2 packs of CR2032 coin batteries to thurs delivery",
    [N(2)],
    h="skip",
    notes="coin cells are not in the catalog",
)
Q(c, S, "can I pay the July invoice by card over the phone?", tags=["non_order_request"])
O(
    c,
    S,
    "send 12 HP 26X toners tmrw",
    [L("HP-26X", 12)],
    flags=["outlier"],
    h="outlier",
    tags=["code"],
    notes="12 toners where the practice has only ever taken 1 a week, no reason given",
)
CH(c, S, "sorry meant 2 of the 26X not 12!!", [L("HP-26X", 2)])
O(
    c,
    S,
    "Sam @ Kestrel: 4 boxes 24/6 staples + 3 boxes black slim lever arch 50mm",
    [L("STAPLES", 4, "24/6"), L("LAF-50-BK", 3)],
    tags=["number_in_name"],
)
O(
    c,
    S,
    "2 x box pg tips + 2 x 120 milk pots pls",
    [L("PGT-1150", 2), L("MILK-PORTIONS", 2)],
    tags=["pack"],
    notes="'2 x 120 milk pots' is 2 boxes of 120",
)
Q(c, S, "can i get a price list for next year pls, need it for the budget", tags=["non_order_request"])
O(
    c,
    S,
    "id like three boxes of everyday a4 a box of black bic and two packs of the yellow post its 76",
    [L("RM-COPY-80", 3, "A4"), L("BIC-CRISTAL", 1, "Black"), L("POSTIT-76-Y", 2)],
    tags=["spoken"],
    notes="number words and 'a' start items; 'the yellow post its 76' are the 76 x 76mm canary yellow",
)
O(
    c,
    S,
    "3 boxes black files pls, the archive shelf is full",
    [F(["LAF-75", "LAF-50-BK", "BOXFILE-BK"], 3, "Black")],
    h="res",
    notes="black files by the box: the black 75mm lever arch, the black slimline and the black box files; the "
    "practice only buys the slimline",
)

# =============================================================================== greyfield-surgery (en)
c = "greyfield-surgery"
O(
    c,
    E,
    "Subject: Order - Greyfield Medical Practice\n\nHello,\nPlease could you send:\n6 x boxes nitrile gloves "
    "medium\n3 x boxes nitrile gloves large\n1 x Brother TN-243 cyan\n1 x Brother TN-243 magenta\n10 tubs "
    "antibacterial wipes\n\nMany thanks,\nHelen Carr, Practice Manager\nGreyfield Medical Practice, 2 Station "
    "Approach\n020 7946 0568",
    [
        L("GLOVES-NITRILE", 6, "Medium"),
        L("GLOVES-NITRILE", 3, "Large"),
        L("BRO-TN243", 1, "Cyan"),
        L("BRO-TN243", 1, "Magenta"),
        L("WIPES-200", 10),
    ],
    tags=["signature", "code", "non_order_request"],
)
O(
    c,
    E,
    "Subject: Friday\n\nCould you add 4 boxes of nitrile gloves to Friday's order, please? Helen",
    [L("GLOVES-NITRILE", 4, None)],
    h="same",
    tags=["non_order_request"],
    notes="no size given, and the practice buys both medium and large",
)
O(
    c,
    E,
    "Subject: Hand gel\n\nDo you stock alcohol hand sanitiser gel? If so we'd like 12 of the 500ml pump bottles.\n"
    "Helen Carr, Practice Manager",
    [N(12)],
    flags=["conditional"],
    h="skip",
    notes="a conditional order on an item that is not in the catalog",
)
Q(
    c,
    E,
    "Subject: Invoice INV-30418\n\nCan I get a copy of invoice INV-30418 please? Our accounts team cannot find it. "
    "Thanks, Helen",
    tags=["non_order_request"],
)
O(
    c,
    E,
    "Subject: Monday order\n\nPlease send the usual for Monday but with 8 tubs of wipes rather than 6, and add 2 "
    "boxes of the AAA Duracell batteries for the thermometers.\nHelen",
    [L("WIPES-200", 8), L("DUR-PROCELL", 2, "AAA")],
    ref="usual",
    ops=[("set", L("WIPES-200", 8)), ("add", L("DUR-PROCELL", 2, "AAA"))],
    h="res",
)
O(
    c,
    E,
    "Subject: Labels\n\nWe need 2 packs of the labels with 21 per sheet for the specimen pots. Thanks, Helen",
    [F(["AVERY-L7160", "AVERY-J8160"], 2)],
    h="same",
    tags=["number_in_name"],
    notes="21 per sheet fits the laser L7160 and the inkjet J8160; the practice has bought neither",
)
O(
    c,
    E,
    "Subject: Washroom\n\nPlease also send 2 cases of the white C-fold hand towels and 2 boxes of white swing bin "
    "liners.\nHelen Carr",
    [L("HANDTOWEL-WH", 2), L("BIN-SWING", 2)],
)
O(
    c,
    E,
    "Subject: Batteries\n\nPlease send 1 box of Duracell 9V batteries for the smoke alarms and 2 boxes of "
    "Duracell AAA. Regards, Helen",
    [L("DUR-9V", 1), L("DUR-PROCELL", 2, "AAA")],
    tags=["number_in_name"],
)

# =============================================================================== oakbridge-library (en)
c = "oakbridge-library"
O(
    c,
    E,
    "Subject: Summer reading challenge\n\nHello, Oakbridge Community Library here. For the summer reading challenge "
    "please send 2 boxes of A4 laminating pouches 250 micron, 3 packs of Blu Tack and 4 wallets of Stabilo Boss "
    "highlighters. Order ref OCL-0731.\n\nThanks,\nTom Reyes, Library Assistant",
    [L("LAM-A4", 2, "250 micron"), L("BLUTACK-12", 3), L("STAB-BOSS-W4", 4)],
    tags=["number_in_name"],
    notes="'wallets' of Stabilo Boss are the assorted wallet of 4, not the boxes of 10",
)
O(
    c,
    E,
    "Subject: Labels\n\nPlease add one pack of Avery L7160 address labels to this week's order. Tom",
    [L("AVERY-L7160", 1, None)],
    h="res",
    tags=["code"],
    notes="the L7160 comes in 100 and 250 sheets; the library only buys the 100-sheet pack",
)
X(
    c,
    E,
    "Thank you for the quick delivery on Friday - the laminator pouches were exactly what we needed for the "
    "display. Tom",
    notes="thanks",
)
Q(
    c,
    E,
    "Subject: Book covering\n\nI'd like to know if you supply book covering film (Takkfilm or similar) in 50m "
    "rolls. Tom Reyes",
    tags=["non_order_request"],
    notes="book covering film is not in the catalog",
)
O(
    c,
    E,
    "AA batteries x 3 boxes please, for the self-service tablets. Tom",
    [F(["DUR-PROCELL", "ENER-IND-AA"], 3, "AA")],
    h="res",
    notes="AA comes from Duracell Procell and Energizer Industrial; the library only buys the Duracell",
)
O(
    c,
    E,
    "Could we have 8 rolls of Sellotape for the craft club? Tom",
    [L("SELLO-24", None)],
    h="skip",
    tags=["count", "non_order_request"],
    notes="8 rolls is not a whole number of packs of 6",
)
O(
    c,
    E,
    "Could you send 2 packs of the Avery L7160 in the 250-sheet size, and 2 packs of Sellotape? Thanks, Tom Reyes",
    [L("AVERY-L7160", 2, "250 Sheets"), L("SELLO-24", 2)],
    tags=["non_order_request", "code"],
)
O(
    c,
    E,
    "Subject: Public toilets\n\nWe need 36 toilet rolls for the public toilets before the weekend. Tom",
    [F(["TOILET-2PLY-36", "TOILET-MJ-12"], None)],
    h="skip",
    tags=["count"],
    notes="36 rolls are one case of the 2-ply or three cases of the mini jumbo: product and quantity must be asked",
)

# =============================================================================== pivot-yard (en)
c = "pivot-yard"
O(
    c,
    W,
    "hey! 8 bags lavazza crema e gusto, 4 cases uht milk and a box of dishwasher tabs pls ☕",
    [L("LAVAZZA-CG-1KG", 8), L("MILK-UHT-SEMI", 4), L("DISHTABS-100", 1)],
    tags=["emoji"],
)
O(c, W, "same as last week but double the coffee", ref="last", ops=[("double", "LAVAZZA-CG-1KG")], h="res")
O(
    c,
    W,
    "tea bags x2 and bin bags x2 too",
    [
        F(["YORKS-1040", "PGT-1150", "TWIN-EG-100", "TWIN-PEPP-100"], 2),
        F(["BIN-BLACK", "BIN-CLEAR", "BIN-SWING"], 2),
    ],
    h="open",
    notes="bin bags resolve to the black sacks the space buys; tea bags stay open (it buys Yorkshire and Earl "
    "Grey)",
)
O(
    c,
    W,
    "can u add 48 bottles of highland spring",
    [L("WATER-500", 2)],
    tags=["count", "container", "non_order_request"],
    notes="48 bottles are 2 cases of 24",
)
O(
    c,
    S,
    "2 cases oat milk and 2 cases uht please",
    [N(2), L("MILK-UHT-SEMI", 2)],
    h="skip",
    notes="oat milk is not in the catalog",
)
X(
    c,
    W,
    "I'd like to book a table for 6 tonight at 8pm please, name Chloe 🙂",
    tags=["non_order_request", "emoji"],
    notes="a table booking sent to the wrong number",
)
O(
    c,
    W,
    "two bags of lavazza three cases of milk a box of earl grey and a five litre washing up liquid",
    [L("LAVAZZA-CG-1KG", 2), L("MILK-UHT-SEMI", 3), L("TWIN-EG-100", 1), L("WASHUP-5L", 1)],
    tags=["spoken"],
    notes="'cases of milk' can only be the UHT (portions come by the box); 'five litre' names the 5L washing up liquid",
)
O(
    c,
    W,
    "morning 🙂 pls send 2 tubs hot chocolate and 1 case of 7oz paper cups",
    [L("HOTCHOC-2KG", 2), L("CUPS-7OZ", 1)],
    tags=["emoji", "number_in_name"],
)
O(
    c,
    W,
    "voice note: can you send to boxes of PG tips and for cases of milk thanks",
    [L("PGT-1150", 2), L("MILK-UHT-SEMI", 4)],
    tags=["voice", "homophone"],
    notes="voice-to-text: 'to' is two and 'for' is four; cases of milk are the UHT",
)
O(
    c,
    S,
    "pls add a pack of blue centrefeed and 2 x 5L hand soap for the loos",
    [L("CENTREFEED-6", 1), L("HANDSOAP-5L", 2)],
    tags=["pack"],
    notes="'2 x 5L' is 2 bottles of 5L",
)
O(
    c,
    W,
    "washing up liquid x2 as well pls 🧽",
    [F(["WASHUP-5L", "FAIRY-433"], 2)],
    h="res",
    tags=["emoji"],
    notes="the 5L bottle or the case of Fairy; the space only buys the 5L",
)

# =============================================================================== cobalt-signal (en)
c = "cobalt-signal"
O(
    c,
    W,
    "yo can we get 3 boxes navigator A3 + 207X black and cyan, 1 each",
    [L("NAV-80", 3, "A3"), L("HP-207X", 1, "Black"), L("HP-207X", 1, "Cyan")],
    tags=["non_order_request", "code"],
    notes="Navigator comes in A3 only as the Universal 80gsm",
)
O(
    c,
    W,
    "need a 207 magenta asap, printer's flashing red",
    [F(["HP-207A", "HP-207X"], 1, "Magenta")],
    h="res",
    tags=["code"],
    notes="'207' fits the 207A and the 207X; the studio only buys the 207X",
)
O(c, W, "usual pls but no post its this time", ref="usual", ops=[("remove", "POSTIT-76-N")], h="res")
O(
    c,
    S,
    "2 x 305XL tri-colour for the home printer pls",
    [N(2)],
    h="skip",
    tags=["code"],
    notes="the 305XL is stocked in black only; the tri-colour XL is not in the catalog",
)
Q(c, W, "whats the actual difference between 207A and 207X? is the X worth the extra", tags=["code"])
O(
    c,
    W,
    "navigator x 4 boxes, the big size",
    [L("NAV-80", 4, "A3")],
    notes="'the big size' is A3, and only Navigator Universal comes in A3",
)
O(
    c,
    W,
    "2 packs neon post its 76x76 and a pack of scotch magic tape pls",
    [L("POSTIT-76-N", 2), L("SCOTCH-MAGIC", 1)],
    tags=["number_in_name"],
)
C(c, W, "the A3 box came open in the van and half the reams are creased, can someone swap it this week")
O(
    c,
    W,
    "can i get 2 packs of the 250 sheet L7160 labels",
    [L("AVERY-L7160", 2, "250 Sheets")],
    tags=["non_order_request", "code"],
)
O(
    c,
    W,
    "can we get 3 packs of the expo chisel whiteboard markers for the meeting room",
    [L("EXPO-CHISEL-4", 3)],
    tags=["non_order_request"],
)

# =============================================================================== riverside-college (en, irregular)
c = "riverside-college"
O(
    c,
    E,
    "Subject: Requisition RSC-REQ-5521 (Art)\n\nPlease supply:\n- Sugar paper A2 assorted x 3 packs\n- Staedtler "
    "Noris colour class packs x 2\n- PVA glue 5 litre x 4\n- White card A4 160gsm x 5 packs\n\nCost centre "
    "ART-12.\nFaith Adeyemi\nFinance Assistant, Riverside Sixth Form College\n07700 900745",
    [L("SUGAR-PAPER", 3), L("STAED-COL-144", 2), L("PVA-5L", 4), L("RM-CARD-160", 5)],
    tags=["signature", "number_in_name"],
    notes="'sugar paper' is art paper, not the kitchen sugar",
)
O(
    c,
    E,
    "Subject: Start of term\n\nPlease send our usual start-of-term order for delivery in the week of 4 September. "
    "Faith",
    ref="unresolved",
    h="same",
    tags=["ambiguous_reference"],
    notes="the college never orders the same basket twice: 'our usual' cannot be resolved even with history",
)
O(
    c,
    E,
    "Subject: Exam posters\n\nWe'll need 2-3 boxes of the A3 Rulemark Everyday paper for the exam board posters - "
    "please send what you can. Faith",
    [L("RM-COPY-80", None, "A3")],
    flags=["range"],
    h="skip",
    tags=["range"],
    notes="a range: the quantity must be asked",
)
Q(
    c,
    E,
    "Subject: Lead times\n\nCould you tell us your lead time for 10 pallets of A4? We are comparing suppliers for "
    "next year's stationery contract.\nFaith Adeyemi",
    tags=["non_order_request"],
)
O(
    c,
    E,
    "Subject: Requisition RSC-REQ-5530\n\nPlease supply 20 boxes of Rulemark recycled A4 and invoice on 60-day "
    "terms, as agreed with your account manager.\nFaith",
    [L("RM-RECY-80-A4", 20)],
    flags=["credit"],
    h="skip",
    tags=["credit"],
    notes="an order on 60-day terms needs a human to check the account",
)
O(
    c,
    E,
    "Subject: Requisition RSC-REQ-5540\n\n2 boxes Pilot V5 black, 4 boxes HB pencils with eraser tips (144), 1 box "
    "A3 laminating pouches.\nFaith Adeyemi, Finance",
    [L("PILOT-V5-BK", 2), L("RM-HB-144", 4), L("LAM-A3-150", 1)],
    tags=["number_in_name"],
    notes="A3 laminating pouches come only in 150 micron",
)
O(
    c,
    E,
    "Subject: Requisition RSC-REQ-5544 (Science)\n\n3 boxes blue nitrile gloves, large; 2 tubs of surface wipes; "
    "1 case of antibacterial spray.\nFaith Adeyemi, Finance",
    [L("GLOVES-NITRILE", 3, "Large"), L("WIPES-200", 2), L("SPRAY-750", 1)],
)
O(
    c,
    E,
    "Subject: Requisition RSC-REQ-5551\n\nPlease supply 6 boxes of the Rulemark Economy 75gsm A4 for the mock "
    "exam papers. Faith",
    [L("RM-ECO-75-A4", 6)],
    tags=["number_in_name"],
)
O(
    c,
    E,
    "Subject: Requisition RSC-REQ-5560 (Sixth Form office)\n\nPlease supply 6 packs of A4 refill pads and 2 boxes "
    "of black box files. Faith",
    [L("RM-REFILL-A4", 6), L("BOXFILE-BK", 2)],
)

# =============================================================================== fernhill-nursery (en, first-time)
c = "fernhill-nursery"
O(
    c,
    W,
    "Hi, we're Fernhill Day Nursery, opening on 7 August 🎉 First order please, we'll pay on delivery: 2 packs "
    "children's scissors, 5 boxes pritt stick 43g, 3 packs of sugar paper, 2 cases kitchen roll and 4 boxes "
    "blue nitrile gloves small. Address: Unit 4, Fernhill Parade. Thanks! Gemma",
    [
        L("RM-SCISS-KIDS", 2),
        L("PRITT-43-10", 5),
        L("SUGAR-PAPER", 3),
        L("KITCHEN-ROLL-24", 2),
        L("GLOVES-NITRILE", 4, "Small"),
    ],
    tags=["emoji", "number_in_name"],
    notes="a first order paid on delivery ships as written; 'Unit 4' and '7 August' are not quantities",
)
O(
    c,
    W,
    "Could we open a 30-day account with you? If so, please send 10 tubs of the antibac wipes on account. Gemma",
    [L("WIPES-200", 10)],
    flags=["credit"],
    h="skip",
    tags=["credit", "non_order_request"],
    notes="the order depends on a 30-day account being opened",
)
O(
    c,
    W,
    "same as my first order again please, for Monday 😊",
    ref="unresolved",
    h="same",
    tags=["ambiguous_reference", "emoji"],
    notes="messages are not history: the nursery has no earlier order",
)
Q(c, W, "do you do chunky crayons or chalk? for the toddler room", notes="neither is in the catalog")
O(
    c,
    W,
    "Hi again from Fernhill! Second order, cash on delivery again please: 2 cases of the 36 toilet rolls, 1 box "
    "of dishwasher tablets and 3 tubs of wipes 😊",
    [L("TOILET-2PLY-36", 2), L("DISHTABS-100", 1), L("WIPES-200", 3)],
    tags=["emoji", "number_in_name"],
    notes="'the 36 toilet rolls' names the case of 36; paid on delivery, ships",
)

# =============================================================================== lattice-recruitment (en)
c = "lattice-recruitment"
O(
    c,
    S,
    "Lattice Recruitment: 5 boxes everyday a4, 1 kyocera TK-1170, 1 box blue retractable pens, 2 cases highland "
    "spring. Thanks, Mo",
    [L("RM-COPY-80", 5, "A4"), L("KYO-TK1170", 1), L("RM-BALL-BLUE", 1), L("WATER-500", 2)],
    tags=["code"],
)
O(
    c,
    S,
    "kyocera toner x1 pls, running out",
    [F(["KYO-TK1170", "KYO-TK3160"], 1)],
    h="res",
    notes="two Kyocera toners are stocked; the agency only buys the TK-1170",
)
O(
    c,
    S,
    "pls send 5 boxs of A4 evryday paper nd 2 packs of shorthand pads",
    [L("RM-COPY-80", 5, "A4"), L("RM-SHORTHAND", 2)],
    tags=["typo"],
)
O(
    c,
    S,
    "also 3 bottles of water for reception",
    [L("WATER-500", 3)],
    tags=["container"],
    notes="3 bottles of water sold by the case of 24: N small, read as 3 cases (review would also be acceptable, a "
    "fraction never)",
)
X(
    c,
    S,
    "Hi it's Mo from Lattice, new mobile is 07700 900487, please use this for delivery texts",
    notes="a new contact number",
)
O(
    c,
    S,
    "usual + 1 box black sacks pls",
    [L("BIN-BLACK", 1)],
    ref="usual",
    ops=[("add", L("BIN-BLACK", 1))],
    h="res",
)
O(
    c,
    S,
    "Mo @ Lattice: 2 boxes milk pots & 1 tin nescafe original pls",
    [L("MILK-PORTIONS", 2), L("NESC-ORIG-750", 1)],
)
O(
    c,
    S,
    "20 bottles of fairy liquid for the kitchens pls",
    [L("FAIRY-433", 2)],
    tags=["count", "container"],
    notes="20 bottles are 2 cases of 10",
)
O(
    c,
    S,
    "i would like to order 3 packs of shorthand pads and a box of swing bin liners",
    [L("RM-SHORTHAND", 3), L("BIN-SWING", 1)],
    tags=["non_order_request"],
)

# =============================================================================== ecole-bellerive (fr)
c = "ecole-bellerive"
O(
    c,
    E,
    "Objet : Commande rentrée - bon de commande EB-2028-117\n\nBonjour,\n\nPourriez-vous nous livrer :\n- 10 cartons "
    "de papier A4 Rulemark Everyday 80 g\n- 4 paquets de cahiers A5 8 mm (100 par paquet)\n- 3 boîtes de feutres "
    "Edding 360 bleus\n\nLivraison à l'accueil, 22 Ashby Road, avant 15h.\n\nCordialement,\nSylvie Marchand\n"
    "Intendante, École Bellerive\n020 7946 0721",
    [L("RM-COPY-80", 10, "A4"), L("EXB-A5-8MM-RD", 4), L("EDD-360", 3, "Blue")],
    tags=["signature", "non_order_request", "number_in_name"],
    notes="'cartons' of paper are boxes of 5 reams; the PO, street number, 15h and phone are not quantities",
)
O(
    c,
    E,
    "Bonjour, comme d'habitude pour jeudi, mais avec 4 ramettes de papier pastel bleu au lieu de 2 et sans le "
    "papier toilette. Merci, Sylvie",
    [L("RM-COL-80", 4, "Pastel Blue")],
    ref="usual",
    ops=[("set", L("RM-COL-80", 4, "Pastel Blue")), ("remove", "TOILET-2PLY-36")],
    h="res",
    notes="the pastel paper is sold by the ream",
)
O(
    c,
    E,
    "Il nous faut aussi 2 boîtes de surligneurs jaunes et de la colle en bâton x3, merci.",
    [L("STAB-BOSS", 2, "Yellow"), F(GLUE, 3)],
    h="res",
    notes="yellow highlighters by the box are the Stabilo Boss box of 10; 'colle en bâton' is a family word, the school "
    "buys the Rulemark glue sticks",
)
Q(
    c,
    E,
    "Bonjour, je voudrais savoir si vous livrez le samedi matin pendant la semaine de la rentrée.\nCordialement, "
    "S. Marchand",
    tags=["non_order_request"],
)
C(
    c,
    E,
    "Objet : Erreur de livraison\n\nNous avons reçu 2 cartons de papier A3 au lieu de A4 (bon de livraison "
    "BL-58120). Merci de venir les reprendre et de nous livrer le bon papier.\nSylvie Marchand",
)
O(
    c,
    E,
    "Pourriez-vous ajouter 2 ramettes de papier couleur violet, s'il vous plaît ?",
    [L("RM-COL-80", 2, None, nofill=True)],
    h="same",
    tags=["non_order_request"],
    notes="violet is not one of the pastel colours: the variant stays open and is never filled from history",
)
O(
    c,
    W,
    "(dictée vocale) deux cartons de papier A4 une boîte de colle Pritt 43 grammes et trois boîtes de feutres "
    "bleus pour tableau blanc",
    [F(A4C, 2, "A4"), L("PRITT-43-10", 1), L("EDD-360", 3, "Blue")],
    h="res",
    tags=["spoken", "voice"],
    notes="'papier A4' is a family over the A4 copier papers (the school buys Rulemark Everyday); blue whiteboard "
    "markers by the box are the Edding 360",
)
O(
    c,
    E,
    "Bonjour, pourriez-vous ajouter à la livraison de jeudi 2 boîtes de pochettes perforées transparentes et 1 "
    "boîte d'agrafes 24/6 ? Merci",
    [L("PUNCH-POCK", 2), L("STAPLES", 1, "24/6")],
    tags=["non_order_request", "number_in_name"],
)
O(
    c,
    E,
    "Pour le journal de fin d'année il nous faudrait 5 ramettes de papier coloré, merci d'avance.",
    [F(["RM-COL-80", "RM-BRIGHT-A4"], 5)],
    h="res",
    notes="coloured paper comes as the pastel reams and the bright assorted reams; the school only buys the pastel "
    "blue",
)

# =============================================================================== cabinet-morel (fr)
c = "cabinet-morel"
O(
    c,
    E,
    "Bonjour,\n\nMerci de nous faire parvenir 4 cartons de Navigator Premium 90 g, 1 toner Kyocera TK-3160 et 2 "
    "boîtes de classeurs à levier 75 mm rouges.\n\nBien à vous,\nMe Claire Morel\nCabinet Morel Avocats\n"
    "07700 900718",
    [L("NAV-90-A4", 4), L("KYO-TK3160", 1), L("LAF-75", 2, "Red")],
    tags=["signature", "code", "number_in_name"],
)
O(
    c,
    E,
    "Même commande que la semaine dernière, s'il vous plaît, avec en plus 1 boîte d'enveloppes C4 blanches sans "
    "fenêtre.",
    [L("ENV-PLAIN", 1, C4)],
    ref="last",
    ops=[("add", L("ENV-PLAIN", 1, C4))],
    h="res",
)
O(
    c,
    E,
    "Pouvez-vous ajouter 2 boîtes d'enveloppes à fenêtre à notre commande ?",
    [L("ENV-WINDOW", 2, None)],
    h="same",
    tags=["non_order_request"],
    notes="window envelopes without a size; the firm has never bought them",
)
Q(c, E, "Pouvez-vous m'envoyer la facture FA-77120 au format PDF ? Merci.", tags=["non_order_request"])
CN(c, E, "Merci d'annuler notre commande de vendredi : le cabinet ferme pour travaux.")
CH(
    c,
    E,
    "Pour la commande de mardi : 3 boîtes de classeurs rouges au lieu de 2, s'il vous plaît.",
    [L("LAF-75", 3, "Red")],
)
O(
    c,
    E,
    "Bonjour, 2 boîtes de stylos gel Pilot G-2 bleus et 1 boîte d'enveloppes C5 blanches sans fenêtre, merci. "
    "C. Morel",
    [L("PILOT-G2", 2, "Blue"), L("ENV-PLAIN", 1, C5)],
)
O(
    c,
    E,
    "Merci d'ajouter 1 boîte de chemises cartonnées (les 100) et 2 paquets de trombones.",
    [L("SQCUT-FOLD", 1), L("PAPERCLIPS-32", 2)],
    notes="'chemises cartonnées' are the manilla square cut folders",
)

# =============================================================================== agence-lumen (fr)
c = "agence-lumen"
O(
    c,
    W,
    "Salut ! 3 cartouches HP 305 noir et 2 couleur, + 3 cartons de A4 everyday stp 😊",
    [L("HP-305", 3, "Black"), L("HP-305", 2, "Tri-colour"), L("RM-COPY-80", 3, "A4")],
    tags=["emoji", "code"],
    notes="'couleur' is the tri-colour 305",
)
O(
    c,
    W,
    "comme la semaine dernière mais double café ☕",
    ref="last",
    ops=[("double", "LAVAZZA-CG-1KG")],
    h="res",
    tags=["emoji"],
)
O(c, W, "2 cartouches 305XL noir aussi", [L("HP-305XL-BK", 2)], tags=["code"])
O(
    c,
    W,
    "et des post-it x2 stp",
    [F(POSTITS, 2)],
    h="res",
    notes="the agency only buys the canary yellow 76 x 76mm",
)
Q(
    c,
    W,
    "tu peux me rappeler ? c'est pour un devis de 50 agendas personnalisés avec notre logo",
    notes="a quote for personalised diaries, which are not in the catalog",
)
O(
    c,
    W,
    "10 marqueurs sharpie noirs pour l'atelier",
    [L("SHARPIE-F-BK", None)],
    h="skip",
    tags=["count"],
    notes="10 markers is not a whole number of boxes of 12",
)
O(
    c,
    W,
    "Coucou, 2 boîtes de gants nitrile taille M et 1 carton de sopalin stp",
    [L("GLOVES-NITRILE", 2, "Medium"), L("KITCHEN-ROLL-24", 1)],
    notes="'sopalin' is kitchen roll",
)
O(
    c,
    W,
    "il nous faut aussi 3 boîtes de marqueurs noirs svp, on est à court",
    [F(["EDD-360", "SHARPIE-F-BK", "EDD-3000-BK"], 3, "Black")],
    h="res",
    notes="black markers by the box: the black Edding 360 whiteboard markers, the Sharpie and the Edding 3000; "
    "the agency only buys the Sharpie",
)
C(
    c,
    W,
    "Les 3 cartouches 305 couleur reçues hier ne sont pas reconnues par l'imprimante... vous pouvez les reprendre ?",
)

# =============================================================================== van-dijk-logistics (nl)
c = "van-dijk-logistics"
O(
    c,
    E,
    "Onderwerp: Bestelling PO VDL-30922\n\nGoedemorgen,\n\nGraag leveren aan ons magazijn (Dock 3, Thameside Trade "
    "Park):\n- 12 dozen A4 kopieerpapier Rulemark Everyday 80 grams\n- 3 pakken Avery L7165 etiketten (8 per vel)\n"
    "- 6 pakken bruine verpakkingstape\n\nMet vriendelijke groet,\nSanne de Vries\nOffice manager, Van Dijk "
    "Logistics UK\n+44 7700 900633",
    [L("RM-COPY-80", 12, "A4"), L("AVERY-L7165", 3), L("TAPE-PARCEL-BR", 6)],
    tags=["signature", "code", "number_in_name"],
    notes="'dozen' is Dutch for boxes, not twelve; Dock 3, the PO and the phone are not quantities",
)
O(
    c,
    E,
    "Zelfde als vorige week graag, maar zonder de koffie en met 2 dozen nietjes 26/6 extra.\nGroet, Sanne",
    [L("STAPLES", 2, "26/6")],
    ref="last",
    ops=[("remove", "NESC-ORIG-750"), ("add", L("STAPLES", 2, "26/6"))],
    h="res",
    tags=["number_in_name"],
)
O(
    c,
    E,
    "Kunnen jullie 18 rollen doorzichtige verpakkingstape meesturen met de volgende levering?",
    [L("TAPE-PARCEL-CL", 3)],
    tags=["count", "non_order_request"],
    notes="18 rolls are 3 packs of 6",
)
Q(
    c,
    E,
    "Ik wil graag weten of jullie pallets A4 met een laadklep kunnen leveren; wij hebben geen heftruck op "
    "locatie.",
    tags=["non_order_request"],
)
O(
    c,
    E,
    "Ook nog 1 brother toner aub",
    [F(["BRO-TN2420", "BRO-TN2410", "BRO-TN243"], 1)],
    h="res",
    notes="three Brother toners are stocked; the office only buys the TN-2420",
)
C(c, E, "Levering van gisteren (pakbon 61207): 2 dozen papier waren nat en de bruine tape ontbrak helemaal.")
O(
    c,
    E,
    "Graag voor donderdag: 4 pakken bruine tape en 2 rollen stretchfolie 500mm",
    [L("TAPE-PARCEL-BR", 4), N(2)],
    h="skip",
    notes="stretch film is not in the catalog",
)
O(
    c,
    E,
    "Graag nog 2 pakken Avery L7165 en 1 doos nietjes 24/6 met de levering van vrijdag. Groet, Sanne",
    [L("AVERY-L7165", 2), L("STAPLES", 1, "24/6")],
    tags=["code", "number_in_name"],
)
O(
    c,
    E,
    "Mogen er ook 2 dozen zwarte vuilniszakken en 1 doos doorzichtige afvalzakken bij?",
    [L("BIN-BLACK", 2), L("BIN-CLEAR", 1)],
)

# =============================================================================== de-tulp (nl)
c = "de-tulp"
O(
    c,
    W,
    "Hoi! Voor zaterdag graag 2 pakken schriften A4 gelinieerd groen en 1 pak geruit, plus 10 pakjes "
    "kleurpotloden. Dank je! Marieke",
    [L("EXB-A4-8MM", 2, "Green"), L("EXB-A4-SQ7-BL", 1), L("RM-COLPENCIL-12", 10)],
    notes="'geruit' (squared) is the 7mm squared book; packets of colouring pencils are the packs of 12",
)
O(c, W, "Hetzelfde als altijd graag 👍 Marieke", ref="usual", h="res", tags=["emoji"])
O(
    c,
    W,
    "spraakbericht: twee dozen edding whiteboardstiften zwart een doos a4 papier en drie pakken schriften",
    [L("EDD-360", 2, "Black"), F(A4C, 1, "A4"), F(EXBOOKS, 3)],
    h="open",
    tags=["spoken", "voice"],
    notes="the A4 paper resolves to Rulemark Everyday; 'schriften' stays open (the school buys ruled and squared books)",
)
Q(
    c,
    W,
    "Hebben jullie ook schriften met ruitjes van 10 mm voor groep 3?",
    notes="10mm squared books are not in the catalog",
)
X(c, W, "Dank jullie wel, alles is goed aangekomen! Fijne zomer 🌷", tags=["emoji"], notes="thanks")
O(c, S, "1 pak paarse schriften A4 met lijntjes graag", [L("EXB-A4-8MM", 1, "Purple")])
O(
    c,
    S,
    "Kunnen jullie 2 pakken uitwisbare stiften voor de leerlingen (de 50 fijne) sturen?",
    [L("RM-DRYWIPE-50", 2)],
    tags=["non_order_request"],
    notes="the fine dry wipe pens for pupils, pack of 50",
)
CN(
    c,
    W,
    "Sorry, zaterdag gaat niet door (school dicht i.v.m. onderhoud), dus de bestelling van deze week mag "
    "geannuleerd worden.",
)

# =============================================================================== studio-brink (nl)
c = "studio-brink"
O(
    c,
    W,
    "Hallo, kunnen jullie morgen 3 dozen Navigator A3 en 1 HP 207A zwart brengen? Groet, Joris",
    [L("NAV-80", 3, "A3"), L("HP-207A", 1, "Black")],
    tags=["non_order_request", "code"],
)
O(
    c,
    W,
    "Nog 2 HP 207A toners erbij graag",
    [L("HP-207A", 2, None)],
    h="res",
    tags=["code"],
    notes="no colour given; the studio only buys the black 207A",
)
O(
    c,
    W,
    "Zoals gewoonlijk, plus 2 kg extra koffiebonen",
    [L("LAVAZZA-CG-1KG", 2)],
    ref="usual",
    ops=[("add", L("LAVAZZA-CG-1KG", 2))],
    h="res",
    tags=["count"],
    notes="2 kg of beans are 2 bags of 1kg (the only beans stocked)",
)
Q(c, W, "Wat kost een hele pallet Navigator A3 bij jullie?", notes="a price question")
O(
    c,
    W,
    "Stuur morgen 20 dozen Navigator A3 aub",
    [L("NAV-80", 20, "A3")],
    flags=["outlier"],
    h="outlier",
    notes="20 boxes where the studio takes 3 a week, no reason given",
)
CN(c, W, "Vergeet die 20 dozen A3, typfout. Annuleer die bestelling maar.")
O(c, W, "2 mapjes stabilo fineliners en 1 pak magic tape graag", [L("STAB-88-10", 2), L("SCOTCH-MAGIC", 1)])

# =============================================================================== bureau-kwint (nl, first-time)
c = "bureau-kwint"
O(
    c,
    E,
    "Beste,\n\nWij zijn Bureau Kwint, een nieuw ontwerpbureau in Shoreditch. Hierbij onze eerste bestelling "
    "(betaling bij levering):\n- 4 dozen Navigator Universal A4\n- 2 pakken Post-it 76x76 neon\n- 1 doos Edding "
    "360 zwart\n- 2 zakken Lavazza Crema e Gusto\n\nMet vriendelijke groet,\nLotte Kwint\nBureau Kwint, Unit 12, "
    "40 Curtain Yard\n020 7946 0966",
    [L("NAV-80", 4, "A4"), L("POSTIT-76-N", 2), L("EDD-360", 1, "Black"), L("LAVAZZA-CG-1KG", 2)],
    tags=["signature", "number_in_name"],
    notes="a first order paid on delivery ships as written",
)
Q(
    c,
    E,
    "Kunnen wij een rekening met 30 dagen betaaltermijn openen? Welke gegevens hebben jullie van ons nodig?",
    notes="an account question",
)
O(
    c,
    E,
    "Graag precies hetzelfde als onze eerste bestelling, voor vrijdag.",
    ref="unresolved",
    h="same",
    tags=["ambiguous_reference"],
    notes="messages are not history: the bureau has no earlier order",
)
O(
    c,
    E,
    "Tweede bestelling, weer betalen bij levering: 1 HP 207A zwart, 1 HP 207A cyaan en 2 dozen Navigator A3.",
    [L("HP-207A", 1, "Black"), L("HP-207A", 1, "Cyan"), L("NAV-80", 2, "A3")],
    tags=["code"],
)

# =============================================================================== hansa-schule (de)
c = "hansa-schule"
O(
    c,
    E,
    "Betreff: Bestellung Schuljahresbeginn - Bestellnr. HSL-4471\n\nSehr geehrte Damen und Herren,\n\nbitte "
    "liefern Sie uns:\n- 20 Kartons Kopierpapier A4 Rulemark Everyday 80 g/m²\n- 12 Schachteln Staedtler Noris HB "
    "Bleistifte\n- 4 Pakete Hefte A4 kariert (7 mm)\n- 2 Schachteln Edding 360 Whiteboardmarker rot\n\n"
    "Kostenstelle 210 (Grundschule).\n\nMit freundlichen Grüßen\nKatrin Vogt\nSchulverwaltung, Hansa-Schule London"
    "\nTel. 020 7946 0833",
    [L("RM-COPY-80", 20, "A4"), L("STAED-NORIS-HB", 12), L("EXB-A4-SQ7-BL", 4), L("EDD-360", 2, "Red")],
    tags=["signature", "number_in_name"],
)
O(
    c,
    E,
    "Wie letzte Woche, aber bitte 3 Pakete linierte A4-Hefte rot statt 2 und ohne Lineale. Danke, K. Vogt",
    [L("EXB-A4-8MM", 3, "Red")],
    ref="last",
    ops=[("set", L("EXB-A4-8MM", 3, "Red")), ("remove", "RM-RULER-30")],
    h="res",
)
Q(c, E, "Ich möchte wissen, ob Sie auch Schulranzen oder Federmäppchen führen.", tags=["non_order_request"])
O(
    c,
    E,
    "Bitte noch 3 Schachteln Laminierfolien A4 dazu.",
    [L("LAM-A4", 3, None)],
    h="res",
    notes="A4 pouches without a thickness; the school only buys 150 micron",
)
O(
    c,
    E,
    "Wir brauchen außerdem 100 Radiergummis Staedtler Mars plastic.",
    [L("STAED-ERASER-20", 5)],
    tags=["count"],
    notes="100 erasers are 5 boxes of 20",
)
CH(
    c,
    E,
    "Zur Bestellung HSL-4471: Lieferung bitte erst am Freitag statt am Mittwoch, die Hausmeisterin ist Mittwoch "
    "nicht da.",
    [],
    notes="a day move",
)
O(
    c,
    W,
    "Sprachnachricht: zwei Kartons A4 Papier drei Schachteln Bleistifte HB und ein Paket karierte Hefte",
    [F(A4C, 2, "A4"), F(["STAED-NORIS-HB", "RM-HB-144"], 3), L("EXB-A4-SQ7-BL", 1)],
    h="res",
    tags=["spoken", "voice"],
    notes="'A4 Papier' and boxes of HB pencils are families; the school buys Rulemark Everyday A4 and Noris HB",
)
O(
    c,
    E,
    "Bitte zusätzlich 4 Schachteln Edding 360 schwarz und 2 Packungen Lineale 30 cm. Danke, K. Vogt",
    [L("EDD-360", 4, "Black"), L("RM-RULER-30", 2)],
    tags=["number_in_name"],
)
O(
    c,
    E,
    "Bitte 5 Kartons A4-Papier und 3 Schachteln Edding 360 für das Lehrerzimmer.",
    [F(A4C, 5, "A4"), L("EDD-360", 3, None)],
    h="open",
    tags=["number_in_name"],
    notes="the A4 paper resolves to Rulemark Everyday; the Edding 360 colour stays open (the school buys black and red)",
)

# =============================================================================== kraemer-buero (de)
c = "kraemer-buero"
O(
    c,
    E,
    "Guten Tag,\n\nbitte senden Sie uns 5 Kartons A4 Rulemark Everyday, 1 Kyocera TK-3160 und 3 Schachteln Ordner "
    "75 mm blau. Bestellnummer KMB-0931.\n\nMit freundlichen Grüßen\nJens Krämer",
    [L("RM-COPY-80", 5, "A4"), L("KYO-TK3160", 1), L("LAF-75", 3, "Blue")],
    tags=["code", "number_in_name"],
    notes="'Ordner' are lever arch files",
)
O(
    c,
    E,
    "Das Übliche bitte, zusätzlich 2 Kartons Milchportionen.",
    [L("MILK-PORTIONS", 2)],
    ref="usual",
    ops=[("add", L("MILK-PORTIONS", 2))],
    h="res",
)
O(
    c,
    E,
    "Bitte 48 Flaschen Highland Spring Wasser mitliefern.",
    [L("WATER-500", 2)],
    tags=["count", "container"],
    notes="48 bottles are 2 cases of 24",
)
O(
    c,
    E,
    "Haben Sie Schredderbeutel? Falls ja, bitte 1 Packung mitschicken.",
    [N(1)],
    flags=["conditional"],
    h="skip",
    tags=["conditional"],
    notes="shredder bags are not in the catalog; a conditional order",
)
C(
    c,
    E,
    "Der Toner TK-3160 aus der letzten Lieferung ist undicht, die Hälfte des Pulvers liegt im Karton.",
    tags=["code"],
)
X(
    c,
    E,
    "Unser Büro ist vom 14. bis 25. August geschlossen. Bitte in diesem Zeitraum keine Lieferungen.",
    notes="a closure notice",
)
O(
    c,
    E,
    "Bitte senden Sie 2 Kartons Briefumschläge DL mit Fenster und 1 Karton Pilot G-2 blau.",
    [L("ENV-WINDOW", 2, DL), L("PILOT-G2", 1, "Blue")],
)
O(
    c,
    E,
    "Bitte 1 Dose Nescafé Gold Blend und 2 Kartons Zuckersticks braun.",
    [L("NESC-GOLD-750", 1), L("SUGAR-BROWN", 2)],
)

# =============================================================================== bergmann-roth (de)
c = "bergmann-roth"
O(
    c,
    W,
    "Hallo, bitte 4 Kartons Navigator Universal A4, 1x HP 26A und 5 Kartons Ordner schwarz 75mm. Danke, Frau Roth",
    [L("NAV-80", 4, "A4"), L("HP-26A", 1), L("LAF-75", 5, "Black")],
    tags=["code", "number_in_name"],
)
O(
    c,
    W,
    "Noch 3 Kartons schwarze Ordner bitte",
    [F(["LAF-75", "LAF-50-BK"], 3, "Black")],
    h="res",
    notes="black lever arch files come in 75mm and 50mm; the firm only buys the 75mm",
)
O(
    c,
    W,
    "Wie immer, aber diesmal ohne Hängeregister und doppelt Heftklammern",
    ref="usual",
    ops=[("remove", "SUSP-FILES"), ("double", "STAPLES")],
    h="res",
)
O(
    c,
    S,
    "2 Schachteln Heftklammern bitte noch dazu",
    [F(["STAPLES", "STAPLES-HD"], 2)],
    h="res",
    notes="'Heftklammern' fits the standard and the heavy duty staples; the firm only buys 26/6",
)
Q(
    c,
    W,
    "Können Sie mir sagen, bis wann man bestellen muss für Lieferung am nächsten Tag?",
    tags=["non_order_request"],
)
O(
    c,
    S,
    "Für den großen Hefter brauchen wir eine Schachtel Klammern 24/8.",
    [L("STAPLES", 1, None, nofill=True)],
    h="same",
    tags=["number_in_name"],
    notes="24/8 is not a stocked size (24/6 and 26/6 are): the variant stays open and is never "
    "filled from history",
)
O(
    c,
    S,
    "3 Kartons Hängeregister und 2 Packungen kleine Post-it 38x51 bitte",
    [L("SUSP-FILES", 3), L("POSTIT-38-Y", 2)],
    tags=["number_in_name"],
)
O(
    c,
    W,
    "Bitte 2 Kartons Dokumentenmappen und 1 Packung Post-it 76x127.",
    [L("DOC-WALLET", 2), L("POSTIT-127-Y", 1)],
    tags=["number_in_name"],
)

# =============================================================================== colegio-almendro (es)
c = "colegio-almendro"
O(
    c,
    E,
    "Asunto: Pedido n.º CA-2028-0412\n\nBuenos días:\n\nLes rogamos nos envíen:\n- 15 cajas de papel A4 Rulemark "
    "Everyday\n- 3 paquetes de cuadernos A4 de rayas con margen, tapa amarilla\n- 2 cajas de pegamento Pritt de "
    "22 g\n\nCentro de coste: Primaria.\n\nUn saludo,\nLucía Ferrer\nAdministración, Colegio Almendro\nTel. 020 "
    "7946 0915",
    [L("RM-COPY-80", 15, "A4"), L("EXB-A4-8MM", 3, "Yellow"), L("PRITT-22-12", 2)],
    tags=["signature", "number_in_name"],
)
O(
    c,
    E,
    "Lo de siempre para el martes, pero sin las toallas de manos y con 2 cajas más de lápices de colores. "
    "Gracias, Lucía",
    [L("STAED-COL-144", 2)],
    ref="usual",
    ops=[("remove", "HANDTOWEL-BL"), ("add", L("STAED-COL-144", 2))],
    h="res",
    notes="'cajas' of colouring pencils are the class packs (the packs of 12 are not boxes)",
)
O(
    c,
    E,
    "¿Nos pueden mandar 3 cajas de rotuladores fluorescentes rosas?",
    [L("STAB-BOSS", 3, "Pink")],
    tags=["non_order_request"],
    notes="pink highlighters by the box are the Stabilo Boss box of 10",
)
Q(
    c,
    E,
    "Quisiera saber si tienen cuadernos con pauta Montessori (doble línea) para primero.",
    tags=["non_order_request"],
    notes="not in the catalog",
)
O(
    c,
    E,
    "Necesitamos media caja de papel A3 Navigator para el jueves.",
    [L("NAV-80", 0.5, "A3")],
    flags=["fraction"],
    h="skip",
    tags=["fraction"],
    notes="half a box: a fraction of the selling unit is never shipped as written",
)
C(c, E, "Nos han cobrado 15 cajas de papel en la factura 30917, pero solo llegaron 12.")
O(
    c,
    W,
    "nota de voz: tres cajas de papel a4 dos paquetes de cuadernos lisos y una caja de toallas de papel azules",
    [F(A4C, 3, "A4"), L("EXB-A4-PLAIN", 2), F(["HANDTOWEL-BL", "CENTREFEED-6"], 1)],
    h="res",
    tags=["spoken", "voice"],
    notes="'cuadernos lisos' are the plain books; blue paper towels are the blue C-fold towels "
    "or the blue centrefeed; the school buys Rulemark A4 and the blue C-fold",
)
O(
    c,
    E,
    "Buenos días, necesitamos 4 cajas de fundas de plastificar A4 de 250 micras y 2 cajas de A3 de 150. Gracias, "
    "Lucía",
    [L("LAM-A4", 4, "250 micron"), L("LAM-A3-150", 2)],
    tags=["number_in_name"],
)
O(
    c,
    E,
    "Por favor, añadan 2 cajas de pilas AAA Duracell para los mandos del proyector.",
    [L("DUR-PROCELL", 2, "AAA")],
)
O(
    c,
    E,
    "Necesitamos 2 cajas de carpetas de anillas azules, de las de 25 mm.",
    [L("RB-A4-25-BL", 2)],
    tags=["number_in_name"],
    notes="blue 2-ring binders 25mm",
)

# =============================================================================== oficina-alborada (es)
c = "oficina-alborada"
O(
    c,
    W,
    "Hola, ¿me mandáis 3 cajas de A4 Rulemark y 1 tóner HP 207A magenta? Gracias, Pilar",
    [L("RM-COPY-80", 3, "A4"), L("HP-207A", 1, "Magenta")],
    tags=["non_order_request", "code"],
)
O(
    c,
    S,
    "y 2 tóner 207A más, porfa",
    [L("HP-207A", 2, None)],
    h="same",
    tags=["code"],
    notes="no colour given and the office buys black and cyan",
)
O(c, W, "lo mismo que la semana pasada 👍", ref="last", h="res", tags=["emoji"])
X(
    c,
    W,
    "Os escribo desde el nuevo número de la oficina: 07700 900655. Un saludo, Pilar",
    notes="a new number",
)
O(
    c,
    S,
    "2 cajas de sobres DL, por favor",
    [F(["ENV-PLAIN", "ENV-WINDOW"], 2, DL)],
    h="res",
    notes="DL comes plain and with a window; the office only buys plain",
)
O(
    c,
    W,
    "¿Me mandáis también 1000 sobres DL sin ventana?",
    [L("ENV-PLAIN", 1, DL)],
    tags=["count"],
    notes="1000 envelopes are one box of 1000",
)
CN(c, W, "Cancelad el pedido del jueves, por favor; cerramos la oficina por obras.")
O(
    c,
    W,
    "Pilar otra vez 😅 ¿podéis añadir 2 cajas de carpetas de documentos y 1 bote de toallitas desinfectantes?",
    [L("DOC-WALLET", 2), L("WIPES-200", 1)],
    tags=["emoji", "non_order_request"],
)

# =============================================================================== scuola-girasole (it)
c = "scuola-girasole"
O(
    c,
    E,
    "Oggetto: Ordine n. SIG-118\n\nBuongiorno,\nvi chiediamo di consegnare:\n- 8 scatole di carta A4 Rulemark "
    "Everyday\n- 3 pacchi di quaderni A4 a quadretti\n- 25 confezioni di matite colorate da 12\n\nCordiali "
    "saluti,\nGiulia Ferraro\nSegreteria, Scuola Italiana Il Girasole\n020 7946 0877",
    [L("RM-COPY-80", 8, "A4"), L("EXB-A4-SQ7-BL", 3), L("RM-COLPENCIL-12", 25)],
    tags=["signature"],
)
O(
    c,
    E,
    "Come al solito per giovedì, ma con 4 confezioni di colla stick invece di 2.",
    [F(GLUE, 4)],
    ref="usual",
    ops=[("set", F(GLUE, 4))],
    h="res",
    notes="'colla stick' is a family word; the school buys the Rulemark glue sticks",
)
Q(c, E, "Vorrei sapere se avete anche grembiuli per i bambini della materna.", tags=["non_order_request"])
O(
    c,
    E,
    "Ci servono 300 matite HB per l'inizio dell'anno.",
    [F(["STAED-NORIS-HB", "RM-HB-144"], None)],
    h="skip",
    tags=["count"],
    notes="300 pencils are 25 boxes of 12 but no whole number of boxes of 144: the product and the "
    "quantity must be asked",
)
X(c, E, "Grazie per la consegna rapida di ieri, tutto perfetto!", notes="thanks")
O(
    c,
    E,
    "Ci mandate anche 2 scatole di buste bianche C4?",
    [F(["ENV-PLAIN", "ENV-WINDOW"], 2, C4)],
    h="same",
    tags=["non_order_request"],
    notes="white C4 comes plain and with a window; the school buys neither",
)
CH(
    c,
    E,
    "Per l'ordine SIG-118: i quaderni a quadretti diventano 4 pacchi invece di 3.",
    [L("EXB-A4-SQ7-BL", 4)],
)
O(
    c,
    E,
    "Buongiorno, aggiungete per favore 2 confezioni di forbici per bambini e 3 scatole di Pritt da 43 g. Grazie",
    [L("RM-SCISS-KIDS", 2), L("PRITT-43-10", 3)],
    tags=["number_in_name"],
)
O(
    c,
    E,
    "Vi chiediamo 2 scatole di buste bianche C5 con finestra e 1 confezione di graffette.",
    [L("ENV-WINDOW", 2, C5), L("PAPERCLIPS-32", 1)],
)

# =============================================================================== studio-rinaldi (it)
c = "studio-rinaldi"
O(
    c,
    W,
    "Ciao! Mi mandate 2 scatole di Navigator A3, 2 cartucce Epson 603XL nero e 3 kg di Lavazza Crema e Gusto in "
    "grani? Grazie, Marco",
    [L("NAV-80", 2, "A3"), L("EPS-603XL-BK", 2), L("LAVAZZA-CG-1KG", 3)],
    tags=["non_order_request", "code", "count"],
    notes="3 kg of beans are 3 bags of 1kg",
)
O(c, W, "il solito per venerdì, grazie 🙏", ref="usual", h="res", tags=["emoji"])
O(
    c,
    S,
    "mi mandi anche 2 epson 603?",
    [F(["EPS-603XL-BK", "EPS-603-MULTI"], 2)],
    h="res",
    tags=["code"],
    notes="'603' fits the 603XL black and the 603 multipack; the studio only buys the 603XL black",
)
O(
    c,
    W,
    "Avete il caffè decaffeinato in grani? Se sì, 2 kg.",
    [N(2)],
    flags=["conditional"],
    h="skip",
    tags=["conditional"],
    notes="decaf beans are not in the catalog; a conditional order",
)
O(
    c,
    W,
    "mandatemi 30 kg di lavazza crema e gusto per domani",
    [L("LAVAZZA-CG-1KG", 30)],
    flags=["outlier"],
    h="outlier",
    notes="30 bags where the studio takes 3 a week, no reason given",
)
CH(c, W, "scusate, volevo dire 3 kg non 30!", [L("LAVAZZA-CG-1KG", 3)])
O(
    c,
    W,
    "allora due scatole di navigator premium a4 una scatola di evidenziatori stabilo gialli e tre confezioni di "
    "post it gialli 76 per 76",
    [L("NAV-90-A4", 2), L("STAB-BOSS", 1, "Yellow"), L("POSTIT-76-Y", 3)],
    tags=["spoken", "voice"],
    notes="a dictated list without commas; yellow Stabilo by the box is the box of 10",
)
O(
    c,
    W,
    "mi servono anche 2 confezioni di nastro adesivo Scotch Magic e una scatola di zucchero bianco in stick",
    [L("SCOTCH-MAGIC", 2), L("SUGAR-WHITE", 1)],
)
