# ruff: noqa  (hand-written data generator of blind set 70, kept as its writer left it)
"""Messages of the seventieth blind set and their plain labels, all hand-written.

Each message is written in the order it arrives for its customer (build70.py assigns the dates in
that order). Lines:
  L(sku, quantity[, variant])       a catalog line; products with variants must give the variant
                                    (None when the message does not say which)
  F([skus], quantity[, cv])         a family word: sku null, candidates, optional candidate_variant
  N(quantity, what)                 not in the catalog
For references (ref="usual"/"last") the plain lines are the explicit additions and new quantities
(build70.py takes them from mods); removals and "double" give no line.
"""

MISSING = object()
R195, R205, R225, R175 = "195/65 R15 91V", "205/55 R16 91V", "225/45 R17 94W", "175/65 R14 82T"
W14, W16, W18, W20, W22, W24 = (
    '14" (350mm)',
    '16" (400mm)',
    '18" (450mm)',
    '20" (500mm)',
    '22" (550mm)',
    '24" (600mm)',
)


def L(sku, q, v=MISSING, why=None, nofill=False):
    d = {"sku": sku, "quantity": q}
    if v is not MISSING:
        d["variant"] = v
    if why:
        d["_why"] = why
    if nofill:
        d["_nofill"] = True
    return d


def F(cands, q, cv=None, why=None):
    d = {"sku": None, "quantity": q, "candidates": list(cands)}
    if cv is not None:
        d["candidate_variant"] = cv
    if why:
        d["_why"] = why
    return d


def N(q, what, why=None):
    d = {"sku": None, "quantity": q, "_nic": what}
    if why:
        d["_why"] = why
    return d


def ADD(line):
    return ("add", line)


def SETQ(line):
    return ("setq", line)


def REMOVE(sku, v=MISSING):
    return ("remove", sku, v)


def DOUBLE(sku):
    return ("double", sku)


MESSAGES = []


def M(
    cust,
    ch,
    lang,
    text,
    intent="ORDER",
    lines=(),
    notes="",
    tags=(),
    review=False,
    ref=None,
    mods=(),
    change=None,
    outlier=False,
    nohist=False,
):
    MESSAGES.append(
        dict(
            customer=cust,
            channel=ch,
            language=lang,
            text=text,
            intent=intent,
            lines=list(lines),
            notes=notes,
            tags=list(tags),
            review=review,
            ref=ref,
            mods=list(mods),
            change=change,
            outlier=outlier,
            nohist=nohist,
        )
    )


WA, SMS, EM = "WHATSAPP", "SMS", "EMAIL"

# =====================================================================================================
# Hillside Motors (garage, WhatsApp, English)
c = "hillside-motors"
M(
    c,
    WA,
    "en",
    "morning, 6 x W712/95 and 4 HU7008z please, plus 2 boxes black gloves large",
    lines=[L("MANN-W712-95", 6), L("MANN-HU7008Z", 4), L("TW-NIT-BLK", 2, "Large")],
    notes="712/95 and 7008 are part numbers, not quantities.",
    tags=["number_in_name"],
)
M(
    c,
    WA,
    "en",
    "2 x 5w30 20L for the workshop tank",
    lines=[L("TW-5W30-C3", 2, "20L")],
    notes="5W-30 is a family, but only the Torquewell C3 comes in 20L: the size names one member. 5, 30 and 20 are not quantities.",
    tags=["number_in_name", "family_narrowed"],
)
M(
    c,
    WA,
    "en",
    "usual pls + a case of copper spray",
    ref="usual",
    mods=[ADD(L("TW-COPPER-AERO-12", 1))],
    notes="Reference to the usual basket plus one case of copper grease aerosols.",
)
M(
    c,
    WA,
    "en",
    "can I pay last month's invoice INV-88213 by bank transfer instead of card? need your sort code",
    intent="QUESTION",
    tags=["non_order_request"],
)
M(
    c,
    WA,
    "en",
    "voice note: need two boxes of the 501s a box of h7 standard three hu7008z and a can of brake cleaner",
    lines=[
        L("RING-501-10", 2),
        L("RING-H7-10", 1),
        L("MANN-HU7008Z", 3),
        L("TW-BC-500-12", None, why="count"),
    ],
    notes="Spoken list without commas. One can is not a whole case of 12: not a whole number, a human asks. 'h7 standard' names the Ring box.",
    tags=["spoken", "voice", "container"],
)
M(
    c,
    WA,
    "en",
    "the 382s you sent tuesday were 380s, box still sealed. can you swap it on the next drop",
    intent="COMPLAINT",
)
M(
    c,
    WA,
    "en",
    "24 cans of brake cleaner and 2 boxes 501s pls",
    lines=[L("TW-BC-500-12", 2), L("RING-501-10", 2)],
    notes="24 cans are 2 cases of 12.",
    tags=["container", "count"],
)
M(
    c,
    WA,
    "en",
    "need a 205L barrel of the tw c3 for next week, our tank is nearly empty",
    lines=[L("TW-5W30-C3", 1, "205L")],
    notes="205L names the barrel variant; not a quantity.",
    tags=["number_in_name"],
)
M(
    c,
    WA,
    "en",
    "4 rolls of the 2 ply blue roll",
    lines=[L("TW-BLUEROLL-2PLY", None, why="count")],
    notes="4 rolls of a pack of 6 is not a whole number of packs.",
    tags=["count", "pack"],
)
M(
    c,
    WA,
    "en",
    "voice note: a box of h4 a box of 382 two w719 30 and a 25 litre screenwash",
    lines=[
        F(["RING-H4-10", "OSR-NBL-H4"], 1),
        L("RING-382-10", 1),
        L("MANN-W719-30", 2),
        L("TW-SW-RM-25L", 1),
    ],
    notes="Spoken list without commas. H4 is a family: the Ring standard box of 10 or the Night Breaker twin pack (which also comes in a box). 25 litre screenwash exists only as the ready mix.",
    tags=["spoken", "voice", "number_in_name"],
)

# =====================================================================================================
# Aston Cross MOT Centre (MOT centre, e-mail, English)
c = "aston-cross-mot"
SIG_A = "\n\nKaren Holt\nAston Cross MOT Centre\nUnit 14, Mill Lane Trading Estate\nTel 020 7946 0714"
M(
    c,
    EM,
    "en",
    'Subject: Order - MOT bay consumables\n\nHi,\n\nPlease send the following for Wednesday:\n- 2 boxes 501 (W5W)\n- 1 box H4 standard\n- 1 box 382\n- 4 x Torquewell 18" wiper blades\n\nThanks,'
    + SIG_A,
    lines=[L("RING-501-10", 2), L("RING-H4-10", 1), L("RING-382-10", 1), L("TW-WIPER", 4, W18)],
    notes="Signature numbers (unit 14, phone) are not quantities.",
    tags=["signature", "number_in_name"],
)
M(
    c,
    EM,
    "en",
    "Subject: Re: order\n\nCould you add 1 box of H7s to tomorrow's delivery please?\n\nKaren",
    lines=[F(["RING-H7-10", "OSR-NBL-H7"], 1)],
    notes="H7 is a family: the Ring standard box of 10 or the Osram Night Breaker twin pack. An addition is an ORDER.",
    tags=["non_order_request"],
)
M(
    c,
    EM,
    "en",
    "Subject: LED bulbs\n\nDo you stock LED replacement bulbs for H7 headlamps that would pass the MOT? A customer has asked.\n\nKaren",
    intent="QUESTION",
)
M(
    c,
    EM,
    "en",
    'Subject: Weekly order\n\nOur usual order for Thursday please, but 4 x 20" Torquewell wipers instead of 2.\n\nKaren',
    ref="usual",
    mods=[SETQ(L("TW-WIPER", 4, W20))],
)
M(
    c,
    EM,
    "en",
    "Subject: bulbs and covers\n\nHi, for tomorrow please: two boxes of 501s, one box of H11s and one roll of seat covers.\n\nTa, Karen",
    lines=[L("RING-501-10", 2), N(1, "H11 bulbs"), L("TW-SEATCOVER-500", 1)],
    notes="H11 is not in the catalog (H1, H4, H7 are).",
)
M(
    c,
    EM,
    "en",
    "Subject: order for Friday\n\n2 boxes 380, 1 box 581, 2 x 25L screenwash ready mix, 1 box floor mats."
    + SIG_A,
    lines=[L("RING-380-10", 2), L("RING-581-10", 1), L("TW-SW-RM-25L", 2), L("TW-FLOORMAT-250", 1)],
    tags=["signature", "number_in_name"],
)
M(
    c,
    EM,
    "en",
    "Subject: MOT bay\n\nI'd like to order 4 Torquewell wiper blades 16 inch and 2 x 24 inch please, plus a pack of two Night Breaker H7s.\n\nKaren",
    lines=[L("TW-WIPER", 4, W16), L("TW-WIPER", 2, W24), L("OSR-NBL-H7", 1)],
    notes="'a pack of two' Night Breaker H7 is one twin pack.",
    tags=["non_order_request", "pack"],
)
M(
    c,
    EM,
    "en",
    "Subject: Out of office\n\nThank you for your e-mail. I am out of the office until Monday 14 August with limited access to e-mail. For urgent parts please ring the workshop on 020 7946 0715.\n\nKaren Holt",
    intent="OTHER",
    tags=["auto_reply"],
)
M(
    c,
    EM,
    "en",
    'Subject: Re: Delivery note DN 60412\n\nPlease send the same lines again for Friday.\n\n> DN 60412\n> 2 x Ring 501 box\n> 1 x Ring H7 box\n> 4 x TW wiper 18"\n\nKaren',
    lines=[L("RING-501-10", 2), L("RING-H7-10", 1), L("TW-WIPER", 4, W18)],
    notes="The quoted delivery note gives the lines; DN 60412 is not a quantity.",
    tags=["quoted"],
)
M(
    c,
    EM,
    "en",
    "Subject: Change to Thursday order\n\nPlease could you deliver our order on Friday instead of Thursday? Nothing else changes.\n\nKaren",
    intent="CHANGE",
    change=[],
)

