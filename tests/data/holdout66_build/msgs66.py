# ruff: noqa  (hand-written data generator of blind set 66, kept as its writer left it)
"""Hand-written messages of the sixty-sixth blind set and their plain labels.

Every label here was fixed by hand before anything was run. build66.py only adds the standard note phrases,
the derived tags, dates, ids and the history fields (by the rules in readme66.md).

L(sku, quantity, ...) is one expected order line:
  var=      the variant name (required on products with variants; None = the text does not say which)
  opts=     variant names the text still allows when var is None (default: all); history fills the variant
            only when the customer bought exactly one of them
  nofill=   True when the text names a size or colour that does not exist: never filled from history
  cand=     candidate skus of a family line (sku None); cv= the candidate_variant the text names
  q=        why a quantity is None: "count" (not a whole number of selling units), "none" (not stated),
            "range"
  mode=     in a reference row: "add" (added to the basket line) or "set" (replaces the basket quantity)
M(customer, text, ...) is one message. ref=dict(kind="usual"|"last", remove=[(sku, var)], double=[(sku, var)]).
block= a review reason that history cannot remove ("credit", "conditional").
"""

NV = object()  # "no variant": the product has none


class L:
    def __init__(self, sku, qty, var=NV, opts=None, nofill=False, cand=None, cv=None, q=None, mode="add"):
        self.sku, self.qty, self.var, self.opts, self.nofill = sku, qty, var, opts, nofill
        self.cand, self.cv, self.q, self.mode = cand, cv, q, mode


class M:
    def __init__(
        self,
        cust,
        text,
        intent="ORDER",
        lines=(),
        notes="",
        tags=(),
        ch=None,
        ref=None,
        block=None,
        outlier=False,
        change_lines=None,
    ):
        self.cust, self.text, self.intent, self.lines = cust, text, intent, list(lines)
        self.notes, self.tags, self.ch, self.ref = notes, list(tags), ch, ref
        self.block, self.outlier, self.change_lines = block, outlier, change_lines


T25 = ["2.5mm 100m", "2.5mm 50m"]
PB_ALL = ["PB125", "PB95", "PB-MR", "PB-FIRE"]
BOOTS = ["BOOT-S3", "BOOT-RIG"]