# =====================================================================================================
# Dave Fenwick (mobile mechanic, SMS, English)
c = "fenwick-mobile"
M(
    c,
    SMS,
    "en",
    "can u drop 4 x tw c3 5L n 2 10w40 5L to the customers car reg YR18 KXP on Birch Rd pls, b4 2",
    lines=[L("TW-5W30-C3", 4, "5L"), L("TW-10W40", 2, "5L")],
    notes="10W-40 in 5L is only the Torquewell (Magnatec is 4L). The registration YR18 KXP and 'b4 2' are not quantities.",
    tags=["reg_plate", "number_in_name", "family_narrowed"],
)
M(c, SMS, "en", "same as last wk mate", ref="last")
M(
    c,
    SMS,
    "en",
    "voice: four bkr6e plugs a w712 95 filter and one box blue gloves large",
    lines=[L("NGK-BKR6E", 4), L("MANN-W712-95", 1), L("TW-NIT-BLUE", 1, "Large")],
    notes="Voice-to-text without commas; 'w712 95' is the part number W 712/95.",
    tags=["spoken", "voice", "number_in_name"],
)
M(c, SMS, "en", "do u keep the gates 6pk1538 on the shelf or is it next day?", intent="QUESTION")
M(
    c,
    SMS,
    "en",
    "brake fluid x2 and 2 pr golf front discs",
    lines=[F(["TW-DOT4", "TW-DOT51-500"], 2), L("BREMBO-09B80711", 2)],
    notes="Brake fluid is DOT 4 or DOT 5.1. Golf front discs are the Brembo pair; '2 pr' is 2 pairs.",
)
M(
    c,
    SMS,
    "en",
    "3 x w712/95.. no make that 4",
    lines=[L("MANN-W712-95", 4)],
    notes="Self-correction: 4.",
    tags=["self_correction"],
)
M(
    c,
    SMS,
    "en",
    "mdb3104 x 1 and mfr577 x1 for a fiesta, reg FD17 WNL",
    lines=[L("MINTEX-MDB3104", 1), L("MINTEX-MFR577", 1)],
    tags=["reg_plate", "number_in_name"],
)
M(
    c,
    SMS,
    "en",
    "can i get a copy of the invoice for the golf discs, customer wants it for his records",
    intent="QUESTION",
    tags=["non_order_request"],
)
M(
    c,
    SMS,
    "en",
    "half a case of brake cleaner pls",
    lines=[L("TW-BC-500-12", 0.5)],
    notes="Half a case is 0.5: a fraction of an indivisible case is never shipped without asking.",
    tags=["fraction"],
)

# =====================================================================================================
# Treadline Tyres (tyre shop, WhatsApp, English)
c = "treadline-tyres"
M(
    c,
    WA,
    "en",
    "8 x 205/55 R16 landsail, 4 x 225/45/17 landsail and a bag of TR413 please",
    lines=[L("LS-LS388", 8, R205), L("LS-LS388", 4, R225), L("TW-VALVE-TR413", 1)],
    notes="Tyre sizes and TR413 are not quantities.",
    tags=["number_in_name"],
)
M(
    c,
    WA,
    "en",
    "4 x 205/55 R16 for a customer waiting",
    lines=[F(["LS-LS388", "MICH-PRIMACY4"], 4, R205)],
    notes="Two tyres come in 205/55 R16 (Landsail LS388, Michelin Primacy 4): no brand given.",
)
M(
    c,
    WA,
    "en",
    "pls can u send 2 michelin primacy 225 45 17 and 2 in 205 55 16, customer paid already",
    lines=[L("MICH-PRIMACY4", 2, R225), L("MICH-PRIMACY4", 2, R205)],
    notes="Sizes written with spaces.",
    tags=["non_order_request", "number_in_name"],
)
M(
    c,
    WA,
    "en",
    "the usual for thurs but 10 of the 205/55 instead of 8",
    ref="usual",
    mods=[SETQ(L("LS-LS388", 10, R205))],
)
M(
    c,
    WA,
    "en",
    "send 40 x 195/65 R15 landsail tmrw",
    lines=[L("LS-LS388", 40, R195)],
    outlier=True,
    notes="Outlier: 40 against a usual 6, no reason given.",
)
M(
    c,
    WA,
    "en",
    "ignore the 40 x 195/65 msg, wrong chat sorry!! cancel that one, normal order thurs as always",
    intent="CANCEL",
    notes="Cancels the outlier order.",
)
M(
    c,
    WA,
    "en",
    "got a customer needing four landsails in 195/55/16, can u get them here today?",
    lines=[L("LS-LS388", 4, None, nofill=True)],
    notes="195/55 R16 is not a size of the LS388: the variant stays open and is never filled from history.",
    tags=["no_such_variant"],
)
M(
    c,
    WA,
    "en",
    "10 x 205/55 R16 LS388 and 4 x 215/65 R16C van",
    lines=[L("LS-LS388", 10, R205), L("LS-LSV88-21565R16C", 4)],
    tags=["number_in_name"],
)
M(
    c,
    WA,
    "en",
    "I'd like to book a wheel alignment for my own car on Saturday at 10am if you have a slot",
    intent="OTHER",
    notes="Misdirected booking request, not an order.",
    tags=["non_order_request"],
)

# =====================================================================================================
# Norris Logistics (fleet, e-mail, English)
c = "norris-logistics"
SIG_N = "\n\nKind regards,\nAlan Norris\nFleet Engineering Manager, Norris Logistics Ltd\n020 7946 0738"
M(
    c,
    EM,
    "en",
    "Subject: PO NL-44817 - parts for job 3391 (KX71 BHD)\n\nGood morning,\n\nPlease supply the following against PO NL-44817:\n\n1. Pagid T1922 front pads x 2 sets\n2. Pagid 54950 front discs x 1 pair\n3. Mann WK 820/17 fuel filter x 2\n\nVehicle KX71 BHD, Transit Custom 2.0 EcoBlue, job 3391. Delivery to Gate 2 before 10:30 please."
    + SIG_N,
    lines=[L("PAGID-T1922", 2), L("PAGID-54950", 1), L("MANN-WK820-17", 2)],
    notes="PO, job number, registration, list numbering, gate, time and signature are not quantities.",
    tags=["signature", "reg_plate", "job_number", "number_in_name"],
)
M(
    c,
    EM,
    "en",
    "Subject: AdBlue\n\nPlease deliver one 1000L IBC of AdBlue to the depot on Friday, PO NL-44829.\n\nAlan",
    lines=[L("GC-ADBLUE", 1, "1000L IBC")],
    tags=["number_in_name"],
)
M(
    c,
    EM,
    "en",
    "Subject: PO NL-44817 short delivery\n\nThe delivery against PO NL-44817 arrived with only one set of T1922 pads; two were ordered. Please send the missing set and confirm."
    + SIG_N,
    intent="COMPLAINT",
    tags=["signature"],
)
M(
    c,
    EM,
    "en",
    "Subject: Repeat order\n\nPlease repeat last week's order (PO NL-44850), with 6 x Landsail van tyres 215/65 R16C rather than 4 and no screenwash this time."
    + SIG_N,
    ref="last",
    mods=[SETQ(L("LS-LSV88-21565R16C", 6)), REMOVE("TW-SW-RM-25L")],
    tags=["signature"],
)
M(
    c,
    EM,
    "en",
    "Subject: pads for KY19 ORN\n\nPlease send a set of pads for KY19 ORN (Transit Custom), job 3420. PO NL-44861.\n\nAlan",
    lines=[F(["PAGID-T1922", "PAGID-T2231"], 1)],
    notes="Front or rear pads for the Transit Custom: the axle is not given.",
    tags=["reg_plate", "job_number"],
)
M(
    c,
    EM,
    "en",
    "Subject: Job 3437 - KE70 VTN\n\nPlease supply 2 x Pagid T2231 rear pads and 1 x Mann WK 820/17 for job 3437 (KE70 VTN). PO NL-44873."
    + SIG_N,
    lines=[L("PAGID-T2231", 2), L("MANN-WK820-17", 1)],
    tags=["signature", "reg_plate", "job_number"],
)
M(
    c,
    EM,
    "en",
    "Subject: AdBlue 10L\n\nPlease send 12 x AdBlue 10 litre to the Dartford yard, PO NL-44880.\n\nAlan",
    lines=[L("GC-ADBLUE", 12, "10L")],
    notes="10 litre names the variant; 12 is the quantity.",
    tags=["number_in_name"],
)
M(
    c,
    EM,
    "en",
    "Subject: Fwd: parts request from workshop\n\nHi, forwarding our workshop's request below - please supply against PO NL-44891.\nAlan\n\n---------- Forwarded message ----------\nFrom: Workshop Lead <workshop@norrislogistics.example>\nSubject: parts request\n\nNeed 2 x Mann WK 820/17 and 6 x 20L AdBlue for the Dartford vans (KX71 BHD, KY19 ORN, KE70 VTN).",
    lines=[L("MANN-WK820-17", 2), L("GC-ADBLUE", 6, "20L")],
    notes="The order is in the forwarded part.",
    tags=["forwarded", "reg_plate"],
)
M(
    c,
    EM,
    "en",
    "Subject: Bank holiday\n\nPlease note that the depot is closed on Monday 28 August for the bank holiday; no deliveries that day, please.\n\nAlan",
    intent="OTHER",
    tags=["notice"],
)

# =====================================================================================================
# Cityline Private Hire (taxi fleet workshop, e-mail, English; never repeats a basket)
c = "cityline-cabs"
M(
    c,
    EM,
    "en",
    "Subject: Order - Prius servicing (jobs CL-2207, CL-2208)\n\nHi team,\n\n3 x 0W-20 C5 Torquewell 5 litre\n2 x Mann CUK 2939\n1 x Apec PAD1890\n\nThanks, Priya (workshop)",
    lines=[L("TW-0W20", 3, "5L"), L("MANN-CUK2939", 2), L("APEC-PAD1890", 1)],
    tags=["job_number", "number_in_name"],
)
M(
    c,
    EM,
    "en",
    "Subject: usual\n\nCan you send our usual weekly order? Thanks, Priya",
    ref="usual",
    notes="This fleet never repeats a basket: there is no usual to expand.",
    tags=["ambiguous_reference"],
)
M(
    c,
    EM,
    "en",
    "Subject: wipers\n\n6 x Bosch Aerotwin 24 inch and 6 x Aerotwin 16 inch please.\n\nPriya",
    lines=[L("BOSCH-AEROTWIN", 6, W24), L("BOSCH-AEROTWIN", 6, W16)],
)
M(
    c,
    EM,
    "en",
    "Subject: oil\n\n0w20 x 4 please for the hybrids.\n\nPriya",
    lines=[F(["TW-0W20", "CAS-EDGE-0W20-4L"], 4)],
    notes="0W-20 is the Torquewell C5 (1L/5L/20L) or Castrol Edge 4L.",
)
M(
    c,
    EM,
    "en",
    "Subject: Re: Order\n\nPlease add 2 Night Breaker H4 twin packs and 1 x 1 987 432 097 to today's order.\n\nPriya",
    lines=[L("OSR-NBL-H4", 2), L("BOSCH-1987432097", 1)],
    notes="1 987 432 097 is a Bosch part number.",
    tags=["number_in_name"],
)
M(
    c,
    EM,
    "en",
    "Subject: tyres\n\n4 x Michelin Primacy 4 225/45 R17 for PH08 (job CL-2231).\n\nPriya",
    lines=[L("MICH-PRIMACY4", 4, R225)],
    notes="The 4 in 'Primacy 4' is the tyre's name.",
    tags=["job_number", "number_in_name"],
)
M(
    c,
    EM,
    "en",
    "Subject: Re: Thursday\n\nCould we also have 6 x 5L Torquewell 0W-20 on Thursday's delivery?\n\nPriya",
    lines=[L("TW-0W20", 6, "5L")],
    tags=["non_order_request"],
)

# =====================================================================================================
# Bridge Street Garage (garage, SMS, English)
c = "bridge-street-garage"
M(
    c,
    SMS,
    "en",
    "3 magnatec 5w30 4L, 2 mdb3104, 2 red antifreeze concentrate",
    lines=[L("CAS-MAG-5W30-4L", 3), L("MINTEX-MDB3104", 2), L("TW-AF-CONC", 2, "Red")],
    notes="Red concentrate is the OAT concentrate in red.",
)
M(
    c,
    SMS,
    "en",
    "2 x antifreeze red",
    lines=[F(["TW-AF-CONC", "TW-AF-RM"], 2, "Red")],
    notes="Red comes as concentrate and as ready mix.",
)
M(
    c,
    SMS,
    "en",
    "could you send over your price list for batteries, the voltline ones",
    intent="QUESTION",
    tags=["non_order_request"],
)
M(c, SMS, "en", "same as last week but no rags", ref="last", mods=[REMOVE("TW-RAGS-10KG")])
M(
    c,
    SMS,
    "en",
    "6 bottles magnatec 1 litre",
    lines=[L("CAS-MAG-5W30-12X1", None, why="count")],
    notes="Magnatec in 1L is sold by the case of 12: 6 bottles is not a whole number of cases.",
    tags=["container"],
)
M(
    c,
    SMS,
    "en",
    "can u make the mdb3104 3 sets not 2 on todays order",
    intent="CHANGE",
    change=[L("MINTEX-MDB3104", 3)],
)
M(
    c,
    SMS,
    "en",
    "12 x 1L magnatec pls and 2 w719/30",
    lines=[L("CAS-MAG-5W30-12X1", 1), L("MANN-W719-30", 2)],
    notes="12 x 1L is one case of 12.",
    tags=["pack"],
)
M(
    c,
    SMS,
    "en",
    "2 x magnatek 5w30 4l and 1 anifreeze red conc",
    lines=[L("CAS-MAG-5W30-4L", 2), L("TW-AF-CONC", 1, "Red")],
    tags=["typo"],
)
M(
    c,
    SMS,
    "en",
    "2 x MDC2360 fiesta front discs + 2 mdb3104",
    lines=[L("MINTEX-MDC2360", 2), L("MINTEX-MDB3104", 2)],
    tags=["number_in_name"],
)