MESSAGES = [
    # =========================================================== kd-plumbing (English, WhatsApp, steady)
    M(
        "kd-plumbing",
        "morning, 10 x 15mm copper, 4 x 22mm and 3 bags 15mm end feed elbows pls. collecting 7.30",
        lines=[L("CU-TUBE-3M", 10, "15mm"), L("CU-TUBE-3M", 4, "22mm"), L("EF-ELBOW", 3, "15mm")],
        notes="'4 x 22mm' is 22mm copper from the line before; 7.30 is a collection time",
    ),
    M(
        "kd-plumbing",
        "need 2 bags elbows 15 and 6 iso valves for a job in Acomb, ta",
        lines=[L("EF-ELBOW", 2, "15mm"), L(None, 6, cand=["ISO-15-CHR", "ISO-15-BRS"])],
        notes="'bags' narrows elbows to the end feed elbows, the only elbows sold by the bag; iso valves come in "
        "chrome and brass",
        tags=["unit_word"],
    ),
    M(
        "kd-plumbing",
        "usual for thurs pls kev + 2 mapp",
        lines=[L("MAPP", 2)],
        ref=dict(kind="usual"),
        notes="the usual plus 2 MAP gas cylinders",
    ),
    M(
        "kd-plumbing",
        "send 50 lengths of 22mm copper asap",
        lines=[L("CU-TUBE-3M", 50, "22mm")],
        outlier=True,
        notes="50 lengths with no reason given, against 4 a week: an outlier for anyone who knows the customer",
    ),
    M(
        "kd-plumbing",
        "scrap that 50 x 22mm, wrong job sheet sorry mate",
        intent="CANCEL",
        notes="cancels the 50 lengths of 22mm",
    ),
    M(
        "kd-plumbing",
        "u got 35mm copper or is that special order?",
        intent="QUESTION",
        notes="35mm copper is not stocked (15, 22 and 28mm are)",
    ),
    M(
        "kd-plumbing",
        "[voice note] two bags of fifteen mil end feed tees a tub of flux and ten lengths of fifteen copper",
        lines=[L("EF-TEE-15", 2), L("FLUX", 1), L("CU-TUBE-3M", 10, "15mm")],
        tags=["spoken", "voice"],
        notes="spoken list without commas; 'fifteen mil' is 15mm",
    ),
    M(
        "kd-plumbing",
        "can u put 20 x 15mm olives and 5 rolls of ptfe in with the copper",
        lines=[L("OLIVE-15", None, q="count"), L("PTFE", None, q="count")],
        tags=["count", "non_order_request"],
        notes="olives come in bags of 50 and PTFE in packs of 10 rolls: 20 olives and 5 rolls are no whole "
        "number of selling units",
    ),
    M(
        "kd-plumbing",
        "that bag of 22 end feed elbows was full of 15s, got 2 bags wrong on fridays drop",
        intent="COMPLAINT",
    ),
    M(
        "kd-plumbing",
        "can I get 4 lengths of 28mm, 2 bags 22mm end feed elbows and a reel of solder, will collect 12ish",
        lines=[L("CU-TUBE-3M", 4, "28mm"), L("EF-ELBOW", 2, "22mm"), L("SOLDER", 1)],
        tags=["non_order_request"],
        notes="'4 lengths of 28mm' is 28mm copper; 12ish is a time",
    ),
    M(
        "kd-plumbing",
        "8 x chrome iso valves, 4 washing machine valves and 3 bags 15mm clips pls",
        lines=[L("ISO-15-CHR", 8), L("WM-VALVE", 4), L("CLIP-PIPE-15", 3)],
        notes="'15mm clips' from a plumber are the 15mm pipe clips (cable clips are 1.5 and 2.5)",
    ),
    # =========================================================== brightspark-elec (English, WhatsApp, regular)
    M(
        "brightspark-elec",
        "2 drums 2.5 t&e 100m, 10 white doubles, 6 white 1 gang switches, 10 single metal back boxes",
        lines=[
            L("TE-CABLE", 2, "2.5mm 100m"),
            L("DSO", 10, "White"),
            L("SW1G", 6, "White"),
            L("BB-M-1G", 10),
        ],
        notes="'white doubles' are double switched sockets",
    ),
    M(
        "brightspark-elec",
        "3 drums of 2.5 twin and earth and a box of 3 way wagos",
        lines=[L("TE-CABLE", 3, None, opts=T25), L("WAGO-3", 1)],
        notes="2.5mm twin and earth comes as a 100m and a 50m drum: the drum is not stated",
    ),
    M(
        "brightspark-elec",
        "100 wagos 3 way, no wait make it 150, + 200 2.5 clips",
        lines=[L("WAGO-3", 3), L("CLIP-C-2.5", 2)],
        tags=["count", "self_correction"],
        notes="150 three-way wagos are 3 boxes of 50 after the correction; 200 clips are 2 boxes of 100",
    ),
    M(
        "brightspark-elec",
        "b32 mcb x2 and 4 rcbos pls",
        lines=[L("MCB-B32", 2), L(None, 4, cand=["RCBO-B16", "RCBO-B32"])],
        notes="RCBOs come as B16 and B32",
    ),
    M(
        "brightspark-elec",
        "same as last week pls dean",
        ref=dict(kind="last"),
        notes="repeat of the last order",
    ),
    M(
        "brightspark-elec",
        "can I get a price on a 10 way dual rcd board? not ordering yet, customer still deciding",
        intent="QUESTION",
        tags=["non_order_request"],
        notes="a price request, not an order",
    ),
    M(
        "brightspark-elec",
        "6 grey double sockets and 6 grey 1 gang switches",
        lines=[L("DSO", 6, None, nofill=True), L("SW1G", 6, None, nofill=True)],
        notes="grey is no finish of either product (white, brushed chrome, black nickel): a human asks",
    ),
    M(
        "brightspark-elec",
        "ten white doubles four white singles two boxes two and a half clips and a roll of 6mm earth",
        lines=[L("DSO", 10, "White"), L("SSO", 4, "White"), L("CLIP-C-2.5", 2), L("EARTH-6", 1)],
        tags=["spoken"],
        notes="spoken list without commas; 'two and a half clips' are the 2.5mm cable clips",
    ),
    M("brightspark-elec", "cheers for sorting the drop yesterday 👍", intent="OTHER", tags=["emoji"]),
    M(
        "brightspark-elec",
        "pls send 4 b6 and 4 b32 mcbs, 2 fused spurs and a 50m roll of 6mm earth",
        lines=[L("MCB-B6", 4), L("MCB-B32", 4), L("FCU", 2), L("EARTH-6", 1)],
        notes="50m is the length of the earth cable roll",
    ),
    M(
        "brightspark-elec",
        "10 x 2 gang metal back boxes, 1 box 1.5 cable clips, 2 packs 300 ties and a coil of 1.5 flex",
        lines=[L("BB-M-2G", 10), L("CLIP-C-1.5", 1), L("TIES-300", 2), L("FLEX-15", 1)],
        tags=["number_in_name"],
        notes="'2 gang', '1.5' and '300' are sizes, not quantities",
    ),
    # =========================================================== hallam-builders (English, email, steady)
    M(
        "hallam-builders",
        "Subject: Order - 14 Meadow Lane\n\nHi,\n\nPlease deliver to 14 Meadow Lane on Wednesday "
        "before 8am:\n\n30 x 12.5mm plasterboard 2400 x 1200\n10 bags multi finish\n4 bags "
        "bonding\n2 boxes 3.5 x 32 drywall screws\n\nPO HB-3381\n\nThanks\nRob Hallam\nHallam & "
        "Sons Builders\n07700 900683",
        lines=[L("PB125", 30, "2400 x 1200"), L("MULTI", 10), L("BONDING", 4), L("DW-32", 2)],
        tags=["signature", "number_in_name"],
        notes="14 is a street number, 8am a time, HB-3381 a PO; 12.5mm, 2400 x 1200 and 3.5 x 32 are sizes",
    ),
    M(
        "hallam-builders",
        "Subject: Fulford job\n\nRob here. Could you send 20 sheets of plasterboard, 6 cans of "
        "expanding foam and a bulk bag of sand to the Fulford job tomorrow?\n\nThanks",
        lines=[
            L(None, 20, cand=PB_ALL),
            L(None, 6, cand=["FOAM-GUN", "FOAM-HAND"]),
            L(None, 1, cand=["BULK-BUILD", "BULK-SHARP"]),
        ],
        tags=["non_order_request"],
        notes="plasterboard with no thickness or type; expanding foam is gun grade or hand held (fire rated "
        "carries its word); a bulk bag of sand is building or sharp sand",
    ),
    M(
        "hallam-builders",
        "Subject: Usual\n\nUsual order for Friday please, but 40 sheets of 12.5 2400 x 1200 "
        "instead of 30 and no cement this week.\n\nRob",
        lines=[L("PB125", 40, "2400 x 1200", mode="set")],
        ref=dict(kind="usual", remove=[("CEMENT", None)]),
        notes="the usual with 40 boards instead of 30 and without the cement",
    ),
    M(
        "hallam-builders",
        "Subject: Add to tomorrow\n\nPlease add 2 boxes of 5 x 70 screws and 1 box of 4 x 40 to "
        "tomorrow's delivery.\n\nRob",
        lines=[L("MP-SCREW", 2, "5.0 x 70mm (box of 100)"), L("MP-SCREW", 1, "4.0 x 40mm (box of 200)")],
        notes="an addition to a placed order is an ORDER; 5 x 70 and 4 x 40 are screw sizes",
    ),
    M(
        "hallam-builders",
        "Subject: Wednesday delivery\n\nCan we move Wednesday's delivery to Thursday morning? "
        "Site isn't open until then.\n\nRob",
        intent="CHANGE",
        change_lines=[],
        notes="a day move: no line changes",
    ),
    M(
        "hallam-builders",
        "Subject: Price - 15mm board\n\nCould you send me a price for 60 sheets of 15mm "
        "plasterboard? Not ordering yet, just pricing a job for September.\n\nRob Hallam",
        intent="QUESTION",
        tags=["non_order_request"],
        notes="a quote request; 15mm plasterboard is not stocked",
    ),
    M(
        "hallam-builders",
        "Subject: Boots\n\nAlso need 2 pairs of safety boots size 10 and one pair size 8 for the "
        "new lads, please add to Friday.\n\nRob",
        lines=[L(None, 2, cand=BOOTS, cv="UK 10"), L(None, 1, cand=BOOTS, cv="UK 8")],
        notes="safety boots are the black S3 boots or the tan rigger boots, both in sizes 8 and 10",
    ),
    M(
        "hallam-builders",
        "Subject: Short delivery PO HB-3376\n\nOnly 24 of the 30 boards came on Monday and 3 of "
        "those had snapped corners. Please credit or send the rest.\n\nRob",
        intent="COMPLAINT",
    ),
    M(
        "hallam-builders",
        "Subject: PPE\n\n24 pairs of large coated gloves and 2 boxes of FFP3 masks please.\n\nRob",
        lines=[L("GLV-COAT", 2, "Large (9)"), L("FFP3", 2)],
        tags=["count"],
        notes="coated gloves come in packs of 12 pairs: 24 pairs are 2 packs",
    ),
    M(
        "hallam-builders",
        "Subject: Hartley Road\n\nPlease send on Thursday: 1 bulk bag sharp sand, 1 bulk bag "
        "ballast, 15 bags of cement, 2 tubs of decking screws and 4 tubes of black roof and "
        "gutter sealant.\n\nThanks\nRob",
        lines=[
            L("BULK-SHARP", 1),
            L("BULK-BALLAST", 1),
            L("CEMENT", 15),
            L("DECK-SCR", 2),
            L("ROOF-SEAL", 4),
        ],
        notes="the roof and gutter sealant is sold by the tube",
    ),
    M(
        "hallam-builders",
        "Subject: Friday add-on\n\nRob here - please put 6 x 100mm PIR boards and 3 sheets of "
        "18mm ply on the Friday load.\n\nCheers",
        lines=[L("PIR-100", 6), L("PLY-18", 3)],
    ),
    # =========================================================== northside-maint (English, email, regular)
    M(
        "northside-maint",
        "Subject: Weekly order\n\nHi team, order for this week please:\n- 12 x white sanitary "
        "silicone\n- 6 x CT1 white\n- 6 x tap connectors\n- 4 bottle traps\n- 4 boxes red "
        "plugs\n\nThanks, Jo",
        lines=[
            L("SAN-SIL", 12, "White"),
            L("CT1", 6, "White"),
            L("TAP-CONN", 6),
            L("TRAP-BOTTLE-40", 4),
            L("PLUG-RED", 4),
        ],
    ),
    M(
        "northside-maint",
        "Subject: top up\n\nJo here - can you send 10 white silicone, 6 boxes of wall plugs and 2 "
        "packs of GU10s. Thanks",
        lines=[
            L(None, 10, cand=["SAN-SIL", "BLD-SIL"], cv="White"),
            L(None, 6, cand=["PLUG-RED", "PLUG-BRN", "PLUG-YEL"]),
            L("GU10", 2),
        ],
        tags=["non_order_request"],
        notes="white silicone is sanitary or builders silicone; wall plugs come red, brown and yellow",
    ),
    M(
        "northside-maint",
        "Subject: Repeat\n\nSame as last week please, plus 4 smoke alarms.\n\nJo Pritchard\n"
        "Northside Property Maintenance",
        lines=[L("SMOKE-MAINS", 4)],
        ref=dict(kind="last"),
        tags=["signature"],
        notes="last week's order plus 4 mains smoke alarms",
    ),
    M(
        "northside-maint",
        "Subject: Flat 4B\n\nI'd like to order 3 fused spurs and 2 washing machine valves for flat "
        "4B, delivered to the office.\n\nJo",
        lines=[L("FCU", 3), L("WM-VALVE", 2)],
        tags=["non_order_request"],
        notes="4B is a flat",
    ),
    M(
        "northside-maint",
        "Subject: Statements\n\nI would like to know if you send account statements monthly or "
        "only when asked.\n\nJo",
        intent="QUESTION",
        tags=["non_order_request"],
    ),
    M(
        "northside-maint",
        "Subject: Accounts contact\n\nI'd like to add our new accounts address, "
        "accounts@northsidepm.example, to your invoice emails from 1 August.\n\nJo",
        intent="OTHER",
        tags=["non_order_request"],
        notes="a contact change, not an order",
    ),
    M(
        "northside-maint",
        "Subject: Caulk\n\n3 tubes of decorators caulk and a box of 4x40s please.\n\nJo",
        lines=[L("CAULK", None, q="count"), L("MP-SCREW", 1, "4.0 x 40mm (box of 200)")],
        tags=["container"],
        notes="caulk is sold by the box of 25 tubes: 3 tubes is no whole number of boxes, and 3 boxes would be a "
        "guess",
    ),
    M(
        "northside-maint",
        "Subject: Wrong CT1\n\nThe 6 CT1 we got on Tuesday were clear, not white. Can the driver "
        "swap them on the next drop?\n\nJo",
        intent="COMPLAINT",
    ),
    M(
        "northside-maint",
        "Subject: Bathroom job\n\nNeed 2 tubs of tile adhesive, a bag of grout and 4 clear CT1 please.\n\nJo",
        lines=[L(None, 2), L(None, 1), L("CT1", 4, "Clear")],
        notes="tile adhesive and grout are not in catalog",
    ),
    M(
        "northside-maint",
        "Subject: Office stock\n\nCould we have 3 mains smoke alarms, 2 boxes of brown plugs and "
        "two packs of GU10 lamps at the office on Thursday?\n\nJo",
        lines=[L("SMOKE-MAINS", 3), L("PLUG-BRN", 2), L("GU10", 2)],
        tags=["non_order_request"],
    ),
    # =========================================================== tidy-drylining (English, SMS, regular)
    M(
        "tidy-drylining",
        "40 12.5 full sheets 10 mr boards 4 box 32mm drywall 6 scrim. gary",
        lines=[L("PB125", 40, "2400 x 1200"), L("PB-MR", 10), L("DW-32", 4), L("SCRIM", 6)],
        tags=["spoken"],
        notes="list without commas; 'full sheets' of 12.5 are the 2400 x 1200 boards",
    ),
    M(
        "tidy-drylining",
        "6 boxes drywall screws and 30 cls 3m",
        lines=[L(None, 6, cand=["DW-32", "DW-42"]), L(None, 30, cand=["CLS-63", "CLS-89"], cv="3.0m")],
        notes="drywall screws come 32mm and 42mm; 3m CLS is the 38 x 63 or the 38 x 89",
    ),
    M(
        "tidy-drylining",
        "20 small sheets 12.5, 4 fire foam and 2 boxes plasterboard fixings",
        lines=[L("PB125", 20, "1800 x 900"), L("FOAM-FIRE", 4), L("PB-FIX", 2)],
        notes="'small sheets' of 12.5 are the 1800 x 900 boards",
    ),
    M("tidy-drylining", "usual for mon thx", ref=dict(kind="usual")),
    M(
        "tidy-drylining",
        "half box of 42mm drywall screws",
        lines=[L("DW-42", 0.5)],
        tags=["fraction"],
        notes="half a box is a fraction of the selling unit: a human must confirm",
    ),
    M("tidy-drylining", "cancel tomorrows boards mate job pulled", intent="CANCEL"),
    M("tidy-drylining", "what time does the yard open sat?", intent="QUESTION"),
    M(
        "tidy-drylining",
        "40 plasterbord 12.5 2400 an 3 boxs 32 drywal",
        lines=[L("PB125", 40, "2400 x 1200"), L("DW-32", 3)],
        tags=["typo"],
        notes="typos; 2400 is the 2400 x 1200 board",
    ),
    M(
        "tidy-drylining",
        "2 x 1000 32mm drywall and 10 moisture boards for tmrw am",
        lines=[L("DW-32", 2), L("PB-MR", 10)],
        tags=["pack"],
        notes="'2 x 1000' is two boxes of 1000 screws",
    ),
    # =========================================================== priory-heating (English, SMS, steady)
    M(
        "priory-heating",
        "1 coil 15mm pex, 10 x 15mm push fit elbows, 6 trvs + 6 lockshields",
        lines=[
            L("PEX-COIL", 1, "15mm x 50m"),
            L("PF-ELBOW", 10, "15mm"),
            L("TRV-15", 6),
            L("LOCKSHIELD-15", 6),
        ],
    ),
    M(
        "priory-heating",
        "2 thermaguard, 6 trvs and 10-12 lagging 15",
        lines=[L(None, 2, cand=["THG-INHIB", "THG-CLEAN"]), L("TRV-15", 6), L("LAG-15", None, q="range")],
        tags=["range"],
        notes="thermaguard is the inhibitor or the cleaner; '10-12' is a range",
    ),
    M(
        "priory-heating",
        "pex 15 x 2 coils, inserts 15 x 3 packs, lagging 22 x 10",
        lines=[L("PEX-COIL", 2, "15mm x 50m"), L("PIPE-INSERT-15", 3), L("LAG-22", 10)],
    ),
    M("priory-heating", "same again as last wk sunil", ref=dict(kind="last")),
    M(
        "priory-heating",
        "20 inserts 15mm and 12 trvs",
        lines=[L("PIPE-INSERT-15", 2), L("TRV-15", 12)],
        tags=["count"],
        notes="inserts come in packs of 10: 20 inserts are 2 packs",
    ),
    M(
        "priory-heating",
        "do u stock 8mm microbore or just 10?",
        intent="QUESTION",
        notes="8mm microbore is not stocked",
    ),
    M("priory-heating", "2 of the trvs from fri weep at the body, need swapping", intent="COMPLAINT"),
    M(
        "priory-heating",
        "need a 600x1000 double rad and 4 trvs",
        lines=[L(None, 1), L("TRV-15", 4)],
        notes="radiators are not in catalog; 600x1000 is the radiator size",
    ),
    M(
        "priory-heating",
        "10 x 15mm pex 3m lengths, 2 inhibitor, 2 cleaner and 1 coil of 10mm microbore",
        lines=[L("PEX-LEN-15", 10), L("THG-INHIB", 2), L("THG-CLEAN", 2), L("CU-MICRO-10", 1)],
    ),
    # =========================================================== voltline-contracts (English, email, regular)
    M(
        "voltline-contracts",
        "Subject: PO VL-20771\n\nHello,\n\nPlease supply for delivery to site (Unit 3, Calder "
        "Park) on Tuesday:\n\n1. 4 x T&E 1.5mm 100m\n2. 4 x T&E 2.5mm 100m\n3. 40 x fire rated "
        "downlights white bezel\n4. 10 x 5ft LED battens\n5. 6 x mains smoke alarms\n\nKind "
        "regards,\nPriya Shah\nPurchasing, Voltline Electrical Contractors Ltd\n020 7946 0661",
        lines=[
            L("TE-CABLE", 4, "1.5mm 100m"),
            L("TE-CABLE", 4, "2.5mm 100m"),
            L("DL-WH", 40),
            L("BATTEN-5FT", 10),
            L("SMOKE-MAINS", 6),
        ],
        tags=["signature", "number_in_name"],
        notes="list numbering, Unit 3 and the PO are not quantities; 1.5mm, 2.5mm, 100m and 5ft are sizes",
    ),
    M(
        "voltline-contracts",
        "Subject: PO VL-20779\n\nPlease add to Tuesday's delivery: 60 downlights, 4 boxes of "
        "wagos and 6 RCBOs.\n\nPriya",
        lines=[
            L(None, 60, cand=["DL-WH", "DL-CH"]),
            L(None, 4, cand=["WAGO-3", "WAGO-5"]),
            L(None, 6, cand=["RCBO-B16", "RCBO-B32"]),
        ],
        notes="downlights come with a white or chrome bezel, wagos 3-way or 5-way, RCBOs B16 or B32",
    ),
    M(
        "voltline-contracts",
        "Subject: Repeat order\n\nPlease repeat last week's order but with 6 x 2.5mm 100m drums "
        "instead of 4 and without the conduit.\n\nThanks, Priya",
        lines=[L("TE-CABLE", 6, "2.5mm 100m", mode="set")],
        ref=dict(kind="last", remove=[("CONDUIT-20", None)]),
    ),
    M(
        "voltline-contracts",
        "Subject: Lead time - 10mm T&E\n\nCould you confirm the lead time on 25 x 10mm T&E 50m "
        "drums? We are pricing a job and not ordering yet.\n\nPriya Shah",
        intent="QUESTION",
        tags=["non_order_request"],
    ),
    M(
        "voltline-contracts",
        "Subject: Out of office\n\nI am out of the office until 14 August with limited access "
        "to email. For urgent orders please contact ops@voltline.example.",
        intent="OTHER",
        notes="an auto-reply",
    ),
    M(
        "voltline-contracts",
        "Subject: PO VL-20790\n\nPlease send 2 x consumer units 10 way and 8 x B16 RCBOs on our "
        "60-day terms as agreed with Steve.\n\nPriya",
        lines=[L("CU-10W", 2), L("RCBO-B16", 8)],
        block="credit",
        tags=["credit"],
        notes="an order on 60-day terms agreed with someone else: a human confirms the account",
    ),
    M(
        "voltline-contracts",
        "Subject: PO VL-20795\n\n150 3-way wagos and 50 5-way wagos please, plus 4 heat alarms.",
        lines=[L("WAGO-3", 3), L("WAGO-5", 2), L("HEAT-MAINS", 4)],
        tags=["count"],
        notes="3-way wagos come in boxes of 50 and 5-way in boxes of 25: 3 and 2 boxes",
    ),
    M(
        "voltline-contracts",
        "Subject: Invoice INV-88412\n\nWe have been invoiced for 6 drums of 2.5mm but only 4 "
        "were delivered on PO VL-20771. Please issue a credit note.",
        intent="COMPLAINT",
    ),
    M(
        "voltline-contracts",
        "Subject: PO VL-20802\n\n2 drums of 6mm twin & earth and 20 lengths of 25x16 trunking please.",
        lines=[L("TE-CABLE", 2, "6.0mm 50m"), L("TRUNK-25", 20)],
        tags=["number_in_name"],
        notes="6mm twin and earth comes only as the 50m drum",
    ),
    M(
        "voltline-contracts",
        "Subject: Fwd: materials for Calder Park\n\nPlease supply the below on PO "
        "VL-20811.\n\nPriya\n\n---------- Forwarded message ---------\nFrom: Craig (site)\n\n"
        "Priya can you get these ordered: 20 x 16x16 mini trunking, 20 lengths 20mm conduit, 5 "
        "packs insulation tape, 6 metal clad doubles for the plant room. Cheers",
        lines=[L("TRUNK-16", 20), L("CONDUIT-20", 20), L("TAPE-PVC", 5), L("MC-DSO", 6)],
        tags=["forwarded"],
        notes="the order is in the forwarded part",
    ),
    M(
        "voltline-contracts",
        "Subject: PO VL-20816\n\nPlease deliver 2 x 10mm T&E 50m, 2 x 10mm earth cable 50m and "
        "6 x B32 RCBOs to Calder Park on Thursday.",
        lines=[L("TE-CABLE", 2, "10mm 50m"), L("EARTH-10", 2), L("RCBO-B32", 6)],
        tags=["number_in_name"],
    ),
    # =========================================================== oakfield-lofts (English, WhatsApp, steady)
    M(
        "oakfield-lofts",
        "Loft job Monday: 20 x 47x100 4.8, 10 sheets 18mm OSB, 8 x 100mm PIR, 2 boxes 5x100 screws",
        lines=[
            L("TREATED-100", 20, "4.8m"),
            L("OSB-18", 10),
            L("PIR-100", 8),
            L("MP-SCREW", 2, "5.0 x 100mm (box of 100)"),
        ],
        tags=["number_in_name"],
        notes="47x100, 4.8, 18mm, 100mm and 5x100 are sizes",
    ),
    M(
        "oakfield-lofts",
        "12 osb + 6 pir + 5kg 100mm round wire",
        lines=[
            L(None, 12, cand=["OSB-11", "OSB-18"]),
            L(None, 6, cand=["PIR-50", "PIR-100"]),
            L("NAIL-RW-100", 5),
        ],
        notes="OSB comes 11mm and 18mm, PIR 50mm and 100mm; nails are sold by the kg",
    ),
    M(
        "oakfield-lofts",
        "Usual for Wednesday Martin, double the PIR",
        ref=dict(kind="usual", double=[("PIR-100", None)]),
    ),
    M(
        "oakfield-lofts",
        "20 lengths 47x100 treated and a 5L pva",
        lines=[L("TREATED-100", 20, None), L("PVA-5L", 1)],
        notes="47x100 comes in 3.0, 3.6 and 4.8m",
    ),
    M(
        "oakfield-lofts",
        "2 pairs rigger boots size 9 and 1 size 11",
        lines=[L("BOOT-RIG", 2, "UK 9"), L("BOOT-RIG", 1, "UK 11")],
    ),
    M(
        "oakfield-lofts",
        "10 kilo 100mm round wire and 3 kilo clouts",
        lines=[L("NAIL-RW-100", 10), L("NAIL-CLOUT-40", 3)],
        tags=["weight"],
        notes="nails are sold by the kg",
    ),
    M(
        "oakfield-lofts",
        "👍 send 4 gun foam + 2 foam guns, lads keep breaking them 🙄",
        lines=[L("FOAM-GUN", 4), L("FOAM-APP", 2)],
        tags=["emoji"],
        notes="'gun foam' is the gun grade foam, 'foam guns' the applicator guns",
    ),
    M(
        "oakfield-lofts",
        "Martin here. 20 sheets 12.5 full size, 2 boxes 5x100s, a box of ffp3 and a box of 10x100 "
        "frame fixings for the loft in Heworth",
        lines=[
            L("PB125", 20, "2400 x 1200"),
            L("MP-SCREW", 2, "5.0 x 100mm (box of 100)"),
            L("FFP3", 1),
            L("FRAME-FIX", 1),
        ],
        notes="'full size' 12.5 is the 2400 x 1200 board",
    ),
    # =========================================================== renovo-projects (English, email, irregular)
    M(
        "renovo-projects",
        "Subject: Kitchen refit - 22 Station Road\n\nHi,\n\nFor Thursday please:\n6 x 15mm copper\n"
        "1 bag 15mm end feed elbows\n2 x chrome isolating valves\n1 washing machine valve\n2 x "
        "white double sockets\n1 fused spur\n\nThanks\nHannah Price\nRenovo Projects\n07700 900684",
        lines=[
            L("CU-TUBE-3M", 6, "15mm"),
            L("EF-ELBOW", 1, "15mm"),
            L("ISO-15-CHR", 2),
            L("WM-VALVE", 1),
            L("DSO", 2, "White"),
            L("FCU", 1),
        ],
        tags=["signature"],
    ),
    M(
        "renovo-projects",
        "Subject: Clifton job\n\nCan we have our usual order for the Clifton job please? Delivery "
        "Tuesday.\n\nHannah",
        ref=dict(kind="usual"),
        tags=["ambiguous_reference", "non_order_request"],
        notes="this contractor never repeats a basket: there is no usual order to expand",
    ),
    M(
        "renovo-projects",
        "Subject: Re: Order confirmation SO-40218\n\nPlease send the same as our last order to the "
        "Clifton site on Monday.\n\n> Your order SO-40218 (7 lines) has been dispatched.\n> "
        "Counterline Trade Supplies",
        ref=dict(kind="last"),
        tags=["quoted"],
        notes="'7 lines' in the quoted confirmation is not a quantity",
    ),
    M(
        "renovo-projects",
        "Subject: Second site\n\nI'd like to know whether we can add a second delivery address to "
        "our trade account.\n\nHannah Price",
        intent="QUESTION",
        tags=["non_order_request"],
    ),
    M(
        "renovo-projects",
        "Subject: Bathroom + hall - 7 Grange Court\n\n4 x chrome double sockets, 2 x chrome single "
        "sockets, 3 x chrome 1 gang switches and 6 x chrome downlights please, for Friday.\n\nHannah",
        lines=[
            L("DSO", 4, "Brushed Chrome"),
            L("SSO", 2, "Brushed Chrome"),
            L("SW1G", 3, "Brushed Chrome"),
            L("DL-CH", 6),
        ],
        notes="chrome is the brushed chrome finish",
    ),
    M(
        "renovo-projects",
        "Subject: Extra for Monday\n\nCould you add 5 bags of plaster and 3 tubes of white silicone "
        "to Monday's delivery?\n\nHannah",
        lines=[L(None, 5, cand=["MULTI", "BONDING"]), L(None, 3, cand=["SAN-SIL", "BLD-SIL"], cv="White")],
        tags=["non_order_request"],
        notes="plaster is multi finish or bonding; white silicone sanitary or builders",
    ),
    M(
        "renovo-projects",
        "Subject: Damaged boards\n\n5 of the 9.5mm boards delivered to Station Road were soaked "
        "through. Photos attached.\n\nHannah",
        intent="COMPLAINT",
    ),
    M(
        "renovo-projects",
        "Subject: En-suite - 3 Mill Court\n\nPlease deliver Friday:\n2 x 40mm solvent weld waste "
        "pipe\n1 tin solvent cement\n2 x bottle traps\n4 x clear sanitary silicone\n2 x black CT1"
        "\n\nHannah",
        lines=[
            L("WASTE-SW-40", 2),
            L("SOLVENT-CEM", 1),
            L("TRAP-BOTTLE-40", 2),
            L("SAN-SIL", 4, "Clear"),
            L("CT1", 2, "Black"),
        ],
    ),
    # =========================================================== nova-electrical (English, WhatsApp, new)
    M(
        "nova-electrical",
        "Hi 👋 Liam from Nova Electrical, just set up on my own. First order, paying card on "
        "collection: 1 drum 2.5 t&e 100m, 1 drum 1.5 t&e 100m, 10 white double sockets, 20 single "
        "metal back boxes and a box of 3 way wagos",
        lines=[
            L("TE-CABLE", 1, "2.5mm 100m"),
            L("TE-CABLE", 1, "1.5mm 100m"),
            L("DSO", 10, "White"),
            L("BB-M-1G", 20),
            L("WAGO-3", 1),
        ],
        tags=["new_customer", "emoji"],
        notes="a first order paid on collection ships as written",
    ),
    M(
        "nova-electrical",
        "can we go on a 30 day account for this one? 2 x 10 way CUs + 10 b6 mcbs",
        lines=[L("CU-10W", 2), L("MCB-B6", 10)],
        block="credit",
        tags=["new_customer", "credit"],
        notes="depends on a 30-day account being opened; CU is a consumer unit here, not copper",
    ),
    M(
        "nova-electrical",
        "same as my first order again pls",
        ref=dict(kind="last"),
        tags=["new_customer", "ambiguous_reference"],
        notes="a first-time customer: messages are not history, the first order is not in the history",
    ),
    M(
        "nova-electrical",
        "do u price match on cable? the place down the road is a tenner cheaper a drum",
        intent="QUESTION",
        tags=["new_customer"],
    ),
    M(
        "nova-electrical",
        "paying card on collection again: 6 chrome double sockets 4 chrome 1 gang switches 2 boxes 2.5 clips",
        lines=[L("DSO", 6, "Brushed Chrome"), L("SW1G", 4, "Brushed Chrome"), L("CLIP-C-2.5", 2)],
        tags=["new_customer", "spoken"],
        notes="paid on collection: ships as written",
    ),
    # =========================================================== kowalski-bud (Polish, WhatsApp, regular)
    M(
        "kowalski-bud",
        "Dzień dobry, na jutro: 25 płyt 12.5 2400x1200, 30 cls 38x63 2.4m, 8 worków multi finish, "
        "3 worki bonding",
        lines=[L("PB125", 25, "2400 x 1200"), L("CLS-63", 30, "2.4m"), L("MULTI", 8), L("BONDING", 3)],
        tags=["number_in_name"],
    ),
    M(
        "kowalski-bud",
        "6 pianek i 3 pudełka wkrętów do płyt 32mm",
        lines=[L(None, 6, cand=["FOAM-GUN", "FOAM-HAND"]), L("DW-32", 3)],
        notes="'pianka' is expanding foam, gun grade or hand held; 'wkręty do płyt 32mm' are the 32mm drywall "
        "screws",
    ),
    M(
        "kowalski-bud",
        "To samo co w zeszłym tygodniu, ale 40 płyt 12.5 zamiast 25",
        lines=[L("PB125", 40, None, mode="set")],
        ref=dict(kind="last"),
        notes="last week's order with 40 boards of 12.5 instead of 25; the sheet size is not stated",
    ),
    M(
        "kowalski-bud",
        "dwa worki cementu trzy pudełka wkrętów cztery na pięćdziesiąt i jeden big bag piasku ostrego",
        lines=[L("CEMENT", 2), L("MP-SCREW", 3, "4.0 x 50mm (box of 200)"), L("BULK-SHARP", 1)],
        tags=["spoken"],
        notes="spoken list; 'cztery na pięćdziesiąt' is 4 x 50",
    ),
    M(
        "kowalski-bud",
        "buty robocze czarne rozmiar 43 x2",
        lines=[L("BOOT-S3", 2, None, nofill=True)],
        notes="EU size 43 is no UK size on the list (between UK 8 and 9): a human asks",
    ),
    M(
        "kowalski-bud",
        "Chciałbym zapytać, czy macie płyty akustyczne 15mm",
        intent="QUESTION",
        tags=["non_order_request"],
        notes="acoustic 15mm board is not stocked",
    ),
    M(
        "kowalski-bud",
        "Na jutro zamiast 30 cls daj 20, reszta bez zmian",
        intent="CHANGE",
        change_lines=[L("CLS-63", 20, "2.4m")],
        notes="tomorrow's 30 CLS 2.4m become 20",
    ),
    M("kowalski-bud", "Brakowało 4 płyt w dostawie, a jeden worek multi był rozerwany", intent="COMPLAINT"),
    M(
        "kowalski-bud",
        "2 paczki rękawic powlekanych L i 2 kaski",
        lines=[L("GLV-COAT", 2, "Large (9)"), L("HELMET", 2)],
    ),
    M(
        "kowalski-bud",
        "Na poniedziałek 10 płyt zielonych wodoodpornych i 2 wiaderka PVA",
        lines=[L("PB-MR", 10), L("PVA-5L", 2)],
        notes="green moisture resistant board; PVA comes only as 5L",
    ),
    M(
        "kowalski-bud",
        "rękawice nitrylowe jednorazowe czarne XL 3 pudełka i okulary ochronne 5 szt",
        lines=[L("GLV-NIT", 3, "X-Large"), L("GLASSES", 5)],
    ),
    # =========================================================== nowak-hydraulika (Polish, SMS, steady)
    M(
        "nowak-hydraulika",
        "8 rur miedzianych 15mm, 3 rury 22mm, 10 kolanek zaciskowych 15, 6 trojnikow zaciskowych 15",
        lines=[
            L("CU-TUBE-3M", 8, "15mm"),
            L("CU-TUBE-3M", 3, "22mm"),
            L("COMP-ELB-15", 10),
            L("COMP-TEE-15", 6),
        ],
        notes="'zaciskowe' are compression fittings",
    ),
    M(
        "nowak-hydraulika",
        "8 kolanek 15mm i 6 zaworow odcinajacych",
        lines=[
            L(None, 8, cand=["COMP-ELB-15", "PF-ELBOW"], cv="15mm"),
            L(None, 6, cand=["ISO-15-CHR", "ISO-15-BRS"]),
        ],
        notes="15mm elbows by the piece: compression or push-fit (8 is no whole number of bags of 10, so the end "
        "feed elbows are not a candidate); isolating valves are chrome or brass",
    ),
    M(
        "nowak-hydraulika",
        "jak zwykle na czwartek plus 2 paczki tasmy ptfe",
        lines=[L("PTFE", 2)],
        ref=dict(kind="usual"),
    ),
    M(
        "nowak-hydraulika",
        "100 oliwek 15mm i 2 puszki kleju do pcv",
        lines=[L("OLIVE-15", 2), L("SOLVENT-CEM", 2)],
        tags=["count"],
        notes="15mm olives come in bags of 50: 100 olives are 2 bags",
    ),
    M("nowak-hydraulika", "ile kosztuje rura miedziana 28mm?", intent="QUESTION"),
    M(
        "nowak-hydraulika",
        "2 zawory kulowe 22mm i 4 kolanka zaciskowe 22",
        lines=[L(None, 2), L("COMP-ELB-22", 4)],
        notes="22mm ball valves are not in catalog",
    ),
    M("nowak-hydraulika", "Dziekuje, wszystko doszlo w calosci", intent="OTHER"),
    M(
        "nowak-hydraulika",
        "4 rury kanalizacyjne 40mm klejone i 2 syfony butelkowe",
        lines=[L("WASTE-SW-40", 4), L("TRAP-BOTTLE-40", 2)],
        notes="'klejone' is solvent weld",
    ),
    M(
        "nowak-hydraulika",
        "2 butle mapp, 1 szpula cyny i jedna pasta lutownicza",
        lines=[L("MAPP", 2), L("SOLDER", 1), L("FLUX", 1)],
        notes="'pasta lutownicza' is the flux paste tub",
    ),
    # =========================================================== elektro-zielinski (Polish, WhatsApp, regular)
    M(
        "elektro-zielinski",
        "2 bębny T&E 2.5 50m, 8 gniazdek podwójnych chrom szczotkowany, 5 łączników 1 gang chrom",
        lines=[L("TE-CABLE", 2, "2.5mm 50m"), L("DSO", 8, "Brushed Chrome"), L("SW1G", 5, "Brushed Chrome")],
        tags=["number_in_name"],
    ),
    M(
        "elektro-zielinski",
        "10 puszek 2 gang i 1 x 50 wago 3",
        lines=[L(None, 10, cand=["BB-M-2G", "BB-DL-2G"]), L("WAGO-3", 1)],
        tags=["pack"],
        notes="2 gang back boxes are metal or dry lining; '1 x 50' is one box of 50 three-way wagos",
    ),
    M(
        "elektro-zielinski",
        "gniazdka podwójne x8 i 4 wyłączniki b16",
        lines=[L("DSO", 8, None), L("MCB-B16", 4)],
        notes="double sockets with no finish given",
    ),
    M(
        "elektro-zielinski",
        "Jak zwykle, ale bez wago i z 2 bębnami 1.5 zamiast 1",
        lines=[L("TE-CABLE", 2, "1.5mm 100m", mode="set")],
        ref=dict(kind="usual", remove=[("WAGO-3", None)]),
        notes="1.5mm twin and earth comes only as the 100m drum",
    ),
    M(
        "elektro-zielinski",
        "dwa bębny dwa i pół pięćdziesiąt metrów osiem podwójnych chrom i dziesięć puszek do płyt g-k",
        lines=[L("TE-CABLE", 2, "2.5mm 50m"), L("DSO", 8, "Brushed Chrome"), L("BB-DL-2G", 10)],
        tags=["spoken", "voice"],
        notes="voice-to-text; 'puszki do płyt g-k' are dry lining boxes (only 2 gang)",
    ),
    M(
        "elektro-zielinski",
        "czy macie gniazdka podwójne z USB w kolorze chrom?",
        intent="QUESTION",
        notes="the USB socket is stocked only in white",
    ),
    M(
        "elektro-zielinski",
        "3 bębny 4mm t&e",
        lines=[L("TE-CABLE", 3, None, nofill=True)],
        notes="4mm twin and earth is not stocked (1.0, 1.5, 2.5, 6 and 10mm are)",
    ),
    M("elektro-zielinski", "Anuluję zamówienie na piątek, klient przesunął robotę", intent="CANCEL"),
    M(
        "elektro-zielinski",
        "300 klipsów 2.5",
        lines=[L("CLIP-C-2.5", 3)],
        tags=["count"],
        notes="2.5mm cable clips come in boxes of 100",
    ),
    M(
        "elektro-zielinski",
        "4 czujki dymu na 230V i 2 czujki ciepła",
        lines=[L("SMOKE-MAINS", 4), L("HEAT-MAINS", 2)],
        notes="230V is the supply",
    ),
    # =========================================================== popescu-constructii (Romanian, WhatsApp, steady)
    M(
        "popescu-constructii",
        "Bună, pentru mâine: 30 plăci rigips 12.5 2400x1200, 10 plăci rezistente la foc, 25 cls "
        "38x63 de 3m, 10 saci multi finish",
        lines=[L("PB125", 30, "2400 x 1200"), L("PB-FIRE", 10), L("CLS-63", 25, "3.0m"), L("MULTI", 10)],
        tags=["number_in_name"],
    ),
    M(
        "popescu-constructii",
        "20 plăci rigips și 4 spume",
        lines=[L(None, 20, cand=PB_ALL), L(None, 4, cand=["FOAM-GUN", "FOAM-HAND"])],
        notes="'rigips' is plasterboard with no type; 'spumă' is expanding foam",
    ),
    M(
        "popescu-constructii",
        "Ca săptămâna trecută, dar fără PVA și cu 2 cutii de dibluri maro în plus",
        lines=[L("PLUG-BRN", 2)],
        ref=dict(kind="last", remove=[("PVA-5L", None)]),
        notes="last week's order without the PVA and with 2 more boxes of brown plugs",
    ),
    M(
        "popescu-constructii",
        "doi saci de multi trei cutii de șuruburi de rigips de 42 și o găleată de pva",
        lines=[L("MULTI", 2), L("DW-42", 3), L("PVA-5L", 1)],
        tags=["spoken"],
    ),
    M(
        "popescu-constructii",
        "200 mănuși nitril negre L",
        lines=[L("GLV-NIT", 2, "Large")],
        tags=["count"],
        notes="black nitrile disposables come in boxes of 100",
    ),
    M(
        "popescu-constructii",
        "Aș vrea să știu dacă aveți OSB de 18 pe stoc",
        intent="QUESTION",
        tags=["non_order_request"],
    ),
    M(
        "popescu-constructii",
        "Trei plăci de rigips au venit rupte la colț, vă rog să le înlocuiți",
        intent="COMPLAINT",
    ),
    M(
        "popescu-constructii",
        "6 role de bandă scrim, 2 cutii de șuruburi 4x40 și o cutie de măști FFP2",
        lines=[L("SCRIM", 6), L("MP-SCREW", 2, "4.0 x 40mm (box of 200)"), L("FFP2", 1)],
    ),
    M("popescu-constructii", "Mulțumesc, am primit marfa azi dimineață", intent="OTHER"),
    M(
        "popescu-constructii",
        "10 plăci OSB 18mm și 5 saci de ciment",
        lines=[L("OSB-18", 10), L("CEMENT", 5)],
    ),
    # =========================================================== ionescu-instalatii (Romanian, SMS, regular)
    M(
        "ionescu-instalatii",
        "1 colac pex 22, 10 tevi pex 15 de 3m, 12 coturi push fit 15, 8 mufe push fit 15",
        lines=[
            L("PEX-COIL", 1, "22mm x 25m"),
            L("PEX-LEN-15", 10),
            L("PF-ELBOW", 12, "15mm"),
            L("PF-CPL-15", 8),
        ],
        notes="'colac' is a coil, 'mufe' couplers",
    ),
    M(
        "ionescu-instalatii",
        "2 colaci pex si 6 robineti de trecere cromati",
        lines=[L("PEX-COIL", 2, None), L("ISO-15-CHR", 6)],
        notes="the coil size is not stated; 'robinet de trecere cromat' is the chrome isolating valve",
    ),
    M("ionescu-instalatii", "ca de obicei pt joi", ref=dict(kind="usual")),
    M(
        "ionescu-instalatii",
        "40 inserturi 15mm si 4 flexibile",
        lines=[L("PIPE-INSERT-15", 4), L("TAP-CONN", 4)],
        tags=["count"],
        notes="inserts come in packs of 10; 'flexibile' are the tap connectors",
    ),
    M(
        "ionescu-instalatii",
        "5 tevi pex 15 si 15 bucati inserturi",
        lines=[L("PEX-LEN-15", 5), L("PIPE-INSERT-15", None, q="count")],
        tags=["count"],
        notes="15 inserts is no whole number of packs of 10",
    ),
    M("ionescu-instalatii", "aveti sifoane de 32?", intent="QUESTION", notes="32mm traps are not stocked"),
    M(
        "ionescu-instalatii",
        "la comanda de joi puneti 6 flexibile in loc de 4",
        intent="CHANGE",
        change_lines=[L("TAP-CONN", 6)],
    ),
    M(
        "ionescu-instalatii",
        "4 silicoane sanitare transparente si 4 tevi scurgere 40 push fit",
        lines=[L("SAN-SIL", 4, "Clear"), L("WASTE-PF-40", 4)],
    ),
    M(
        "ionescu-instalatii",
        "6 teuri push fit 15, 3 pachete inserturi 15 si 2 saci bride 15",
        lines=[L("PF-TEE-15", 6), L("PIPE-INSERT-15", 3), L("CLIP-PIPE-15", 2)],
        notes="'bride 15' are the 15mm pipe clips, sold by the bag",
    ),
    M(
        "ionescu-instalatii",
        "4 robineti masina de spalat si 2 pachete teflon",
        lines=[L("WM-VALVE", 4), L("PTFE", 2)],
        notes="'teflon' is PTFE tape",
    ),
    # =========================================================== dumitru-electric (Romanian, WhatsApp, steady)
    M(
        "dumitru-electric",
        "Salut, un tambur de 2.5 de 100m, unul de 6mm, 6 prize duble negre nichel, 4 întrerupătoare negre",
        lines=[
            L("TE-CABLE", 1, "2.5mm 100m"),
            L("TE-CABLE", 1, "6.0mm 50m"),
            L("DSO", 6, "Black Nickel"),
            L("SW1G", 4, "Black Nickel"),
        ],
        notes="'unul de 6mm' is a drum of 6mm twin and earth (only 50m); the only black switch is the 1 gang",
    ),
    M(
        "dumitru-electric",
        "Trimite 12 tamburi de cablu 6mm mâine",
        lines=[L("TE-CABLE", 12, "6.0mm 50m")],
        outlier=True,
        notes="12 drums with no reason given, against 1 a week: an outlier for anyone who knows the customer",
    ),
    M(
        "dumitru-electric",
        "Scuze, la cablul de 6mm era 1 tambur, nu 12",
        intent="CHANGE",
        change_lines=[L("TE-CABLE", 1, "6.0mm 50m")],
    ),
    M(
        "dumitru-electric",
        "Ca de obicei, dar dublu la prizele duble",
        ref=dict(kind="usual", double=[("DSO", "Black Nickel")]),
    ),
    M(
        "dumitru-electric",
        "4 siguranțe b16 și 2 cutii de clipsuri",
        lines=[L("MCB-B16", 4), L(None, 2, cand=["CLIP-C-1.5", "CLIP-C-2.5"])],
        tags=["unit_word"],
        notes="boxes of clips from an electrician are cable clips (pipe clips come by the bag), 1.0/1.5 or 2.5",
    ),
    M(
        "dumitru-electric",
        "doi tamburi de doi și jumătate patru prize simple negre și o rolă de împământare de 6",
        lines=[L("TE-CABLE", 2, None, opts=T25), L("SSO", 4, "Black Nickel"), L("EARTH-6", 1)],
        tags=["spoken"],
        notes="2.5 twin and earth with no drum length; 'împământare de 6' is the 6mm earth cable",
    ),
    M(
        "dumitru-electric",
        "2 seturi de burghie SDS și 3 pachete de bandă izolieră",
        lines=[L(None, 2), L("TAPE-PVC", 3)],
        notes="SDS drill bits are not in catalog",
    ),
    M(
        "dumitru-electric",
        "Vreau să vă anunț că am plătit azi factura INV-88391 prin transfer",
        intent="OTHER",
        tags=["non_order_request"],
        notes="a payment notice",
    ),
    M(
        "dumitru-electric",
        "2 role de cablu 1.5 de 100 m și 10 doze metalice simple",
        lines=[L("TE-CABLE", 2, "1.5mm 100m"), L("BB-M-1G", 10)],
    ),
    M(
        "dumitru-electric",
        "5 x 100 coliere de 300 și două cutii de clips 1.5",
        lines=[L("TIES-300", 5), L("CLIP-C-1.5", 2)],
        tags=["pack"],
        notes="'5 x 100' is five packs of 100 ties",
    ),
    # =========================================================== silva-construction (Portuguese, WhatsApp, regular)
    M(
        "silva-construction",
        "Bom dia! Pra amanhã: 20 placas de drywall 12.5 2400x1200, 6 OSB 11mm, 12 cls 38x89 e 3 "
        "caixas de parafuso 4x40",
        lines=[
            L("PB125", 20, "2400 x 1200"),
            L("OSB-11", 6),
            L("CLS-89", 12),
            L("MP-SCREW", 3, "4.0 x 40mm (box of 200)"),
        ],
        tags=["number_in_name"],
    ),
    M(
        "silva-construction",
        "manda 5 caixas de bucha e 6 silicone branco",
        lines=[
            L(None, 5, cand=["PLUG-RED", "PLUG-BRN", "PLUG-YEL"]),
            L(None, 6, cand=["SAN-SIL", "BLD-SIL"], cv="White"),
        ],
        notes="'bucha' is a wall plug (red, brown or yellow); white silicone is sanitary or builders",
    ),
    M(
        "silva-construction",
        "O mesmo da semana passada, mas sem o cimento e com 4 caixas de parafuso 5x70 em vez de 2",
        lines=[L("MP-SCREW", 4, "5.0 x 70mm (box of 100)", mode="set")],
        ref=dict(kind="last", remove=[("CEMENT", None)]),
    ),
    M(
        "silva-construction",
        "preciso de 10 tubos de caulk e 2 sacos de cimento",
        lines=[L("CAULK", None, q="count"), L("CEMENT", 2)],
        tags=["container"],
        notes="caulk is sold by the box of 25 tubes",
    ),
    M(
        "silva-construction",
        "quatro placas de osb de onze seis cola de agarre e um bag de brita",
        lines=[L("OSB-11", 4), L("GRAB-ADH", 6), L("BULK-BALLAST", 1)],
        tags=["spoken"],
        notes="'cola de agarre' is grab adhesive; 'um bag de brita' the ballast bulk bag",
    ),
    M(
        "silva-construction",
        "Queria saber se vocês entregam em Croydon no sábado",
        intent="QUESTION",
        tags=["non_order_request"],
    ),
    M(
        "silva-construction",
        "2 botas de segurança pretas tamanho 9 e 1 tamanho 13",
        lines=[L("BOOT-S3", 2, "UK 9"), L("BOOT-S3", 1, None, nofill=True)],
        notes="black safety boots are the S3 boots; size 13 does not exist (7 to 12)",
    ),
    M(
        "silva-construction",
        "Vieram 4 caixas de parafuso 4x50 no lugar de 4x40, alguém vem trocar?",
        intent="COMPLAINT",
    ),
    M(
        "silva-construction",
        "vocês têm tinta branca de 10 litros? se tiver manda 3",
        lines=[L(None, 3)],
        block="conditional",
        tags=["conditional"],
        notes="paint is not in catalog; a conditional order",
    ),
    M(
        "silva-construction",
        "Me manda 10 placas verdes resistentes à umidade, 4 caixas de parafuso de drywall 42 e 3 "
        "silicone marrom",
        lines=[L("PB-MR", 10), L("DW-42", 4), L("BLD-SIL", 3, "Brown")],
        tags=["non_order_request"],
        notes="brown silicone exists only as builders silicone",
    ),
    M(
        "silva-construction",
        "1 pacote de luvas de nitrilo tamanho 10 e 2 capacetes",
        lines=[L("GLV-COAT", 1, "X-Large (10)"), L("HELMET", 2)],
        notes="a pack in size 10 is the nitrile coated work glove (the disposables come by the box in M/L/XL)",
    ),
    # =========================================================== ferreira-canalizacoes (Portuguese, email, steady)
    M(
        "ferreira-canalizacoes",
        "Assunto: Encomenda semana 31\n\nBom dia,\n\nSolicito para quinta-feira:\n- 12 tubos "
        "de cobre 15mm\n- 2 tubos de cobre 28mm\n- 3 sacos de cotovelos de soldar 15mm\n- 2 "
        "garrafas de MAPP\n\nCumprimentos,\nJoão Ferreira\nFerreira Canalizações\n07700 900685",
        lines=[
            L("CU-TUBE-3M", 12, "15mm"),
            L("CU-TUBE-3M", 2, "28mm"),
            L("EF-ELBOW", 3, "15mm"),
            L("MAPP", 2),
        ],
        tags=["signature"],
        notes="semana 31 is a week number",
    ),
    M(
        "ferreira-canalizacoes",
        "Assunto: Isolamento\n\nPor favor enviem 30 isolamentos de tubo e 2 sacos de "
        "abraçadeiras de 22mm.\n\nJoão",
        lines=[L(None, 30, cand=["LAG-15", "LAG-22"]), L("CLIP-PIPE-22", 2)],
        tags=["unit_word"],
        notes="pipe lagging with no size; 'sacos de abraçadeiras' in Portugal are the pipe clips, sold by the bag",
    ),
    M(
        "ferreira-canalizacoes",
        "Assunto: Repetir\n\nO habitual para quinta, mais 2 tubos de esgoto 110mm.\n\nObrigado, João",
        lines=[L("SOIL-110", 2)],
        ref=dict(kind="usual"),
    ),
    M(
        "ferreira-canalizacoes",
        "Assunto: Obra Hackney\n\n10 tubos de cobre e 1 bobine de solda sem chumbo, por "
        "favor.\n\nJoão Ferreira",
        lines=[L("CU-TUBE-3M", 10, None), L("SOLDER", 1)],
        notes="copper tube with no diameter",
    ),
    M(
        "ferreira-canalizacoes",
        "Assunto: Material\n\n2 bobines de solda, 1 boião de pasta de soldar e 40 "
        "isolamentos de 15mm.\n\nJoão",
        lines=[L("SOLDER", 2), L("FLUX", 1), L("LAG-15", 40)],
    ),
    M(
        "ferreira-canalizacoes",
        "Assunto: Fatura INV-88455\n\nA fatura INV-88455 tem 3 garrafas de MAPP mas só "
        "recebemos 2. Agradeço nota de crédito.\n\nJoão Ferreira",
        intent="COMPLAINT",
    ),
    M(
        "ferreira-canalizacoes",
        "Assunto: Cancelar encomenda\n\nPor favor cancelem a encomenda de quinta-feira, a "
        "obra foi adiada.\n\nJoão",
        intent="CANCEL",
    ),
    M(
        "ferreira-canalizacoes",
        "Assunto: Esgotos\n\n4 tubos de esgoto 110mm, 6 tubos de 40mm de colar e 1 lata de cola PVC.\n\nJoão",
        lines=[L("SOIL-110", 4), L("WASTE-SW-40", 6), L("SOLVENT-CEM", 1)],
        notes="'de colar' is solvent weld; 'cola PVC' the solvent cement",
    ),
    # =========================================================== costa-eletrica (Portuguese, WhatsApp, regular)
    M(
        "costa-eletrica",
        "e aí, manda 4 tomadas duplas com usb, 8 tomadas duplas brancas, 3 interruptores duplos "
        "brancos e 3 caixas de gu10",
        lines=[L("USB-DSO", 4), L("DSO", 8, "White"), L("SW2G-WH", 3), L("GU10", 3)],
        notes="'interruptor duplo' is the 2 gang switch; 'caixas de gu10' are the packs of 10",
    ),
    M(
        "costa-eletrica",
        "2 rolos de cabo twin and earth de 2.5 e 12 spots cromados",
        lines=[L("TE-CABLE", 2, None, opts=T25), L("DL-CH", 12)],
        notes="2.5 twin and earth with no drum length; chrome spots are the chrome bezel downlights",
    ),
    M(
        "costa-eletrica",
        "o de sempre pra sexta + 1 caixa de wago 5",
        lines=[L("WAGO-5", 1)],
        ref=dict(kind="usual"),
    ),
    M(
        "costa-eletrica",
        "25 lâmpadas gu10 e 2 pacotes de abraçadeiras 300",
        lines=[L("GU10", None, q="count"), L("TIES-300", 2)],
        tags=["count"],
        notes="GU10 lamps come in packs of 10: 25 is no whole number; in Brazil 'abraçadeiras' are cable ties",
    ),
    M(
        "costa-eletrica",
        "dez tomadas brancas duplas seis interruptores simples brancos e um rolo de cabo de um milímetro",
        lines=[L("DSO", 10, "White"), L("SW1G", 6, "White"), L("TE-CABLE", 1, "1.0mm 100m")],
        tags=["spoken"],
        notes="1.0mm twin and earth comes only as the 100m drum",
    ),
    M("costa-eletrica", "quanto tá o rolo de cabo de 6mm?", intent="QUESTION"),
    M(
        "costa-eletrica",
        "Queria avisar que esse é meu número novo, pode salvar. Bruno da Costa Elétrica",
        intent="OTHER",
        tags=["non_order_request"],
    ),
    M(
        "costa-eletrica",
        "6 tomadas cromadas",
        lines=[L(None, 6, cand=["DSO", "SSO"], cv="Brushed Chrome")],
        notes="chrome sockets, single or double not stated",
    ),
    M(
        "costa-eletrica",
        "Quero encomendar 2 disjuntores b32 e 1 quadro de 10 vias",
        lines=[L("MCB-B32", 2), L("CU-10W", 1)],
        tags=["non_order_request"],
        notes="'quadro de 10 vias' is the 10 way consumer unit",
    ),
    M(
        "costa-eletrica",
        "manda 6 disjuntor b16, 2 rcbo b32 e um pacote de lâmpada gu10 pra obra de Streatham",
        lines=[L("MCB-B16", 6), L("RCBO-B32", 2), L("GU10", 1)],
    ),
    # =========================================================== jonaitis-statyba (Lithuanian, WhatsApp, steady)
    M(
        "jonaitis-statyba",
        "Labas, rytojui: 20 gipso plokščių 12.5 1800x900, 10 plokščių 9.5, 20 cls 2.4m ir 2 dėžės "
        "varžtų gipsui 32mm",
        lines=[L("PB125", 20, "1800 x 900"), L("PB95", 10), L("CLS-63", 20, "2.4m"), L("DW-32", 2)],
        tags=["number_in_name"],
        notes="2.4m CLS is the 38 x 63 (the 38 x 89 comes only as 3.0m)",
    ),
    M(
        "jonaitis-statyba",
        "4 lakštai faneros 18mm ir 10 gipso plokščių",
        lines=[L("PLY-18", 4), L(None, 10, cand=PB_ALL)],
        notes="plasterboard with no thickness or type",
    ),
    M(
        "jonaitis-statyba",
        "Kaip visada, bet dvigubai cemento",
        ref=dict(kind="usual", double=[("CEMENT", None)]),
    ),
    M(
        "jonaitis-statyba",
        "3 kg cinkuotų vinių 40mm ir 5 maišai cemento",
        lines=[L("NAIL-CLOUT-40", 3), L("CEMENT", 5)],
        tags=["weight"],
        notes="galvanised 40mm nails are the clout nails, sold by the kg",
    ),
    M(
        "jonaitis-statyba",
        "dvidešimt mažų plokščių dvylika su puse šeši maišai multi ir dvi dėžės varžtų",
        lines=[L("PB125", 20, "1800 x 900"), L("MULTI", 6), L(None, 2, cand=["MP-SCREW", "DW-32", "DW-42"])],
        tags=["spoken", "unit_word"],
        notes="'mažų plokščių dvylika su puse' are small 12.5 boards; boxes of screws with no kind (the decking "
        "screws come by the tub)",
    ),
    M("jonaitis-statyba", "Vakar atvežė 18 plokščių vietoj 20, trūksta dviejų", intent="COMPLAINT"),
    M(
        "jonaitis-statyba",
        "2 šalmai, 3 liemenės hi-vis ir pakuotė rigger pirštinių",
        lines=[L("HELMET", 2), L("HIVIS", 3), L("GLV-RIGGER", 1)],
    ),
    M(
        "jonaitis-statyba",
        "Rytojaus pristatymą perkelkite į penktadienį, prašau",
        intent="CHANGE",
        change_lines=[],
    ),
    M("jonaitis-statyba", "5 maišai multi ir 3 maišai bonding", lines=[L("MULTI", 5), L("BONDING", 3)]),
    # =========================================================== petrauskas-santechnika (Lithuanian, SMS, regular)
    M(
        "petrauskas-santechnika",
        "6 variniai vamzdziai 15mm, 8 alkunes 15 suspaudziamos, 4 alkunes 22 suspaudziamos, "
        "4 suspaudziamos movos 15",
        lines=[L("CU-TUBE-3M", 6, "15mm"), L("COMP-ELB-15", 8), L("COMP-ELB-22", 4), L("COMP-CPL-15", 4)],
    ),
    M(
        "petrauskas-santechnika",
        "2 maiseliai olyvu ir 4 uzdarymo ventiliai 15",
        lines=[L(None, 2, cand=["OLIVE-15", "OLIVE-22"]), L(None, 4, cand=["ISO-15-CHR", "ISO-15-BRS"])],
        notes="olives with no size; isolating valves chrome or brass",
    ),
    M(
        "petrauskas-santechnika",
        "kaip visada, tik be sifonu",
        ref=dict(kind="usual", remove=[("TRAP-BOTTLE-40", None)]),
    ),
    M(
        "petrauskas-santechnika",
        "100 olyvu 15mm ir 2 ptfe pakuotes",
        lines=[L("OLIVE-15", 2), L("PTFE", 2)],
        tags=["count"],
        notes="100 olives are 2 bags of 50",
    ),
    M(
        "petrauskas-santechnika",
        "ar turit 110 kanalizacijos alkuniu?",
        intent="QUESTION",
        notes="110mm soil bends are not stocked",
    ),
    M(
        "petrauskas-santechnika",
        "2 vandens skaitliukai ir 3 pvc klijai",
        lines=[L(None, 2), L("SOLVENT-CEM", 3)],
        notes="water meters are not in catalog",
    ),
    M("petrauskas-santechnika", "atsaukiu siandienos uzsakyma, objektas uzdarytas", intent="CANCEL"),
    M(
        "petrauskas-santechnika",
        "3 kanalizacijos vamzdziai 40 klijuojami ir 2 butelio sifonai",
        lines=[L("WASTE-SW-40", 3), L("TRAP-BOTTLE-40", 2)],
    ),
    M(
        "petrauskas-santechnika",
        "reikia 6 zalvariniu ventiliu 15mm ir 2 pakuociu 22mm olyvu",
        lines=[L("ISO-15-BRS", 6), L("OLIVE-22", 2)],
        notes="'pakuotė' of olives is the bag",
    ),
    # =========================================================== kazlauskas-elektra (Lithuanian, WhatsApp, regular)
    M(
        "kazlauskas-elektra",
        "Labas, 1 būgnas 2.5 100m, 1 būgnas 1.5 100m, 10 dvigubų baltų lizdų, 6 viengubi balti "
        "lizdai, 8 balti jungikliai 1 gang",
        lines=[
            L("TE-CABLE", 1, "2.5mm 100m"),
            L("TE-CABLE", 1, "1.5mm 100m"),
            L("DSO", 10, "White"),
            L("SSO", 6, "White"),
            L("SW1G", 8, "White"),
        ],
    ),
    M(
        "kazlauskas-elektra",
        "3 dėžės kabelio laikiklių ir 12 metalinių dėžučių 1 gang",
        lines=[L(None, 3, cand=["CLIP-C-1.5", "CLIP-C-2.5"]), L("BB-M-1G", 12)],
        tags=["unit_word"],
        notes="boxes of cable clips with no size",
    ),
    M(
        "kazlauskas-elektra",
        "Tas pats kaip praeitą savaitę, plius 2 dėžės 2.5 laikiklių",
        lines=[L("CLIP-C-2.5", 2)],
        ref=dict(kind="last"),
    ),
    M(
        "kazlauskas-elektra",
        "du būgnai pusantro dešimt baltų dvigubų ir dvi dėžės varžtų 3.5x30",
        lines=[
            L("TE-CABLE", 2, "1.5mm 100m"),
            L("DSO", 10, "White"),
            L("MP-SCREW", 2, "3.5 x 30mm (box of 200)"),
        ],
        tags=["spoken"],
        notes="'pusantro' is 1.5 (only the 100m drum)",
    ),
    M(
        "kazlauskas-elektra",
        "10 dvigubų lizdų ir 4 automatai b6",
        lines=[L("DSO", 10, None), L("MCB-B6", 4)],
        notes="double sockets with no finish",
    ),
    M(
        "kazlauskas-elektra",
        "Norėčiau sužinoti, kiek kainuoja 10 vietų skydelis",
        intent="QUESTION",
        tags=["non_order_request"],
    ),
    M("kazlauskas-elektra", "Ačiū, gavom viską 👍", intent="OTHER", tags=["emoji"]),
    M(
        "kazlauskas-elektra",
        "reikia 2 meter tails rinkinių 25mm ir 1 būgno 10mm t&e",
        lines=[L(None, 2), L("TE-CABLE", 1, "10mm 50m")],
        notes="meter tails are not in catalog",
    ),
    M("kazlauskas-elektra", "Iš 10 lizdų, kuriuos atvežėt, 2 buvo sulūžę", intent="COMPLAINT"),
    M(
        "kazlauskas-elektra",
        "4 automatai b32, 2 dėžės wago 221-413 ir 20 dvigubų metalinių dėžučių",
        lines=[L("MCB-B32", 4), L("WAGO-3", 2), L("BB-M-2G", 20)],
        tags=["number_in_name"],
        notes="221-413 is the wago part number",
    ),
    M(
        "kazlauskas-elektra",
        "6 balti dvigubi jungikliai ir 2 pakuotės gu10",
        lines=[L("SW2G-WH", 6), L("GU10", 2)],
        notes="'dvigubas jungiklis' is the 2 gang switch",
    ),
    # =========================================================== baltic-build (Lithuanian, email, new)
    M(
        "baltic-build",
        "Tema: Pirmas užsakymas\n\nLaba diena,\n\nesame nauja įmonė Baltic Build Ltd. Apmokėsime "
        "pristatymo metu. Prašome pristatyti pirmadienį:\n- 30 gipso plokščių 12.5 2400x1200\n- 20 CLS "
        "38x63 3.0m\n- 4 dėžės varžtų 3.5x32 gipsui\n- 10 maišų multi finish\n\nPagarbiai,\nAistė "
        "Vaitkutė\nBaltic Build Ltd\n07700 900686",
        lines=[L("PB125", 30, "2400 x 1200"), L("CLS-63", 20, "3.0m"), L("DW-32", 4), L("MULTI", 10)],
        tags=["new_customer", "signature"],
        notes="a first order paid on delivery ships as written",
    ),
    M(
        "baltic-build",
        "Tema: Kreditas\n\nAr galime šį užsakymą apmokėti per 30 dienų? 20 OSB 18mm ir 10 PIR "
        "100mm.\n\nAistė",
        lines=[L("OSB-18", 20), L("PIR-100", 10)],
        block="credit",
        tags=["new_customer", "credit"],
        notes="depends on a 30-day account",
    ),
    M(
        "baltic-build",
        "Tema: Kartoti\n\nTą patį kaip mūsų pirmas užsakymas, prašau.\n\nAistė",
        ref=dict(kind="last"),
        tags=["new_customer", "ambiguous_reference"],
        notes="a first-time customer: messages are not history",
    ),
    M(
        "baltic-build",
        "Tema: Pristatymas\n\nKokia jūsų pristatymo kaina iki Stratfordo?\n\nAistė Vaitkutė",
        intent="QUESTION",
        tags=["new_customer"],
    ),
    M(
        "baltic-build",
        "Tema: Darbo batai\n\n3 poros apsauginių batų 10 dydžio ir 3 dėžės FFP3 kaukių.\n\nAistė",
        lines=[L(None, 3, cand=BOOTS, cv="UK 10"), L("FFP3", 3)],
        tags=["new_customer"],
        notes="safety boots in size 10 are the S3 or the rigger boots",
    ),
    M(
        "baltic-build",
        "Tema: Antras užsakymas\n\nVėl apmokėsime pristatymo metu: 20 OSB 11mm, 10 kg vinių 75mm ir 2 "
        "dėžės 4x50 varžtų.\n\nAistė",
        lines=[L("OSB-11", 20), L("NAIL-RW-75", 10), L("MP-SCREW", 2, "4.0 x 50mm (box of 200)")],
        tags=["new_customer", "weight"],
        notes="paid on delivery again: ships as written",
    ),
]