# =====================================================================================================
# Greenway Autos (garage, WhatsApp, English)
c = "greenway-autos"
M(
    c,
    WA,
    "en",
    "Hiya \U0001f44b 3 x F 026 407 157 and 8 FR7DC+ plugs pls, thanks Jas",
    lines=[L("BOSCH-F026407157", 3), L("BOSCH-FR7DCPLUS", 8)],
    tags=["emoji", "number_in_name"],
)
M(
    c,
    WA,
    "en",
    "096 battery x1 for a Focus, need it this morning \U0001f64f",
    lines=[F(["VL-096", "BOSCH-S4-096"], 1)],
    notes="Type 096 is a Voltline and a Bosch S4.",
    tags=["emoji"],
)
M(
    c,
    WA,
    "en",
    "thanks for sorting the battery so quick, customer is happy \U0001f44d",
    intent="OTHER",
    tags=["emoji"],
)
M(c, WA, "en", "usual pls plus 2 aerotwin 24s", ref="usual", mods=[ADD(L("BOSCH-AEROTWIN", 2, W24))])
M(
    c,
    WA,
    "en",
    "a case of wd40 and one swarfega",
    lines=[L("WD40-450-12", 1), F(["SWARF-ORANGE-4L", "SWARF-CLASSIC-4L"], 1)],
    notes="Swarfega is the orange pump bottle or the original tub.",
)
M(
    c,
    WA,
    "en",
    "2 wiper blades 22 inch",
    lines=[F(["BOSCH-AEROTWIN", "TW-WIPER"], 2, W22)],
    notes="22 inch comes as Aerotwin and as the conventional blade.",
)
M(
    c,
    WA,
    "en",
    "2 x 20L 5w40 torquewell, 4 mobil 3000",
    lines=[L("TW-5W40", 2, "20L"), L("MOB-3000-5W40-5L", 4)],
    tags=["number_in_name"],
)
M(
    c,
    WA,
    "en",
    "if you've got any Castrol GTX 15W-40 send 4, if not leave it",
    lines=[N(4, "Castrol GTX 15W-40")],
    review=True,
    notes="Conditional order on an item that is not in the catalog.",
    tags=["conditional"],
)
M(
    c,
    WA,
    "en",
    "I would like to set up a trade account for our second site in Croydon, who do I talk to?",
    intent="OTHER",
    tags=["non_order_request"],
)

# =====================================================================================================
# Parkside Accident Repair Centre (body shop, e-mail, English)
c = "parkside-repairs"
SIG_P = "\n\nMany thanks\nSophie Grant\nParts & Purchasing, Parkside Accident Repair Centre\n07700 900742"
M(
    c,
    EM,
    "en",
    "Subject: Consumables order PO PRC-2291\n\nHello,\n\nPlease could you send:\n\n3 boxes black nitrile medium\n3 boxes black nitrile large\n2 packs centrefeed\n1 x 25L citrus degreaser"
    + SIG_P,
    lines=[
        L("TW-NIT-BLK", 3, "Medium"),
        L("TW-NIT-BLK", 3, "Large"),
        L("TW-BLUEROLL-CF", 2),
        L("TW-CITRUS-DEG", 1, "25L"),
    ],
    tags=["signature", "non_order_request"],
)
M(
    c,
    EM,
    "en",
    "Subject: gloves\n\n500 black nitrile gloves in large please.\n\nSophie",
    lines=[L("TW-NIT-BLK", 5, "Large")],
    notes="500 gloves are 5 boxes of 100.",
    tags=["count"],
)
M(
    c,
    EM,
    "en",
    "Subject: order\n\nSame as last time please, plus 2 tubs of hand wipes.\n\nSophie",
    ref="last",
    mods=[ADD(L("TW-WIPES-150", 2))],
)
M(
    c,
    EM,
    "en",
    "Subject: quote - seat covers\n\nCould you quote for 20 rolls of seat covers and 20 boxes of floor mats? We are not ordering yet, just pricing for next quarter."
    + SIG_P,
    intent="QUESTION",
    tags=["non_order_request", "signature"],
)
M(
    c,
    EM,
    "en",
    "Subject: gloves again\n\n250 black gloves large",
    lines=[L("TW-NIT-BLK", None, "Large", why="count")],
    notes="250 gloves is not a whole number of boxes of 100.",
    tags=["count"],
)
M(
    c,
    EM,
    "en",
    "Subject: PO PRC-2318\n\n2 boxes 5-in-1 kits, 2 boxes paper floor mats, 2 rolls seat covers.\n\nSophie",
    lines=[L("TW-PROTKIT-100", 2), L("TW-FLOORMAT-250", 2), L("TW-SEATCOVER-500", 2)],
    notes="5-in-1 is the kit's name; seat covers are sold by the roll.",
    tags=["number_in_name"],
)
M(
    c,
    EM,
    "en",
    "Subject: blue roll\n\n12 rolls of centrefeed please, for the paint shop.\n\nSophie",
    lines=[L("TW-BLUEROLL-CF", 2)],
    notes="12 rolls are 2 packs of 6.",
    tags=["count"],
)
M(
    c,
    EM,
    "en",
    "Subject: Cancel PO PRC-2318\n\nPlease cancel PO PRC-2318 in full; the job has been written off by the insurer."
    + SIG_P,
    intent="CANCEL",
    tags=["signature"],
)
M(
    c,
    EM,
    "en",
    "Subject: nitrile\n\n2-3 boxes of black nitrile medium, whatever you can spare this week.\n\nSophie",
    lines=[L("TW-NIT-BLK", None, "Medium", why="range")],
    notes="2-3 boxes is a range.",
    tags=["range"],
)

# =====================================================================================================
# Sam Okafor (mobile mechanic, SMS, English)
c = "okafor-mobile"
M(
    c,
    SMS,
    "en",
    "need 2 comma xflow ll and 2 hu7008z for a golf in SE15 3QP, can i collect 12ish",
    lines=[L("COM-XFLOW-LL-5L", 2), L("MANN-HU7008Z", 2)],
    notes="Postcode and time are not quantities.",
    tags=["number_in_name"],
)
M(
    c,
    SMS,
    "en",
    "golf mk7 pads x1",
    lines=[F(["TRW-GDB1550", "TRW-GDB2080"], 1)],
    notes="Golf Mk7 pads are front (GDB1550) or rear (GDB2080); Mk7 is not a quantity.",
)
M(
    c,
    SMS,
    "en",
    "yeah can I get three of the torquewell c3 five litre two xflow a bag of tr413 and a bag of wheel nuts m14",
    lines=[
        L("TW-5W30-C3", 3, "5L"),
        L("COM-XFLOW-LL-5L", 2),
        L("TW-VALVE-TR413", 1),
        L("TW-WNUT", 1, "M14x1.5"),
    ],
    notes="Spoken list; the only M14 wheel nut is M14x1.5.",
    tags=["spoken", "voice", "non_order_request"],
)
M(c, SMS, "en", "wheel nuts x2", lines=[L("TW-WNUT", 2, None)], notes="Thread size not given.")
M(c, SMS, "en", "usual thx", ref="usual")
M(
    c,
    SMS,
    "en",
    "2 x 5W-30 C3 5L, 1 bag nuts M14",
    lines=[L("TW-5W30-C3", 2, "5L"), L("TW-WNUT", 1, "M14x1.5")],
    tags=["number_in_name"],
)
M(
    c,
    SMS,
    "en",
    "can u send 2 aerotwin 20 to the unit tmrw?",
    lines=[L("BOSCH-AEROTWIN", 2, W20)],
    notes="An order written as a question.",
    tags=["non_order_request"],
)

# =====================================================================================================
# Ridgeway Auto Centre (new garage opening 14 August, e-mail, English)
c = "ridgeway-auto"
SIG_R = "\n\nBest regards,\nMarta Quinn\nRidgeway Auto Centre\n27 Ridgeway Parade\n020 7946 0761"
M(
    c,
    EM,
    "en",
    "Subject: First order - Ridgeway Auto Centre (opening Monday 14 August)\n\nHello,\n\nWe are a new independent garage and would like to place our first order, paid by card on delivery:\n\n- 2 x Torquewell 5W-30 C3 205L barrels\n- 1 x Torquewell 5W-40 20L\n- 10 x Mann W 712/95\n- 5 boxes black nitrile gloves large\n- 2 packs 2-ply blue roll"
    + SIG_R,
    lines=[
        L("TW-5W30-C3", 2, "205L"),
        L("TW-5W40", 1, "20L"),
        L("MANN-W712-95", 10),
        L("TW-NIT-BLK", 5, "Large"),
        L("TW-BLUEROLL-2PLY", 2),
    ],
    notes="A first order paid on delivery ships as written.",
    tags=["new_customer", "signature", "number_in_name"],
)
M(
    c,
    EM,
    "en",
    "Subject: 30-day account\n\nFurther to our first order, could we have the next one on a 30-day account? 4 x 063 batteries and 2 x Voltline 096."
    + SIG_R,
    lines=[L("VL-063", 4), L("VL-096", 2)],
    review=True,
    notes="Depends on a 30-day account being opened: review. 063 and 096 are battery types.",
    tags=["new_customer", "credit", "signature", "number_in_name"],
)
M(
    c,
    EM,
    "en",
    "Subject: question\n\nI would like to know whether you deliver on Saturdays to SE postcodes.\n\nMarta",
    intent="QUESTION",
    tags=["new_customer", "non_order_request"],
)
M(
    c,
    EM,
    "en",
    'Subject: Order 3 - paid on delivery\n\nHello, please send 4 x Bosch Aerotwin 24" and 4 x 18", 2 cases WD-40 and 1 Swarfega Original tub. Card on delivery as before.\n\nMarta',
    lines=[
        L("BOSCH-AEROTWIN", 4, W24),
        L("BOSCH-AEROTWIN", 4, W18),
        L("WD40-450-12", 2),
        L("SWARF-CLASSIC-4L", 1),
    ],
    notes="'4 x 18\"' continues the Aerotwin line.",
    tags=["new_customer"],
)
M(
    c,
    EM,
    "en",
    "Subject: Repeat\n\nSame as our first order again please, paid on delivery.\n\nMarta",
    ref="last",
    notes="A first-time customer: messages are not history, the first order cannot be looked up.",
    tags=["new_customer", "ambiguous_reference"],
)

# =====================================================================================================
# Auto-Serwis Nowak (garage, WhatsApp, Polish)
c = "serwis-nowak"
M(
    c,
    WA,
    "pl",
    "Dzień dobry, proszę 4 filtry W712/95, 2 C27009 i 2 kpl. klocków GDB1550. Dziękuję",
    lines=[L("MANN-W712-95", 4), L("MANN-C27009", 2), L("TRW-GDB1550", 2)],
    tags=["number_in_name"],
)
M(
    c,
    WA,
    "pl",
    "Jak zwykle na środę, plus 1 karton zmywacza do hamulców w sprayu",
    ref="usual",
    mods=[ADD(L("TW-BC-500-12", 1))],
)
M(
    c,
    WA,
    "pl",
    "filtr kabinowy 2939 x 3",
    lines=[F(["MANN-CU2939", "MANN-CUK2939"], 3)],
    notes="2939 is the plain pollen CU or the carbon CUK.",
)
M(
    c,
    WA,
    "pl",
    "Proszę 2 x olej Castrol Edge 5W30 LL 5 litrów i 1 parę tarcz przód do Golfa 7 Brembo",
    lines=[L("CAS-EDGE-5W30", 2, "5L"), L("BREMBO-09B80711", 1)],
    tags=["number_in_name"],
)
M(
    c,
    WA,
    "pl",
    "Przyszły klocki GDB2080 zamiast GDB1550, proszę o wymianę. Auto klienta stoi na podnośniku",
    intent="COMPLAINT",
)
M(c, WA, "pl", "To samo co w zeszłym tygodniu", ref="last")
M(
    c,
    WA,
    "pl",
    "Proszę 2 x 20L olej 5W30 C3 i 2 pudełka rękawic czarnych L",
    lines=[L("TW-5W30-C3", 2, "20L"), L("TW-NIT-BLK", 2, "Large")],
    tags=["number_in_name"],
)
M(
    c,
    WA,
    "pl",
    "dwanaście butelek Magnatec 1L",
    lines=[L("CAS-MAG-5W30-12X1", 1)],
    notes="12 bottles of 1L are one case of 12.",
    tags=["container", "count"],
)

# =====================================================================================================
# Mechanika Kowalski (garage, SMS, Polish without diacritics)
c = "mechanika-kowalski"
M(
    c,
    SMS,
    "pl",
    "olej 10w40 20l x1, swiece zfr6f-11 x 8, plyn do chlodnic zielony koncentrat x2",
    lines=[L("TW-10W40", 1, "20L"), L("NGK-ZFR6F11", 8), L("TW-AF-CONC", 2, "Green")],
    notes="10W-40 in 20L is only the Torquewell; green exists only as concentrate.",
    tags=["family_narrowed", "number_in_name"],
)
M(
    c,
    SMS,
    "pl",
    "dwa kartony rekawic niebieskich L cztery baniaki 5w40 torquewell i trzy filtry W719/30",
    lines=[L("TW-NIT-BLUE", 2, "Large"), L("TW-5W40", 4, None), L("MANN-W719-30", 3)],
    notes="Spoken list; the Torquewell 5W-40 canister size (5L, 20L or 205L) is not given.",
    tags=["spoken"],
)
M(c, SMS, "pl", "plyn hamulcowy x4", lines=[F(["TW-DOT4", "TW-DOT51-500"], 4)])
M(c, SMS, "pl", "olej 0W30 5L x 2", lines=[N(2, "0W-30 engine oil")], notes="No 0W-30 is stocked.")
M(c, SMS, "pl", "Prosze anulowac zamowienie na czwartek, warsztat zamkniety (awaria pradu)", intent="CANCEL")
M(c, SMS, "pl", "jak zwykle", ref="usual")
M(
    c,
    SMS,
    "pl",
    "4 x 5w40 5l torquewell, 8 swiec zfr6f-11",
    lines=[L("TW-5W40", 4, "5L"), L("NGK-ZFR6F11", 8)],
    tags=["number_in_name"],
)

# =====================================================================================================
# Opony Wisła (tyre shop, WhatsApp, Polish)
c = "opony-wisla"
M(
    c,
    WA,
    "pl",
    "Cześć, 6 opon Landsail 205/55 R16 i 4 szt. 175/65 R14, do tego 2 worki wentyli TR413",
    lines=[L("LS-LS388", 6, R205), L("LS-LS388", 4, R175), L("TW-VALVE-TR413", 2)],
    tags=["number_in_name"],
)
M(
    c,
    WA,
    "pl",
    "2 x Michelin Primacy 4 na jutro",
    lines=[L("MICH-PRIMACY4", 2, None)],
    notes="Tyre size not given.",
)
M(
    c,
    WA,
    "pl",
    "śruby do kół M14 x 1,5 - 2 worki",
    lines=[L("TW-WBOLT", 2, "M14x1.5")],
    notes="Decimal comma in the thread.",
    tags=["number_in_name"],
)
M(c, WA, "pl", "Ile kosztuje Primacy 4 205/55 R16? Klient pyta", intent="QUESTION")
M(c, WA, "pl", "Jak w zeszłym tygodniu, tylko bez śrub", ref="last", mods=[REMOVE("TW-WBOLT")])
M(c, WA, "pl", "nakrętki do kół x 3 worki", lines=[L("TW-WNUT", 3, None)], notes="Thread size not given.")
M(
    c,
    WA,
    "pl",
    "4 opony Primacy 4 225/45 R17 i 1 pudełko ciężarków klejonych",
    lines=[L("MICH-PRIMACY4", 4, R225), L("TW-WEIGHTS-60G", 1)],
    tags=["number_in_name"],
)
M(
    c,
    WA,
    "pl",
    "nagranie: dwie opony primacy dwieście pięć pięćdziesiąt pięć szesnaście jeden worek wentyli i dwa pudełka ciężarków",
    lines=[L("MICH-PRIMACY4", 2, R205), L("TW-VALVE-TR413", 1), L("TW-WEIGHTS-60G", 2)],
    notes="Voice note: the size is spoken (205/55 R16), number words start items.",
    tags=["spoken", "voice"],
)

# =====================================================================================================
# Service Auto Ionescu (garage, WhatsApp, Romanian)
c = "service-ionescu"
M(
    c,
    WA,
    "ro",
    "Bună ziua, vă rog 2 bidoane de 20L ulei 5W30 C3 Torquewell și 4 filtre ulei W712/95. Mulțumesc",
    lines=[L("TW-5W30-C3", 2, "20L"), L("MANN-W712-95", 4)],
    tags=["number_in_name"],
)
M(
    c,
    WA,
    "ro",
    "kit distribuție 2.0 TDI x1",
    lines=[F(["GATES-K015578XS", "DAYCO-KTBWP7880"], 1)],
    notes="Two timing kits fit the 2.0 TDI (Gates, Dayco with water pump).",
)
M(
    c,
    WA,
    "ro",
    "Ca de obicei, dar fără plăcuțele Brembo și cu 3 cutii de spray frână în loc de 2",
    ref="usual",
    mods=[REMOVE("BREMBO-P85126"), SETQ(L("TW-BC-500-12", 3))],
)
M(
    c,
    WA,
    "ro",
    "6 spray-uri de curățat frâne",
    lines=[L("TW-BC-500-12", None, why="count")],
    notes="6 cans are half a case of 12: not a whole number.",
    tags=["container"],
)
M(
    c,
    WA,
    "ro",
    "Bidonul de 20L de 5W40 a venit spart, jumătate s-a scurs în dubă. Vă rog să-l înlocuiți",
    intent="COMPLAINT",
)
M(
    c,
    WA,
    "ro",
    "vă rog 1 pereche discuri față Golf 7 și 1 set plăcuțe spate Golf 7",
    lines=[L("BREMBO-09B80711", 1), L("TRW-GDB2080", 1)],
    notes="Front discs and rear pads name one product each.",
)
M(
    c,
    WA,
    "ro",
    "3 filtre motorină WK 820/17 și 2 filtre F 026 407 157",
    lines=[L("MANN-WK820-17", 3), L("BOSCH-F026407157", 2)],
    tags=["number_in_name"],
)
M(
    c,
    WA,
    "ro",
    "24 de spray-uri frână",
    lines=[L("TW-BC-500-12", 2)],
    notes="24 cans are 2 cases of 12.",
    tags=["container", "count"],
)

# =====================================================================================================
# Vulcanizare Mihai (tyre shop, SMS, Romanian without diacritics)
c = "vulcanizare-mihai"
M(
    c,
    SMS,
    "ro",
    "buna, 4 anvelope landsail 195/65 r15 si 4 de 205/55 r16, o punga de valve tr413",
    lines=[L("LS-LS388", 4, R195), L("LS-LS388", 4, R205), L("TW-VALVE-TR413", 1)],
    tags=["number_in_name"],
)
M(
    c,
    SMS,
    "ro",
    "2 cutii greutati adezive si 2 pungi piulite m12x1,25",
    lines=[L("TW-WEIGHTS-60G", 2), L("TW-WNUT", 2, "M12x1.25")],
    tags=["number_in_name"],
)
M(c, SMS, "ro", "ca de obicei pt miercuri", ref="usual")
M(c, SMS, "ro", "anvelope 205/55 r16 x 4", lines=[F(["LS-LS388", "MICH-PRIMACY4"], 4, R205)])
M(c, SMS, "ro", "Am schimbat numarul, noul numar e 07700 900786. Mihai", intent="OTHER")
M(c, SMS, "ro", "4 anvelope 175/65 r14 landsail", lines=[L("LS-LS388", 4, R175)])
M(
    c,
    SMS,
    "ro",
    "mesaj vocal: patru anvelope o suta noua zeci si cinci saizeci si cinci cincisprezece doua pungi de valve si o cutie de greutati",
    lines=[L("LS-LS388", 4, R195), L("TW-VALVE-TR413", 2), L("TW-WEIGHTS-60G", 1)],
    notes="Voice note; 195/65 R15 is only the Landsail LS388.",
    tags=["spoken", "voice", "family_narrowed"],
)
M(
    c,
    SMS,
    "ro",
    "Ati trimis 4 anvelope 195/65 in loc de 205/55, va rog veniti sa le luati",
    intent="COMPLAINT",
)

# =====================================================================================================
# Carpați Auto Service (new garage, WhatsApp, Romanian)
c = "carpati-auto"
M(
    c,
    WA,
    "ro",
    "Bună ziua, suntem un service nou în Romford, prima comandă, plata la livrare: 3 bidoane 5L Torquewell 5W30 C3, 5 filtre W 712/95, 2 cutii mănuși negre L, 1 bax Brake cleaner",
    lines=[L("TW-5W30-C3", 3, "5L"), L("MANN-W712-95", 5), L("TW-NIT-BLK", 2, "Large"), L("TW-BC-500-12", 1)],
    notes="First order paid on delivery. 'bax' is a case.",
    tags=["new_customer", "number_in_name"],
)
M(
    c,
    WA,
    "ro",
    "Vreau să întreb dacă aveți și kituri de ambreiaj LuK pentru Dacia Logan",
    intent="QUESTION",
    tags=["new_customer", "non_order_request"],
)
M(
    c,
    WA,
    "ro",
    "Aș dori 2 baterii 110 și 1 de 063, plata la livrare",
    lines=[F(["VL-110", "YUASA-YBX3110"], 2), L("VL-063", 1)],
    notes="Type 110 is a Voltline and a Yuasa.",
    tags=["new_customer", "non_order_request"],
)
M(
    c,
    WA,
    "ro",
    "Comanda a doua, tot plata la livrare: 2 cutii mănuși negre XL, 2 baxuri WD-40",
    lines=[L("TW-NIT-BLK", 2, "X-Large"), L("WD40-450-12", 2)],
    tags=["new_customer"],
)
M(
    c,
    WA,
    "ro",
    "Ca prima dată, vă rog",
    ref="last",
    notes="First-time customer: the first order is a message, not history.",
    tags=["new_customer", "ambiguous_reference"],
)

# =====================================================================================================
# Sandhu Motors (garage, WhatsApp, Punjabi romanised)
c = "sandhu-motors"
M(
    c,
    WA,
    "pa",
    "Sat sri akal veer ji, 2 drum 5w30 C3 20 litre te 4 W712/95 filter bhej deo ajj",
    lines=[L("TW-5W30-C3", 2, "20L"), L("MANN-W712-95", 4)],
    tags=["number_in_name"],
)
M(
    c,
    WA,
    "pa",
    "veer ji pichle hafte wala order hi bhej deo, par blue roll na paayo",
    ref="last",
    mods=[REMOVE("TW-BLUEROLL-2PLY")],
)
M(c, WA, "pa", "antifreeze 2 blue", lines=[F(["TW-AF-CONC", "TW-AF-RM"], 2, "Blue")])
M(
    c,
    WA,
    "pa",
    "do dabbe dastane kale large char filter C2433/2 te ik battery 096 voltline",
    lines=[L("TW-NIT-BLK", 2, "Large"), L("MANN-C2433-2", 4), L("VL-096", 1)],
    notes="Spoken list without commas ('kale' = black).",
    tags=["spoken", "number_in_name"],
)
M(c, WA, "pa", "veer ji H11 bulb rakhde ho? rate ki aa", intent="QUESTION")
M(
    c,
    WA,
    "pa",
    "2 Yuasa 110 te ik 063 kal savere tak",
    lines=[L("YUASA-YBX3110", 2), L("VL-063", 1)],
    tags=["number_in_name"],
)
M(c, WA, "pa", "ik IBC adblue bhej deo", lines=[L("GC-ADBLUE", 1, "1000L IBC")])
M(
    c,
    WA,
    "pa",
    "clutch kit LuK Astra 1.6 ik bhej deo te 2 x 6 blue roll 2 ply",
    lines=[N(1, "LuK clutch kit"), L("TW-BLUEROLL-2PLY", 2)],
    notes="Clutch kits are not stocked. '2 x 6' is 2 packs of 6.",
    tags=["pack"],
)

# =====================================================================================================
# Gill Tyres (tyre shop, SMS, Punjabi romanised)
c = "gill-tyres"
M(
    c,
    SMS,
    "pa",
    "6 tyre 205 55 16 landsail te 2 michelin primacy 205 55 16 bhejo ji",
    lines=[L("LS-LS388", 6, R205), L("MICH-PRIMACY4", 2, R205)],
    tags=["number_in_name"],
)
M(
    c,
    SMS,
    "pa",
    "hamesha wala order, te 2 bag wheel bolt vi",
    ref="usual",
    mods=[ADD(L("TW-WBOLT", 2, None))],
    notes="The added bolts have no thread size.",
)
M(
    c,
    SMS,
    "pa",
    "40 landsail 225 45 17 bhej deo kal",
    lines=[L("LS-LS388", 40, R225)],
    outlier=True,
    notes="Outlier: 40 against a usual 4, no reason given.",
)
M(
    c,
    SMS,
    "pa",
    "oh 40 wale nu 4 kar deo ji, galti ho gayi",
    intent="CHANGE",
    change=[L("LS-LS388", 4, R225)],
    notes="Corrects the outlier back to 4.",
)
M(c, SMS, "pa", "225/45 R17 x 2", lines=[F(["LS-LS388", "MICH-PRIMACY4"], 2, R225)])
M(
    c,
    SMS,
    "pa",
    "4 primacy 205 55 16 te 1 dabba stick on weights",
    lines=[L("MICH-PRIMACY4", 4, R205), L("TW-WEIGHTS-60G", 1)],
)

# =====================================================================================================
# Rehman Autos (garage, WhatsApp, Urdu romanised)
c = "rehman-autos"
M(
    c,
    WA,
    "ur",
    "Assalam o alaikum bhai, 4 HU7008z aur 2 CU2939 bhej dein, shukriya",
    lines=[L("MANN-HU7008Z", 4), L("MANN-CU2939", 2)],
    tags=["number_in_name"],
)
M(c, WA, "ur", "H7 bulb 1 dabba", lines=[F(["RING-H7-10", "OSR-NBL-H7"], 1)])
M(
    c,
    WA,
    "ur",
    "hamesha wala order bhej dein lekin granules nahi chahiye",
    ref="usual",
    mods=[REMOVE("TW-GRANULES-20L")],
)
M(
    c,
    WA,
    "ur",
    "do dabbe neele dastane XL ek apec pad 1890 aur teen 0w20 paanch litre",
    lines=[L("TW-NIT-BLUE", 2, "X-Large"), L("APEC-PAD1890", 1), L("TW-0W20", 3, "5L")],
    notes="Spoken list; 'pad 1890' is the Apec part number; 0W-20 in 5 litres is only the Torquewell.",
    tags=["spoken", "number_in_name", "family_narrowed"],
)
M(
    c,
    WA,
    "ur",
    "Bhai kal ke order mein 0w20 ka ek 5 litre wala leak kar raha tha, dabba geela tha",
    intent="COMPLAINT",
)
M(c, WA, "ur", "Kya aap Sunday ko bhi khule hote hain?", intent="QUESTION")
M(c, WA, "ur", "2 dabbe 501 aur 2 night breaker H7", lines=[L("RING-501-10", 2), L("OSR-NBL-H7", 2)])
M(
    c,
    WA,
    "ur",
    "AC gas R1234yf ki ek bottle bhi bhej dein aur 2 HU7008z",
    lines=[N(1, "R1234yf air-con gas"), L("MANN-HU7008Z", 2)],
    notes="Air-con gas is not stocked.",
)
M(c, WA, "ur", "Bhai order Friday ki bajaye Thursday ko bhej dein", intent="CHANGE", change=[])

# =====================================================================================================
# Khan MOT & Service Centre (MOT centre, WhatsApp, Urdu romanised)
c = "khan-mot"
M(
    c,
    WA,
    "ur",
    "Bhai 2 dabbe 501, ek dabba 581 aur 4 screenwash ready mix 5 litre",
    lines=[L("RING-501-10", 2), L("RING-581-10", 1), L("TW-SW-RM-5L", 4)],
    tags=["number_in_name"],
)
M(c, WA, "ur", "pichle hafte jaisa order, bas 581 double kar dein", ref="last", mods=[DOUBLE("RING-581-10")])
M(
    c,
    WA,
    "ur",
    "wiper 18 inch 2 aur 14 inch 2",
    lines=[F(["BOSCH-AEROTWIN", "TW-WIPER"], 2, W18), L("TW-WIPER", 2, W14)],
    notes="18 inch comes as Aerotwin and as the conventional blade; 14 inch only as the conventional blade.",
)
M(
    c,
    WA,
    "ur",
    "10 bulb 382",
    lines=[L("RING-382-10", 1)],
    notes="10 bulbs are one box of 10.",
    tags=["count"],
)
M(
    c,
    WA,
    "ur",
    "mujhe MOT ke liye brake fluid tester chahiye, aap rakhte hain?",
    intent="QUESTION",
    notes="Asks whether a tester is stocked.",
    tags=["non_order_request"],
)
M(
    c,
    WA,
    "ur",
    "5 screenwash ready mix 5L, 2 DOT 4 1 litre",
    lines=[L("TW-SW-RM-5L", 5), L("TW-DOT4", 2, "1L")],
    tags=["number_in_name"],
)
M(
    c,
    WA,
    "ur",
    "voice: do dabbe 501 ek dabba 380 char screenwash aur do wiper bees inch",
    lines=[
        L("RING-501-10", 2),
        L("RING-380-10", 1),
        F(["TW-SW-CONC-5L", "TW-SW-RM-5L", "TW-SW-RM-25L"], 4),
        F(["BOSCH-AEROTWIN", "TW-WIPER"], 2, W20),
    ],
    notes="Spoken list; screenwash is concentrate or ready mix (5L or 25L); 20 inch ('bees') comes in two wipers.",
    tags=["spoken", "voice"],
)

# =====================================================================================================
# Azad Car Repairs (garage, WhatsApp, Sorani Kurdish romanised)
c = "azad-repairs"
M(
    c,
    WA,
    "ckb",
    "Slaw kak Hemin, tkaye 3 dane filteri zeyt W712/95 u 1 C27009 bnêre, supas",
    lines=[L("MANN-W712-95", 3), L("MANN-C27009", 1)],
    tags=["number_in_name"],
)
M(
    c,
    WA,
    "ckb",
    "6pk qayish 1 dane",
    lines=[F(["GATES-6PK1070", "GATES-6PK1538"], 1)],
    notes="6PK belt without a length.",
)
M(c, WA, "ckb", "wek heftey pêşû", ref="last")
M(
    c,
    WA,
    "ckb",
    "dengî: du qutû destkêşî reşî XL sê zeytî 5w40 pênc litrî u yek copper ease",
    lines=[
        L("TW-NIT-BLK", 2, "X-Large"),
        F(["TW-5W40", "MOB-3000-5W40-5L"], 3, "5L"),
        L("COMMA-COPPER-500", 1),
    ],
    notes="Voice note; 5W-40 in 5L is the Torquewell or the Mobil Super 3000.",
    tags=["spoken", "voice"],
)
M(c, WA, "ckb", "kak, nirxî Gates K015603XS chenda?", intent="QUESTION")
M(
    c,
    WA,
    "ckb",
    "1 comma copper ease u 2 gates 6pk1070 bnêre",
    lines=[L("COMMA-COPPER-500", 1), L("GATES-6PK1070", 2)],
    tags=["number_in_name"],
)
M(
    c,
    WA,
    "ckb",
    "2 battery 075 heye? eger heye bnêre",
    lines=[N(2, "type 075 battery")],
    review=True,
    notes="Conditional order on a battery type that is not stocked.",
    tags=["conditional"],
)

# =====================================================================================================
# Hawler Tyres & Exhausts (tyre shop, SMS, Sorani Kurdish romanised)
c = "hawler-tyres"
M(
    c,
    SMS,
    "ckb",
    "4 taya landsail 195/65 R15 u 6 taya 205/55 R16 bnêre bo sbeiny",
    lines=[L("LS-LS388", 4, R195), L("LS-LS388", 6, R205)],
    tags=["number_in_name"],
)
M(c, SMS, "ckb", "wek hemîşe", ref="usual")
M(
    c,
    SMS,
    "ckb",
    "2 taya van 215/65/16",
    lines=[L("LS-LSV88-21565R16C", 2)],
    notes="The only 215/65 R16 tyre is the van tyre.",
    tags=["family_narrowed", "number_in_name"],
)
M(c, SMS, "ckb", "kak, orderî sbeiny betall bke, supas", intent="CANCEL")
M(
    c,
    SMS,
    "ckb",
    "4 taya 205/55/16 michelin u 2 bag wheel nuts",
    lines=[L("MICH-PRIMACY4", 4, R205), L("TW-WNUT", 2, None)],
    notes="Wheel nut thread not given.",
)
M(
    c,
    SMS,
    "ckb",
    "8 taya 195/65/15 landsail, 1 bag valve",
    lines=[L("LS-LS388", 8, R195), L("TW-VALVE-TR413", 1)],
)
M(
    c,
    SMS,
    "ckb",
    "2 taya 205/55 R16 ke hatin dizrawn, gorînyan bke",
    intent="COMPLAINT",
    notes="Two delivered tyres are damaged.",
)
M(c, SMS, "ckb", "4 taya 195/55 R16 heye?", intent="QUESTION", notes="Asks about a size that is not stocked.")

# =====================================================================================================
# Vilko autoservisas (garage, WhatsApp, Lithuanian)
c = "vilko-servisas"
M(
    c,
    WA,
    "lt",
    "Sveiki, prašau 3 vnt. W712/95, 1 WK853/3x ir 2 CUK2939. Ačiū",
    lines=[L("MANN-W712-95", 3), L("MANN-WK853-3X", 1), L("MANN-CUK2939", 2)],
    tags=["number_in_name"],
)
M(
    c,
    WA,
    "lt",
    "Kaip visada, plius 1 paskirstymo diržo komplektas Dayco su pompa",
    ref="usual",
    mods=[ADD(L("DAYCO-KTBWP7880", 1))],
)
M(
    c,
    WA,
    "lt",
    "Golf 7 kaladėlės x2 ir salono filtras 2939 x2",
    lines=[F(["TRW-GDB1550", "TRW-GDB2080"], 2), F(["MANN-CU2939", "MANN-CUK2939"], 2)],
    notes="Golf 7 pads: front or rear not given. Cabin filter 2939 is the plain CU or the carbon CUK.",
)
M(c, WA, "lt", "stabdžių skystis DOT 4 1L x 4", lines=[L("TW-DOT4", 4, "1L")], tags=["number_in_name"])
M(c, WA, "lt", "Vakar gavome 5W30 C3 20L, bet etiketė 5W40. Prašau pakeisti", intent="COMPLAINT")
M(c, WA, "lt", "Rytojaus užsakyme vietoj 2 CUK2939 prašau 3", intent="CHANGE", change=[L("MANN-CUK2939", 3)])
M(c, WA, "lt", "Kaip praeitą savaitę", ref="last")
M(
    c,
    WA,
    "lt",
    "2 x Castrol Edge 5W30 LL 5L, 1 x Brembo 08.B413.10",
    lines=[L("CAS-EDGE-5W30", 2, "5L"), L("BREMBO-08B41310", 1)],
    tags=["number_in_name"],
)
M(
    c,
    WA,
    "lt",
    "2 amortizatoriai Golf 7 priekiniai",
    lines=[N(2, "front shock absorbers")],
    notes="Shock absorbers are not stocked.",
)

# =====================================================================================================
# Jono padangos (tyre shop, SMS, Lithuanian)
c = "jono-padangos"
M(
    c,
    SMS,
    "lt",
    "4 padangos landsail 205/55 r16 ir 2 vnt 175/65 r14",
    lines=[L("LS-LS388", 4, R205), L("LS-LS388", 2, R175)],
    tags=["number_in_name"],
)
M(c, SMS, "lt", "padangos 205/55 R16 - 4 vnt", lines=[F(["LS-LS388", "MICH-PRIMACY4"], 4, R205)])
M(
    c,
    SMS,
    "lt",
    "balso žinutė: keturios landsail šimtas devyniasdešimt penki šešiasdešimt penki penkiolika dvi michelin du šimtai penki penkiasdešimt penki šešiolika ir vienas maišelis ventilių",
    lines=[L("LS-LS388", 4, R195), L("MICH-PRIMACY4", 2, R205), L("TW-VALVE-TR413", 1)],
    notes="Voice note with sizes spoken as numbers.",
    tags=["spoken", "voice"],
)
M(c, SMS, "lt", "kaip visada penktadieniui", ref="usual")
M(c, SMS, "lt", "Ačiū, viskas gauta", intent="OTHER")
M(
    c,
    SMS,
    "lt",
    "2 maišeliai varžtų M12x1,5 ir 2 dėžutės svarelių",
    lines=[L("TW-WBOLT", 2, "M12x1.5"), L("TW-WEIGHTS-60G", 2)],
    tags=["number_in_name"],
)
M(c, SMS, "lt", "Atšaukite rytojaus užsakymą, ačiū", intent="CANCEL")

# =====================================================================================================
# Petro garažas (garage, WhatsApp, Lithuanian)
c = "petro-garazas"
M(
    c,
    WA,
    "lt",
    "Labas, 4 kanistrai 10W40 po 5L, 8 žvakės BKR6E ir 2 filtrai W719/30",
    lines=[L("TW-10W40", 4, "5L"), L("NGK-BKR6E", 8), L("MANN-W719-30", 2)],
    notes="10W-40 in 5L is only the Torquewell.",
    tags=["family_narrowed", "number_in_name"],
)
M(c, WA, "lt", "akumuliatorius 110 x1", lines=[F(["VL-110", "YUASA-YBX3110"], 1)])
M(c, WA, "lt", "antifrizas rožinis koncentratas 2 vnt", lines=[L("TW-AF-CONC", 2, "Pink")])
M(c, WA, "lt", "Ar turite AdBlue 1000L IBC? Kokia kaina?", intent="QUESTION")
M(c, WA, "lt", "kaip visada", ref="usual")
M(
    c,
    WA,
    "lt",
    "2 valytuvai Bosch Aerotwin 20 colių ir 1 H282",
    lines=[L("BOSCH-AEROTWIN", 2, W20), L("BOSCH-H282", 1)],
    tags=["number_in_name"],
)
M(
    c,
    WA,
    "lt",
    "DPF valiklis 2 vnt ir 4 žvakės BKR6E",
    lines=[N(2, "DPF cleaner"), L("NGK-BKR6E", 4)],
    notes="DPF cleaner is not stocked.",
)

# =====================================================================================================
# Later in the week (appended per customer; dates follow the order within each customer)
M(
    "bridge-street-garage",
    SMS,
    "en",
    "3 x 10w-40 4 litre pls",
    lines=[L("CAS-MAG-10W40-4L", 3)],
    notes="10W-40 in 4 litres is only the Castrol Magnatec.",
    tags=["family_narrowed", "number_in_name"],
)
M(
    "norris-logistics",
    EM,
    "en",
    "Subject: Yard shunter oil\n\nPlease add 2 x 20L 15W-40 heavy duty diesel oil for the yard shunter to this week's delivery, PO NL-44902.\n\nAlan",
    lines=[L("TW-15W40-20L", 2)],
    tags=["number_in_name"],
)
M(
    "azad-repairs",
    WA,
    "ckb",
    "4 şûşe gear oil 75w90 GL-4 bnêre bo sbeiny",
    lines=[L("TW-GEAR-75W90-1L", 4)],
    notes="The gear oil is sold by the 1L bottle.",
    tags=["number_in_name"],
)
M(
    "petro-garazas",
    WA,
    "lt",
    "2 vnt universalaus antifrizo koncentrato 5L (all makes) ir 1 maišas absorbento",
    lines=[L("TW-AF-UNI-5L", 2), L("TW-GRANULES-20L", 1)],
    tags=["number_in_name"],
)
M(
    "fenwick-mobile",
    SMS,
    "en",
    "2 antifreeze concentrate and ngk plugs x 8",
    lines=[F(["TW-AF-CONC", "TW-AF-UNI-5L"], 2), F(["NGK-BKR6E", "NGK-ZFR6F11", "NGK-ILKAR7B11"], 8)],
    notes="Two concentrates (the OAT one in four colours, the universal); NGK makes three of the plugs.",
)
M("service-ionescu", WA, "ro", "2 seturi plăcuțe față Corsa E Brembo, vă rog", lines=[L("BREMBO-P85126", 2)])
M(
    "khan-mot",
    WA,
    "ur",
    "H1 ka ek dabba aur 2 dabbe 380 bhej dein",
    lines=[L("RING-H1-10", 1), L("RING-380-10", 2)],
    tags=["number_in_name"],
)
M(
    "cityline-cabs",
    EM,
    "en",
    "Subject: battery\n\n1 x Voltline 019 EFB for the stop-start Octavia (job CL-2240), please.\n\nPriya",
    lines=[L("VL-019-EFB", 1)],
    tags=["job_number", "number_in_name"],
)
M(
    "okafor-mobile",
    SMS,
    "en",
    "4 x ILKAR7B11 for a 1.0 ecoboost, ill collect 3pm",
    lines=[L("NGK-ILKAR7B11", 4)],
    notes="1.0 and 3pm are not quantities.",
    tags=["number_in_name"],
)
M(
    "sandhu-motors",
    WA,
    "pa",
    "Gates K015603XS ik te 2 6pk1070 vi bhej deo ji",
    lines=[L("GATES-K015603XS", 1), L("GATES-6PK1070", 2)],
    tags=["number_in_name"],
)
M(
    "parkside-repairs",
    EM,
    "en",
    "Subject: brake cleaner\n\n2 x 5 litre brake cleaner for the pump sprayers, please.\n\nSophie",
    lines=[L("TW-BC-5L", 2)],
    notes="5 litre names the bulk brake cleaner.",
    tags=["family_narrowed"],
)
M(
    "vulcanizare-mihai",
    SMS,
    "ro",
    "2 baxuri gunk spuma pt motoare",
    lines=[L("GUNK-FOAMY-6", 2)],
    notes="'bax' is a case.",
)
M(
    "hillside-motors",
    WA,
    "en",
    "degreaser x2 for the floor",
    lines=[F(["GUNK-FOAMY-6", "TW-CITRUS-DEG"], 2)],
    notes="Degreaser is the Gunk aerosol case or the citrus workshop degreaser.",
)
