# ruff: noqa  (hand-written data generator of blind set 25, kept as its writer left it)
"""Messages of the twenty-fifth set and their plain labels, all hand-written.
build25.py adds note phrases, the `clean` tag and the history-derived fields."""

MSGS = []
NOV = object()  # a product without variants


def L(sku, q, v=NOV, role="add", nofill=False):
    return {"sku": sku, "variant": v, "quantity": q, "role": role, "nofill": nofill}


def F(cands, q, cv=None, role="add", nofill=False):
    return {"sku": None, "candidates": list(cands), "quantity": q, "cv": cv, "role": role, "nofill": nofill}


def N(q, what):
    return {"sku": None, "nic": what, "quantity": q, "role": "add", "nofill": True}


def M(
    cust,
    day,
    ch,
    lang,
    intent,
    text,
    lines=(),
    notes="",
    tags=(),
    hist=None,
    change=None,
    flags=(),
    review=None,
):
    MSGS.append(
        dict(
            cust=cust,
            day=day,
            ch=ch,
            lang=lang,
            intent=intent,
            text=text,
            lines=list(lines),
            notes=notes,
            tags=list(tags),
            hist=hist,
            change=change,
            flags=list(flags),
            review=review,
        )
    )


def U(ref, remove=(), double=()):
    return {"ref": ref, "remove": list(remove), "double": list(double)}


# ------------------------------------------------------------------ golden-haddock (SMS, chip shop)
M(
    "golden-haddock",
    0,
    "SMS",
    "en",
    "ORDER",
    "Morning. 3 box haddock 8-10, 2 box cod 8-10, 2 big bags goldfry, 3 dripping, 12 sacks pipers. Ta, Bev",
    [
        L("FHAD-BOX", 3, "8-10oz"),
        L("FCOD-BOX", 2, "8-10oz"),
        L("BATTER-GF", 2, "12.5kg"),
        L("FAT-DRIP", 3),
        L("POT-MP", 12),
    ],
    "'box' narrows haddock and cod to the frozen 6.81kg boxes (fresh fillet is sold by the kg); 8-10 is the box grade; big bags of Goldfry are the 12.5kg",
    ["number_in_name"],
)
M(
    "golden-haddock",
    1,
    "SMS",
    "en",
    "ORDER",
    "2 x 12.5 goldfry and 1 sack marrowfat peas pls, Bev",
    [L("BATTER-GF", 2, "12.5kg"), L("PEAS-DRIED", 1)],
    "2 x 12.5 is two 12.5kg bags",
    ["pack"],
)
M(
    "golden-haddock",
    2,
    "SMS",
    "en",
    "ORDER",
    "usual for thurs pls + 1 tub soaking tablets",
    [L("PEA-TAB", 1)],
    "reference to the usual basket plus an addition",
    ["reference"],
    hist=U("usual"),
)
M(
    "golden-haddock",
    3,
    "SMS",
    "en",
    "ORDER",
    "Bev here. send 20 box haddock 8-10 with tmrws drop",
    [L("FHAD-BOX", 20, "8-10oz")],
    "20 boxes with no reason given, against about 3 a week",
    ["outlier"],
    flags=["outlier"],
)
M(
    "golden-haddock",
    3,
    "SMS",
    "en",
    "CANCEL",
    "sorry ignore the 20 haddock, fat fingers, meant 2. cancel that one and i'll text the proper order later",
    notes="cancels the previous message's order; no new lines",
    tags=["cancel"],
)
M(
    "golden-haddock",
    4,
    "SMS",
    "en",
    "ORDER",
    "2 tins of mushy peas and a box of chip forks pls",
    [L("PEAS-MUSHY", 2), L("FORKS", 1)],
    "mushy peas are sold by the case of 6 A10 tins: '2 tins' with a small N is read as 2 cases, the usual meaning in the trade (review also acceptable, a fraction never)",
    ["container"],
)
M(
    "golden-haddock",
    5,
    "SMS",
    "en",
    "QUESTION",
    "do u do saveloys? customers keep asking",
    notes="saveloys are not stocked",
    tags=["not_in_catalog"],
)
M(
    "golden-haddock",
    6,
    "SMS",
    "en",
    "ORDER",
    "chip boxes x2 and 1 pack greaseproof",
    [L("CHIPBOX", 2, None), L("GREASE", 1, None)],
    "ambiguous: chip box size and greaseproof print not given",
    ["variant"],
)
M(
    "golden-haddock",
    6,
    "SMS",
    "en",
    "ORDER",
    "12 tins mushy peas for the weekend",
    [L("PEAS-MUSHY", 2)],
    "12 A10 tins = 2 cases of 6",
    ["count", "container"],
)
M(
    "golden-haddock",
    1,
    "SMS",
    "en",
    "OTHER",
    "I would like to cancel my direct debit with you please, we'll pay by card from now on. Bev, Golden Haddock",
    notes="cancelling a direct debit is an account request, not an order cancellation",
    tags=["non_order_request"],
)

# ------------------------------------------------------------------ north-pier-chippy (WhatsApp)
M(
    "north-pier-chippy",
    0,
    "WHATSAPP",
    "en",
    "ORDER",
    "Hi it's Gaz at North Pier 👋 can we get 4 boxes of frozen cod 6-8, 4 palm fat, 15 bags of maris piper and 1 case of wholetail scampi for Tuesday",
    [L("FCOD-BOX", 4, "6-8oz"), L("FAT-PALM", 4), L("POT-MP", 15), L("SCAMPI-WT", 1)],
    "an order that opens like a request ('can we get'); Maris Piper comes in 25kg sacks, 'bags' is the same unit",
    ["non_order_request", "emoji"],
)
M(
    "north-pier-chippy",
    0,
    "WHATSAPP",
    "en",
    "CHANGE",
    "gaz again, change the cod to 5 boxes instead of 4 pls",
    notes="changes the order placed earlier the same day",
    tags=["change"],
    change=[L("FCOD-BOX", 5, "6-8oz")],
)
M(
    "north-pier-chippy",
    1,
    "WHATSAPP",
    "en",
    "ORDER",
    "Also 1 fishcakes and 1 scampi pls",
    [F(["FCAKE-SALM", "FCAKE-COD", "FCAKE-HAD"], 1), F(["SCAMPI-WT", "SCAMPI-RF"], 1)],
    "ambiguous: fishcakes (salmon, cod, smoked haddock) and scampi (wholetail, reformed) are families",
    ["family"],
)
M(
    "north-pier-chippy",
    2,
    "WHATSAPP",
    "en",
    "ORDER",
    "voice note: right mate can I get two boxes of the cod six to eight a case of large chip boxes a case of fish and chip boxes and five hundred tartare sachets cheers",
    [L("FCOD-BOX", 2, "6-8oz"), L("CHIPBOX", 1, "Large"), L("FISHBOX", 1), L("TART-SACH", None)],
    "spoken list without commas; 500 sachets is 2.5 boxes of 200: not a whole number, a human must ask",
    ["spoken", "count"],
)
M(
    "north-pier-chippy",
    3,
    "WHATSAPP",
    "en",
    "QUESTION",
    "I would like to know what time the van gets to us on Saturdays, we open at 11",
    notes="opens like a request; asks for information",
    tags=["non_order_request"],
)
M(
    "north-pier-chippy",
    3,
    "WHATSAPP",
    "en",
    "ORDER",
    "voice note: cod six to eight for boxes please",
    [L("FCOD-BOX", 4, "6-8oz")],
    "voice-to-text 'for boxes' is four boxes; boxes of cod are the frozen cod box",
    ["spoken", "homophone"],
)
M(
    "north-pier-chippy",
    4,
    "WHATSAPP",
    "en",
    "ORDER",
    "4 palm fat and 1 box of cod fishcakes please",
    [L("FAT-PALM", 4), L("FCAKE-COD", 1)],
)
M(
    "north-pier-chippy",
    5,
    "WHATSAPP",
    "en",
    "ORDER",
    "same as last week pls",
    [],
    "reference to the last order",
    ["reference"],
    hist=U("last"),
)
M(
    "north-pier-chippy",
    6,
    "WHATSAPP",
    "en",
    "ORDER",
    "Sunday top up: six sacks spuds and two palm fat, ta",
    [L("POT-MP", 6), L("FAT-PALM", 2)],
    "number words",
    ["spoken"],
)

# ------------------------------------------------------------------ seaview-fish-bar (WhatsApp)
M(
    "seaview-fish-bar",
    0,
    "WHATSAPP",
    "en",
    "ORDER",
    "Fresh haddock fillet 8-12 x 20kg, fresh cod fillet 8-12 x 15kg, 4 dripping, 3 small bags goldfry please",
    [
        L("HADF-SKON", 20, "8-12oz"),
        L("CODF-SKON", 15, "8-12oz"),
        L("FAT-DRIP", 4),
        L("BATTER-GF", 3, "3.5kg"),
    ],
    "small bags of Goldfry are the 3.5kg",
    ["number_in_name"],
)
M(
    "seaview-fish-bar",
    1,
    "WHATSAPP",
    "en",
    "ORDER",
    "Can you add 10kg fresh haddock fillets to tomorrow",
    [L("HADF-SKON", 10, None)],
    "ambiguous: fillet grade not given",
    ["variant", "non_order_request"],
)
M(
    "seaview-fish-bar",
    2,
    "WHATSAPP",
    "en",
    "ORDER",
    "20kg cod fillet please and 10 spuds",
    [L("CODF-SKON", 20, None), L("POT-MP", 10)],
    "20kg is not a whole number of 6.81kg frozen boxes, so the fresh fillet sold by the kg; grade not given: ambiguous",
    ["variant", "weight"],
)
M(
    "seaview-fish-bar",
    3,
    "WHATSAPP",
    "en",
    "ORDER",
    "200 fish fingers and a tub of curry sauce",
    [L("FFINGER", 2), L("CURRY", 1)],
    "200 fish fingers = 2 boxes of 100",
    ["count"],
)
M(
    "seaview-fish-bar",
    3,
    "WHATSAPP",
    "en",
    "ORDER",
    "1 box reformed scampi, 1 tub curry sauce mix, 1 pack white greaseproof",
    [L("SCAMPI-RF", 1), L("CURRY", 1), L("GREASE", 1, "White")],
    "reformed scampi is sold by the case (4 x 1kg); 'box' is the customer's word for the case",
)
M(
    "seaview-fish-bar",
    4,
    "WHATSAPP",
    "en",
    "COMPLAINT",
    "The haddock yesterday was 16-32 not 8-12, way too big for our portions. Charged at the 8-12 price at least but we need the right size",
    tags=["complaint"],
)
M(
    "seaview-fish-bar",
    5,
    "WHATSAPP",
    "en",
    "ORDER",
    "Same as last week but 25kg haddock instead of 20 and no fish fingers",
    [L("HADF-SKON", 25, None, role="set")],
    "reference to the last order with a new quantity and a removal; 25kg is the fresh haddock fillet (not whole boxes), grade from the basket",
    ["reference"],
    hist=U("last", remove=["FFINGER"]),
)
M(
    "seaview-fish-bar",
    6,
    "WHATSAPP",
    "en",
    "OTHER",
    "Thanks for sorting the haddock, new batch came spot on 👍",
    tags=["emoji"],
)
M(
    "seaview-fish-bar",
    6,
    "WHATSAPP",
    "en",
    "ORDER",
    "Sunday: 10 sacks pipers, 4 dripping",
    [L("POT-MP", 10), L("FAT-DRIP", 4)],
)

# ------------------------------------------------------------------ anchor-bistro (email, seafood restaurant)
M(
    "anchor-bistro",
    0,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: Order for Wednesday 7th\n\nHi team,\n\nPlease send for Wednesday:\n- 3 x 5kg bags rope mussels\n- 4 dozen rock oysters No.2\n- 2kg roe-off scallops\n- 4kg sea bass fillets\n- 2 tubs white crab meat\n\nMany thanks,\nTom Easby\nHead Chef, The Anchor Seafood Bistro\n14 Quay Street\n020 7946 0512",
    [L("MUSS-ROPE", 3), L("OYS-ROCK", 48, "No.2"), L("SCAL-ROEOFF", 2), L("BASS-FIL", 4), L("CRAB-WHITE", 2)],
    "3 x 5kg bags is 3 bags; 4 dozen is 48 oysters; the date, street number and phone are not quantities",
    ["signature", "pack", "count"],
)
M(
    "anchor-bistro",
    1,
    "EMAIL",
    "en",
    "ORDER",
    "Could we add 6 native lobsters 700-900 for Friday? Large party in.\n\nTom",
    [L("LOB-NATIVE", None, "700-900g")],
    "native lobster is sold by the kg: 6 lobsters is a count, not 6kg; quantities not stated in kg, a human must confirm the weight",
    ["count", "non_order_request"],
)
M(
    "anchor-bistro",
    2,
    "EMAIL",
    "en",
    "QUESTION",
    "Are the natives back in season yet? And what's the price on No.1 rocks this week?\n\nTom Easby, The Anchor",
)
M(
    "anchor-bistro",
    2,
    "EMAIL",
    "en",
    "ORDER",
    "Please add 2kg palourde clams and 1 tub brown crab meat to Thursday.\n\nThanks, Tom",
    [L("CLAM-PAL", 2), L("CRAB-BROWN", 1)],
)
M(
    "anchor-bistro",
    3,
    "EMAIL",
    "en",
    "ORDER",
    "Hi, for Saturday: oysters x 48, salmon 6kg, prawns 3kg. Thanks, Tom",
    [
        F(["OYS-ROCK", "OYS-NATIVE"], 48),
        F(["SALM-SIDE", "SALM-WHOLE"], 6),
        F(["KPRAWN-RAW", "KPRAWN-COOKED", "PRAWN-CP", "TIGER-HOSO"], 3),
    ],
    "ambiguous: oysters (rock or native, and the rock size), salmon by the kg (side or whole; 6kg is no whole number of 5kg frozen boxes), prawns sold in 1kg bags or boxes",
    ["family"],
)
M(
    "anchor-bistro",
    4,
    "EMAIL",
    "en",
    "ORDER",
    "Please add to Saturday: 2kg langoustines, 1 side of smoked salmon, 1 tub tartare.\n\nTom",
    [N(2, "langoustines"), L("SSAL-SIDE", 1), L("TART-TUB", 1)],
    "langoustines are not in catalog; a 'side of smoked salmon' is the pre-sliced side",
    ["not_in_catalog"],
)
M(
    "anchor-bistro",
    5,
    "EMAIL",
    "en",
    "COMPLAINT",
    "Hi,\n\n2 of the lobsters on Friday were dead on arrival, and invoice INV-58213 has 6kg of lobster but the weigh slip says 5.2kg. Please credit.\n\nTom Easby\nThe Anchor Seafood Bistro",
    tags=["complaint"],
)
M(
    "anchor-bistro",
    6,
    "EMAIL",
    "en",
    "ORDER",
    "Monday please: 3kg raw king prawns 16/20, 1 smoked salmon side, 8kg salmon sides",
    [L("KPRAWN-RAW", 3, "16/20"), L("SSAL-SIDE", 1), L("SALM-SIDE", 8)],
    "3kg of raw king prawns = 3 x 1kg bags",
    ["weight"],
)

# ------------------------------------------------------------------ harbour-hotel (email)
M(
    "harbour-hotel",
    0,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: Weekly fish order\n\nHello,\n\nThe usual for Thursday please, plus 2 packs of gravadlax.\n\nKind regards,\nPriya Nair\nExecutive Chef, Harbour Hotel\n2 Esplanade\nTel 020 7946 0871",
    [L("GRAVAD", 2)],
    "reference to the usual basket plus an addition",
    ["reference", "signature"],
    hist=U("usual"),
)
M(
    "harbour-hotel",
    1,
    "EMAIL",
    "en",
    "ORDER",
    "We have a wedding on Saturday (120 guests). Please add 40 salmon supremes 180-200g and 3 sides of smoked salmon.\n\nPriya",
    [L("SALM-SUPR", 2, "180-200g"), L("SSAL-SIDE", 3)],
    "40 supremes = 2 boxes of 20; 120 guests is not a quantity",
    ["count"],
)
M(
    "harbour-hotel",
    2,
    "EMAIL",
    "en",
    "QUESTION",
    "Could you send me the allergen and catch-area sheet for the smoked haddock and kippers? Our auditor is in on Monday.\n\nPriya Nair",
    tags=["non_order_request"],
)
M(
    "harbour-hotel",
    2,
    "EMAIL",
    "en",
    "ORDER",
    "Friday please: 2 boxes salmon supremes 140-160g, 3kg natural smoked haddock, 1 box salmon fishcakes.",
    [L("SALM-SUPR", 2, "140-160g"), L("SHAD-NAT", 3), L("FCAKE-SALM", 1)],
)
M(
    "harbour-hotel",
    3,
    "EMAIL",
    "en",
    "ORDER",
    "Breakfast top-up for Friday: smoked haddock 4kg and kippers 3kg please",
    [F(["SHAD-NAT", "SHAD-DYED"], 4), L("KIPPER", 3)],
    "ambiguous: smoked haddock natural or dyed",
    ["family"],
)
M(
    "harbour-hotel",
    4,
    "EMAIL",
    "en",
    "ORDER",
    "Please send 30 salmon supremes 140-160 with Saturday's delivery.",
    [L("SALM-SUPR", None, "140-160g")],
    "30 supremes is 1.5 boxes of 20: not a whole number, a human must ask",
    ["count"],
)
M(
    "harbour-hotel",
    5,
    "EMAIL",
    "en",
    "OTHER",
    "Please note our goods-in is closed 1-3pm on Sunday for a fire drill; drivers to use the side gate (code 4471).\n\nPriya",
)
M(
    "harbour-hotel",
    5,
    "EMAIL",
    "en",
    "ORDER",
    "2kg cooked king prawns and 1 pack hot smoked salmon for the Sunday buffet please",
    [L("KPRAWN-COOKED", 2), L("SSAL-HOT", 1)],
    "2kg = 2 x 1kg bags",
    ["weight"],
)
M(
    "harbour-hotel",
    6,
    "EMAIL",
    "en",
    "ORDER",
    "Monday: 3kg lemon sole fillets, 3 bags of cooked peeled prawns, 1 tub marie rose, 1 box battered cod portions",
    [L("LSOLE-FIL", 3), L("PRAWN-CP", 3), L("MARIE", 1), L("BCOD-PORT", 1)],
)

# ------------------------------------------------------------------ crown-anchor-pub (WhatsApp, gastropub)
M(
    "crown-anchor-pub",
    0,
    "WHATSAPP",
    "en",
    "ORDER",
    "2 x 40 battered cod, 2 x 6 wholetail scampi, 2 bags whitebait, 2 calamari rings 1kg",
    [L("BCOD-PORT", 2), L("SCAMPI-WT", 2), L("WBAIT", 2), L("CALAM", 2)],
    "inline packs: 2 x 40 is 2 boxes of 40, 2 x 6 is 2 cases of 6 x 454g",
    ["pack"],
)
M(
    "crown-anchor-pub",
    1,
    "WHATSAPP",
    "en",
    "ORDER",
    "rapeseed x2 pls with thurs delivery",
    [L("OIL-RAPE", 2, None)],
    "ambiguous: 10L or 20L not given",
    ["variant"],
)
M(
    "crown-anchor-pub",
    1,
    "WHATSAPP",
    "en",
    "ORDER",
    "2 x 20L rapeseed and 1 case garlic butter mussels",
    [L("OIL-RAPE", 2, "20L"), L("MUSS-GARLIC", 1)],
    "",
    ["pack"],
)
M(
    "crown-anchor-pub",
    2,
    "WHATSAPP",
    "en",
    "ORDER",
    "Can I get 4 garlic butter mussels for the specials board",
    [L("MUSS-GARLIC", None)],
    "garlic butter mussels come in cases of 12 pouches: 4 pouches is no whole case and 4 cases is a guess; quantities not stated in cases",
    ["pack", "non_order_request"],
)
M(
    "crown-anchor-pub",
    3,
    "WHATSAPP",
    "en",
    "ORDER",
    "need 2 jars pickled onions, 1 box haddock fishcakes and a tub of tartare",
    [N(2, "pickled onions"), L("FCAKE-HAD", 1), L("TART-TUB", 1)],
    "pickled onions are not in catalog; 'a tub of tartare' is the 2.27L tub",
    ["not_in_catalog"],
)
M(
    "crown-anchor-pub",
    4,
    "WHATSAPP",
    "en",
    "QUESTION",
    "can I pay by card when the driver comes? our BACS is down",
    tags=["non_order_request"],
)
M(
    "crown-anchor-pub",
    5,
    "WHATSAPP",
    "en",
    "ORDER",
    "same as last thurs but 3 boxes battered cod instead of 2",
    [L("BCOD-PORT", 3, role="set")],
    "reference to the last order with a new quantity",
    ["reference"],
    hist=U("last"),
)
M(
    "crown-anchor-pub",
    6,
    "WHATSAPP",
    "en",
    "ORDER",
    "a case of mushy peas and 2 cases wholetail scampi pls",
    [L("PEAS-MUSHY", 1), L("SCAMPI-WT", 2)],
)

# ------------------------------------------------------------------ oyster-room (WhatsApp)
M(
    "oyster-room",
    0,
    "WHATSAPP",
    "en",
    "ORDER",
    "10 dozen rocks no3, 4 dozen natives, 3kg palourdes, 2kg razors 🦪",
    [L("OYS-ROCK", 120, "No.3"), L("OYS-NATIVE", 48), L("CLAM-PAL", 3), L("RAZOR", 2)],
    "dozens converted to oysters",
    ["count", "emoji"],
)
M(
    "oyster-room",
    1,
    "WHATSAPP",
    "en",
    "ORDER",
    "60 dozen rock oysters no3 for weds",
    [L("OYS-ROCK", 720, "No.3")],
    "720 oysters with no reason given, against about 120 a week",
    ["outlier"],
    flags=["outlier"],
)
M(
    "oyster-room",
    2,
    "WHATSAPP",
    "en",
    "ORDER",
    "2 dozen large rock oysters and a dozen dressed crab",
    [L("OYS-ROCK", 24, None, nofill=True), L("CRAB-DRESSED", 12)],
    "ambiguous: 'large' names no rock oyster grade (No.1, No.2, No.3); not filled from history",
    ["variant"],
)
M(
    "oyster-room",
    3,
    "WHATSAPP",
    "en",
    "ORDER",
    "6 jars of lumpfish caviar black and 6 red, 2 dozen scallops in shell",
    [L("LUMP", 6, "Black"), L("LUMP", 6, "Red"), L("SCAL-SHELL", 24)],
    "two colours of one product",
    ["variant"],
)
M(
    "oyster-room",
    3,
    "WHATSAPP",
    "en",
    "ORDER",
    "8 dozen no2 rocks and 2kg queenies pls",
    [L("OYS-ROCK", 96, "No.2"), L("SCAL-QUEEN", 2)],
    "",
    ["count"],
)
M(
    "oyster-room",
    4,
    "WHATSAPP",
    "en",
    "COMPLAINT",
    "Half the natives gaping on arrival today, had to bin about 15. Not good enough guys",
    tags=["complaint"],
)
M(
    "oyster-room",
    5,
    "WHATSAPP",
    "en",
    "ORDER",
    "clams 3kg and brown shrimps x2",
    [F(["CLAM-PAL", "CLAM-SURF"], 3), L("SHRIMP-BROWN", 2)],
    "ambiguous: clams (palourde or surf)",
    ["family"],
)
M(
    "oyster-room",
    5,
    "WHATSAPP",
    "en",
    "ORDER",
    "2 dozen dressed crabs, 2 tubs brown shrimps",
    [L("CRAB-DRESSED", 24), L("SHRIMP-BROWN", 2)],
    "",
    ["count"],
)
M(
    "oyster-room",
    6,
    "WHATSAPP",
    "en",
    "QUESTION",
    "Do you have sea urchins at all? Chef wants them for a tasting menu, 30 covers next Fri",
    notes="sea urchins are not stocked",
    tags=["not_in_catalog"],
)

# ------------------------------------------------------------------ spice-coast (SMS, Keralan restaurant)
M(
    "spice-coast",
    0,
    "SMS",
    "en",
    "ORDER",
    "Raw king prawns 21/25 x10 bags, tiger prawns x4 boxes, squid tubes 1 box, monkfish 3kg. Thx - Anil",
    [L("KPRAWN-RAW", 10, "21/25"), L("TIGER-HOSO", 4), L("FSQUID", 1), L("MONK-TAIL", 3)],
)
M(
    "spice-coast",
    1,
    "SMS",
    "en",
    "ORDER",
    "need 2 oil and 6kg mackerel",
    [F(["OIL-RAPE", "OIL-SUN"], 2), F(["MACK-WHOLE", "MACK-FIL"], 6)],
    "ambiguous: oil (rapeseed or sunflower) and mackerel (whole or fillets)",
    ["family"],
)
M(
    "spice-coast",
    2,
    "SMS",
    "en",
    "ORDER",
    "king prawns raw 5 bags pls",
    [L("KPRAWN-RAW", 5, None)],
    "ambiguous: prawn grade not given",
    ["variant"],
)
M(
    "spice-coast",
    2,
    "SMS",
    "en",
    "ORDER",
    "monkfish tails 4kg + sea trout 2kg",
    [L("MONK-TAIL", 4), L("SEATROUT", 2)],
)
M(
    "spice-coast",
    3,
    "SMS",
    "en",
    "QUESTION",
    "wat is price 4 tilapia whole? not ordering yet",
    notes="a price request; tilapia is not stocked",
    tags=["not_in_catalog"],
)
M(
    "spice-coast",
    4,
    "SMS",
    "en",
    "ORDER",
    "2kg baby squid and 4kg sardines",
    [N(2, "baby squid"), L("SARD", 4)],
    "baby squid is not in catalog (only cleaned whole squid and tubes)",
    ["not_in_catalog"],
)
M(
    "spice-coast",
    5,
    "SMS",
    "en",
    "ORDER",
    "usual pls but 12 bags prawns instead of 10",
    [F(["KPRAWN-RAW", "KPRAWN-COOKED", "PRAWN-CP"], 12, role="set")],
    "reference to the usual with a new quantity; 'bags' of prawns fits three 1kg-bag products: ambiguous without history",
    ["reference", "family"],
    hist=U("usual"),
)
M(
    "spice-coast",
    6,
    "SMS",
    "en",
    "ORDER",
    "sunflower oil x2, whole mackerel 6kg, sardines 4kg",
    [L("OIL-SUN", 2), L("MACK-WHOLE", 6), L("SARD", 4)],
)

# ------------------------------------------------------------------ riverside-care (email, care home)
M(
    "riverside-care",
    0,
    "EMAIL",
    "en",
    "ORDER",
    "Good morning,\n\nPlease could you deliver on Monday: 2 boxes of fish fingers, 2 boxes of cod fishcakes, 1 box of frozen pollock fillets and 3kg dyed smoked haddock.\n\nThank you,\nMargaret Hollis\nCatering Manager, Riverside Care Home\n07700 900644",
    [L("FFINGER", 2), L("FCAKE-COD", 2), L("FPOLL", 1), L("SHAD-DYED", 3)],
    "an order that opens like a request",
    ["non_order_request", "signature"],
)
M(
    "riverside-care",
    1,
    "EMAIL",
    "en",
    "QUESTION",
    "I'd like to know which of your fishcakes are suitable for a soft diet (IDDSI level 6)? We have 40 residents.\n\nMargaret",
    tags=["non_order_request"],
)
M(
    "riverside-care",
    2,
    "EMAIL",
    "en",
    "ORDER",
    "Could you add 48 cod fishcakes to Monday's order?\n\nMargaret Hollis",
    [L("FCAKE-COD", 2)],
    "an addition to a placed order; 48 fishcakes = 2 boxes of 24",
    ["count", "non_order_request"],
)
M(
    "riverside-care",
    3,
    "EMAIL",
    "en",
    "ORDER",
    "Could you repeat last week's order for Monday please?\n\nThanks, Margaret",
    [],
    "reference to the last order",
    ["reference"],
    hist=U("last"),
)
M(
    "riverside-care",
    4,
    "EMAIL",
    "en",
    "OTHER",
    "Please add our new cook, Dean Parr (dean.parr@riversidecare.example), to the order confirmation emails.",
    tags=["non_order_request"],
)
M(
    "riverside-care",
    5,
    "EMAIL",
    "en",
    "ORDER",
    "1 box salmon supremes and 1 box tartare sachets please",
    [L("SALM-SUPR", 1, None), L("TART-SACH", 1)],
    "ambiguous: supreme size not given",
    ["variant"],
)
M(
    "riverside-care",
    6,
    "EMAIL",
    "en",
    "ORDER",
    "Please deliver Monday: 2 boxes fish fingers and 1 case of mushy peas. Thank you, Margaret",
    [L("FFINGER", 2), L("PEAS-MUSHY", 1)],
)
M(
    "riverside-care",
    6,
    "EMAIL",
    "en",
    "COMPLAINT",
    "The dyed haddock on Monday had a lot of pin bones left in, which is a real safety issue for our residents. Please make sure it is boneless next time.",
    tags=["complaint"],
)

# ------------------------------------------------------------------ saltwater-events (email, caterer, no usual)
M(
    "saltwater-events",
    0,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: Saturday wedding – 180 guests\n\nHi,\n\nFor Saturday 10th please: 96 rock oysters No.2, 3 pre-sliced smoked salmon sides, 4 packs gravadlax, 3 bags cooked king prawns, 6 jars red lumpfish.\n\nBest,\nHannah Croft\nSaltwater Events\n07700 900721",
    [
        L("OYS-ROCK", 96, "No.2"),
        L("SSAL-SIDE", 3),
        L("GRAVAD", 4),
        L("KPRAWN-COOKED", 3),
        L("LUMP", 6, "Red"),
    ],
    "180 guests and the date are not quantities",
    ["signature"],
)
M(
    "saltwater-events",
    1,
    "EMAIL",
    "en",
    "ORDER",
    "For Friday's canapé job: 2 packs smoked salmon trimmings, 2 tubs white crab meat, 6 jars black lumpfish caviar",
    [L("SSAL-TRIM", 2), L("CRAB-WHITE", 2), L("LUMP", 6, "Black")],
)
M(
    "saltwater-events",
    2,
    "EMAIL",
    "en",
    "ORDER",
    "Hi again – our usual event order for the Thursday corporate lunch please, 60 guests.\n\nHannah",
    [],
    "ambiguous: the caterer never repeats a basket, so there is no usual to expand",
    ["reference", "ambiguous_reference"],
    hist=U("usual"),
)
M(
    "saltwater-events",
    3,
    "EMAIL",
    "en",
    "ORDER",
    "Could you do 2-3 sides of smoked salmon for Sunday? Depends on final numbers.",
    [L("SSAL-SIDE", None)],
    "a range: quantities not stated exactly, a human must ask",
    ["range", "non_order_request"],
    flags=["range"],
)
M(
    "saltwater-events",
    4,
    "EMAIL",
    "en",
    "QUESTION",
    "Can you quote for 400 oysters, 10kg salmon sides and 6kg white crab meat for a September wedding? Not ordering yet.\n\nHannah Croft",
    notes="a quote request listing quantities",
    tags=["non_order_request"],
)
M(
    "saltwater-events",
    5,
    "EMAIL",
    "en",
    "ORDER",
    "Same as last week's order please, for Wednesday's event, but no crab.",
    [],
    "reference to the last order with a removal",
    ["reference"],
    hist=U("last", remove=["CRAB-WHITE"]),
)
M(
    "saltwater-events",
    6,
    "EMAIL",
    "en",
    "OTHER",
    "Auto-reply: I'm out of the office until Monday 12 July with limited access to email. For urgent event orders please call 07700 900722.",
    tags=["auto_reply"],
)

# ------------------------------------------------------------------ umi-rooftop (WhatsApp, sushi bar)
M(
    "umi-rooftop",
    0,
    "WHATSAPP",
    "en",
    "ORDER",
    "tuna loin 6kg, salmon sides 12kg, roe off scallops 2kg, small octopus 4kg pls 🍣",
    [L("TUNA-LOIN", 6), L("SALM-SIDE", 12), L("SCAL-ROEOFF", 2), L("OCTO", 4, "1-2kg")],
    "'small' picks the 1-2kg octopus (two grades)",
    ["variant", "emoji"],
)
M(
    "umi-rooftop",
    1,
    "WHATSAPP",
    "en",
    "ORDER",
    "4 tempura, 1 panko",
    [F(["BATTER-TEMP", "PRAWN-TEMP"], 4), L("CRUMB-PANKO", 1)],
    "ambiguous: 'tempura' is the tempura batter or the tempura prawns, and this bar buys both",
    ["family"],
)
M(
    "umi-rooftop",
    2,
    "WHATSAPP",
    "en",
    "ORDER",
    "voice msg: hey can we get six kilos tuna two kilos of scallops roe off a bag of panko and six jars of red lumpfish",
    [L("TUNA-LOIN", 6), L("SCAL-ROEOFF", 2), L("CRUMB-PANKO", 1), L("LUMP", 6, "Red")],
    "spoken list without commas",
    ["spoken", "non_order_request"],
)
M(
    "umi-rooftop",
    3,
    "WHATSAPP",
    "en",
    "QUESTION",
    "do u have bluefin? or only yellowfin",
    notes="bluefin is not stocked",
    tags=["not_in_catalog"],
)
M(
    "umi-rooftop",
    4,
    "WHATSAPP",
    "en",
    "ORDER",
    "2 packs nori and 1kg wasabi paste, plus 2 boxes tempura prawns",
    [N(2, "nori"), N(1, "wasabi paste"), L("PRAWN-TEMP", 2)],
    "nori and wasabi are not in catalog",
    ["not_in_catalog"],
)
M(
    "umi-rooftop",
    4,
    "WHATSAPP",
    "en",
    "ORDER",
    "2 kg mackerel fillets and 3 kg fresh squid for tmrw",
    [L("MACK-FIL", 2), L("SQUID-FRESH", 3)],
)
M(
    "umi-rooftop",
    5,
    "WHATSAPP",
    "en",
    "CHANGE",
    "for tomorrow's order can you make the tuna 8kg instead of 6 pls",
    tags=["change"],
    change=[L("TUNA-LOIN", 8)],
)
M(
    "umi-rooftop",
    6,
    "WHATSAPP",
    "en",
    "ORDER",
    "usual for tues + extra 2kg octopus",
    [L("OCTO", 2, None)],
    "reference to the usual plus an addition; octopus grade not given",
    ["reference", "variant"],
    hist=U("usual"),
)

# ------------------------------------------------------------------ quayside-grill (WhatsApp)
M(
    "quayside-grill",
    0,
    "WHATSAPP",
    "en",
    "ORDER",
    "8kg dover sole, 6kg turbot, 4kg halibut steaks, 10 canadian lobsters",
    [L("DSOLE", 8, None), L("TURBOT", 6), L("HALI-STEAK", 4), L("LOB-CAN", 10)],
    "ambiguous: Dover sole grade not given; Canadian lobsters are sold each",
    ["variant"],
)
M(
    "quayside-grill",
    1,
    "WHATSAPP",
    "en",
    "ORDER",
    "5kg cod loin, 4kg skate wings, 1 bag rope mussels",
    [L("COD-LOIN", 5), L("SKATE", 4), L("MUSS-ROPE", 1)],
)
M(
    "quayside-grill",
    2,
    "WHATSAPP",
    "en",
    "ORDER",
    "cod 5kg for thurs and 1 tub tartare",
    [F(["CODF-SKON", "COD-LOIN", "COD-WHOLE"], 5), L("TART-TUB", 1)],
    "ambiguous: cod by the kg is fillet, loin or whole (5kg is no whole number of frozen boxes)",
    ["family"],
)
M(
    "quayside-grill",
    3,
    "WHATSAPP",
    "en",
    "COMPLAINT",
    "Dover soles were 300-400 not 400-500 on Wednesday. Charged for the bigger grade. Please sort a credit note.",
    tags=["complaint"],
)
M(
    "quayside-grill",
    3,
    "WHATSAPP",
    "en",
    "ORDER",
    "2 bags rope mussels and 5kg cod loin pls",
    [L("MUSS-ROPE", 2), L("COD-LOIN", 5)],
)
M(
    "quayside-grill",
    4,
    "WHATSAPP",
    "en",
    "ORDER",
    "4kg skate, no sorry make it 6kg, and a tub of tartare",
    [L("SKATE", 6), L("TART-TUB", 1)],
    "self-correction: 6kg",
    ["self_correction"],
)
M(
    "quayside-grill",
    5,
    "WHATSAPP",
    "en",
    "ORDER",
    "Same again as last week pls, + 2kg roe on scallops",
    [L("SCAL-ROEON", 2)],
    "reference to the last order plus an addition",
    ["reference"],
    hist=U("last"),
)
M(
    "quayside-grill",
    6,
    "WHATSAPP",
    "en",
    "ORDER",
    "sun: 10 canadian lobsters, 6kg whole turbot",
    [L("LOB-CAN", 10), L("TURBOT", 6)],
)

# ------------------------------------------------------------------ kingfisher-fish-bar (SMS)
M(
    "kingfisher-fish-bar",
    0,
    "SMS",
    "en",
    "ORDER",
    "30lb haddock 6-8 and 2 box cod 10-12",
    [L("FHAD-BOX", 2, "6-8oz"), L("FCOD-BOX", 2, "10-12oz")],
    "30lb of haddock 6-8 is 2 frozen 15lb (6.81kg) boxes; 6-8 is a box grade",
    ["weight"],
)
M(
    "kingfisher-fish-bar",
    1,
    "SMS",
    "en",
    "ORDER",
    "3 fat, 1 gluten free batter, 2 malt vinegar",
    [F(["FAT-PALM", "FAT-DRIP"], 3), L("BATTER-GLUT", 1), L("VIN-MALT", 2)],
    "ambiguous: fat (palm or beef dripping)",
    ["family"],
)
M(
    "kingfisher-fish-bar",
    2,
    "SMS",
    "en",
    "ORDER",
    "can I get 3 boxes 6-8 fillets for friday",
    [F(["FCOD-BOX", "FHAD-BOX"], 3, cv="6-8oz")],
    "ambiguous: 6-8 fillet boxes are cod or haddock, and this shop buys both",
    ["family", "non_order_request"],
)
M(
    "kingfisher-fish-bar",
    2,
    "SMS",
    "en",
    "ORDER",
    "2 x 5L malt vinegar, 1 tub soaking tablets",
    [L("VIN-MALT", 2), L("PEA-TAB", 1)],
    "2 x 5L is two 5L containers",
    ["pack"],
)
M(
    "kingfisher-fish-bar",
    3,
    "SMS",
    "en",
    "ORDER",
    "10 boxes saveloys and 1 box jumbo battered sausages, plus 10 spuds",
    [N(10, "saveloys"), N(1, "jumbo battered sausages"), L("POT-MP", 10)],
    "saveloys and sausages are not in catalog",
    ["not_in_catalog"],
)
M(
    "kingfisher-fish-bar",
    4,
    "SMS",
    "en",
    "OTHER",
    "From next week can we have deliveries on Tuesdays instead of Mondays? Same order each week",
    notes="a standing change of delivery day, not a change of a placed order",
    tags=["non_order_request"],
)
M(
    "kingfisher-fish-bar",
    5,
    "SMS",
    "en",
    "ORDER",
    "1 case small chip boxes, 1 sack marrowfats, 1 case wholetail scampi",
    [L("CHIPBOX", 1, "Small"), L("PEAS-DRIED", 1), L("SCAMPI-WT", 1)],
)
M(
    "kingfisher-fish-bar",
    6,
    "SMS",
    "en",
    "ORDER",
    "2 gluten free batter, 2 big bags goldfry",
    [L("BATTER-GLUT", 2), L("BATTER-GF", 2, "12.5kg")],
)
M(
    "kingfisher-fish-bar",
    6,
    "SMS",
    "en",
    "COMPLAINT",
    "Driver left the palm fat outside in the rain again, 2 boxes soaked through. Not happy",
    tags=["complaint"],
)

# ------------------------------------------------------------------ brookfield-school (email)
M(
    "brookfield-school",
    0,
    "EMAIL",
    "en",
    "ORDER",
    "Dear Harbour Reach,\n\nFor Fish Friday (9 July) please deliver 400 cod fish fingers and 40 battered cod portions. We have 210 pupils.\n\nRegards,\nMrs J. Okafor\nKitchen Manager, Brookfield Primary School\n020 7946 0390",
    [L("FFINGER", 4), L("BCOD-PORT", 1)],
    "400 fish fingers = 4 boxes of 100; 40 portions = 1 box of 40; 210 pupils is not a quantity",
    ["count", "signature"],
)
M(
    "brookfield-school",
    1,
    "EMAIL",
    "en",
    "ORDER",
    "Please add 1 box of frozen pollock fillets to Friday's order. Thanks, Mrs Okafor",
    [L("FPOLL", 1)],
)
M(
    "brookfield-school",
    2,
    "EMAIL",
    "en",
    "QUESTION",
    "Are your fish fingers MSC certified, and free from the 14 allergens apart from fish and wheat? I need it in writing for the council.",
)
M(
    "brookfield-school",
    3,
    "EMAIL",
    "en",
    "ORDER",
    "Please send 1 box salmon fishcakes and 1 box frozen pollock fillets, PO 20931.",
    [L("FCAKE-SALM", 1), L("FPOLL", 1)],
    "PO 20931 is not a quantity",
)
M(
    "brookfield-school",
    4,
    "EMAIL",
    "en",
    "CANCEL",
    "Please cancel Friday's delivery – the school is closed for a staff training day. Apologies for the short notice.",
    tags=["cancel"],
)

# ------------------------------------------------------------------ salty-shack (new, food truck)
M(
    "salty-shack",
    0,
    "WHATSAPP",
    "en",
    "ORDER",
    "Hi! We're The Salty Shack, new seafood truck at Westcliff market. First order please, cash on delivery: 2kg cooked peeled prawns, 3 bags calamari rings, 2 bags salt & pepper squid, 1 box tartare sachets. Pitch 14, Saturday morning 🙏",
    [L("PRAWN-CP", 2), L("CALAM", 3), L("SPSQUID", 2), L("TART-SACH", 1)],
    "a first order paid on delivery ships as written; pitch 14 is not a quantity; 2kg = 2 x 1kg bags",
    ["new_customer", "emoji"],
)
M(
    "salty-shack",
    2,
    "WHATSAPP",
    "en",
    "QUESTION",
    "what's ur minimum order for delivery?",
    tags=["new_customer"],
)
M(
    "salty-shack",
    3,
    "WHATSAPP",
    "en",
    "ORDER",
    "can u bring 2 more bags salt and pepper squid + 1kg whitebait sat",
    [L("SPSQUID", 2), L("WBAIT", 1)],
    "",
    ["new_customer", "non_order_request"],
)
M(
    "salty-shack",
    4,
    "WHATSAPP",
    "en",
    "ORDER",
    "same as my first order again for sunday pls",
    [],
    "ambiguous: a first-time customer has no order history (messages are not history)",
    ["reference", "ambiguous_reference", "new_customer"],
    hist=U("last"),
)
M(
    "salty-shack",
    5,
    "WHATSAPP",
    "en",
    "ORDER",
    "if you can get samphire add 1kg with the sunday drop, otherwise just 2 more bags of calamari",
    [N(1, "samphire"), L("CALAM", 2)],
    "a conditional order; samphire is not in catalog",
    ["conditional", "new_customer"],
    flags=["conditional"],
)

# ------------------------------------------------------------------ bay-fish-kitchen (new, email)
M(
    "bay-fish-kitchen",
    0,
    "EMAIL",
    "en",
    "ORDER",
    "Subject: First order – Bay Fish Kitchen\n\nHello,\n\nWe're opening Bay Fish Kitchen at 27 Marine Parade next Friday. For Thursday please, paying the driver on delivery:\n\n4 boxes frozen cod fillets 8-10oz\n2 boxes frozen haddock 8-10oz\n4 boxes palm fat\n2 x 12.5kg Goldfry\n20 sacks Maris Piper\n2 cases medium chip boxes\n\nRegards,\nStelios Andreou\n07700 900733",
    [
        L("FCOD-BOX", 4, "8-10oz"),
        L("FHAD-BOX", 2, "8-10oz"),
        L("FAT-PALM", 4),
        L("BATTER-GF", 2, "12.5kg"),
        L("POT-MP", 20),
        L("CHIPBOX", 2, "Medium"),
    ],
    "a first order paid on delivery ships as written; street number and phone are not quantities",
    ["new_customer", "signature", "pack"],
)
M(
    "bay-fish-kitchen",
    1,
    "EMAIL",
    "en",
    "OTHER",
    "I'd like to apply for a 30-day trade account once we're open. Please send the application form to stelios@bayfishkitchen.example.\n\nStelios",
    notes="an account request",
    tags=["non_order_request", "new_customer"],
)
M(
    "bay-fish-kitchen",
    2,
    "EMAIL",
    "en",
    "QUESTION",
    "Do you know anyone who services chip-shop ranges? Ours needs a check before Friday.",
    tags=["new_customer"],
)
M(
    "bay-fish-kitchen",
    3,
    "EMAIL",
    "en",
    "ORDER",
    "Please add 2 boxes of frozen haddock fillets 6-8oz and 1 case of large chip boxes to Thursday.\n\nStelios",
    [L("FHAD-BOX", 2, "6-8oz"), L("CHIPBOX", 1, "Large")],
    "",
    ["new_customer"],
)
M(
    "bay-fish-kitchen",
    3,
    "EMAIL",
    "en",
    "ORDER",
    "Also 1 case of mushy peas, 2 packs of newsprint greaseproof and a box of wooden forks on the same delivery.",
    [L("PEAS-MUSHY", 1), L("GREASE", 2, "Newsprint Print"), L("FORKS", 1)],
    "",
    ["new_customer"],
)

# ------------------------------------------------------------------ kaptan-fish-bar (WhatsApp, Turkish)
M(
    "kaptan-fish-bar",
    0,
    "WHATSAPP",
    "tr",
    "ORDER",
    "Merhaba abi, yarın için: 3 kutu donuk cod 8-10, 2 kutu haddock 6-8, 3 blok palm yağı, 2 çuval goldfry 12.5kg, 14 çuval patates. Teşekkürler, Mehmet",
    [
        L("FCOD-BOX", 3, "8-10oz"),
        L("FHAD-BOX", 2, "6-8oz"),
        L("FAT-PALM", 3),
        L("BATTER-GF", 2, "12.5kg"),
        L("POT-MP", 14),
    ],
    "kutu (box) narrows cod and haddock to the frozen boxes; 'palm yağı blok' is the palm frying fat",
)
M(
    "kaptan-fish-bar",
    1,
    "WHATSAPP",
    "tr",
    "ORDER",
    "Her zamanki gibi abi, ama patates 16 çuval olsun",
    [L("POT-MP", 16, role="set")],
    "reference to the usual with a new quantity",
    ["reference"],
    hist=U("usual"),
)
M(
    "kaptan-fish-bar",
    2,
    "WHATSAPP",
    "tr",
    "ORDER",
    "2 bidon yağ lazım, bir de 1 koli küçük chip box",
    [F(["OIL-RAPE", "OIL-SUN"], 2), L("CHIPBOX", 1, "Small")],
    "ambiguous: 'yağ' in drums is rapeseed or sunflower oil (the shop fries in palm fat and has bought neither); küçük = small",
    ["family"],
)
M(
    "kaptan-fish-bar",
    3,
    "WHATSAPP",
    "tr",
    "QUESTION",
    "Abi merhaba, kredi kartıyla ödeme yapabilir miyim? Şoföre mi vereyim?",
    tags=["non_order_request"],
)
M(
    "kaptan-fish-bar",
    4,
    "WHATSAPP",
    "tr",
    "CHANGE",
    "Yarınki siparişte cod 8-10 yerine 10-12 gönderin lütfen, yine 3 kutu",
    notes="swaps the cod grade in a placed order",
    tags=["change"],
    change=[L("FCOD-BOX", 3, "10-12oz"), L("FCOD-BOX", 0, "8-10oz")],
)
M(
    "kaptan-fish-bar",
    4,
    "WHATSAPP",
    "tr",
    "ORDER",
    "2 kova köri sosu ve 1 koli küçük chip box gönder abi",
    [L("CURRY", 2), L("CHIPBOX", 1, "Small")],
    "kova (tub) of curry sauce mix; küçük = small",
)
M(
    "kaptan-fish-bar",
    5,
    "WHATSAPP",
    "tr",
    "ORDER",
    "sesli mesaj: iki kutu cod sekiz on bir koli scampi bir kova köri sosu ve on çuval patates",
    [L("FCOD-BOX", 2, "8-10oz"), F(["SCAMPI-WT", "SCAMPI-RF"], 1), L("CURRY", 1), L("POT-MP", 10)],
    "spoken list without commas, number words; ambiguous: scampi (wholetail or reformed)",
    ["spoken", "family"],
)
M(
    "kaptan-fish-bar",
    6,
    "WHATSAPP",
    "tr",
    "COMPLAINT",
    "Bu hafta gelen patatesler çok kötüydü abi, 14 çuvalın 5'i çürük çıktı. Kullanılmaz.",
    tags=["complaint"],
)

# ------------------------------------------------------------------ deniz-meze (WhatsApp, Turkish seafood restaurant)
M(
    "deniz-meze",
    0,
    "WHATSAPP",
    "tr",
    "ORDER",
    "Günaydın. Perşembe için: 10 kg levrek 400-600, 8 kg çipura, 5 kg büyük ahtapot, 4 kg sardalya.",
    [L("BASS-WHOLE", 10, "400-600g"), L("BREAM-WHOLE", 8), L("OCTO", 5, "2-3kg"), L("SARD", 4)],
    "400-600 is a whole sea bass grade (fillets have none); büyük (big) picks the 2-3kg octopus",
    ["variant"],
)
M(
    "deniz-meze",
    1,
    "WHATSAPP",
    "tr",
    "ORDER",
    "levrek 10 kg daha lazım cumartesi için",
    [F(["BASS-WHOLE", "BASS-FIL"], 10)],
    "ambiguous: levrek (sea bass) whole or fillets",
    ["family"],
)
M("deniz-meze", 2, "WHATSAPP", "tr", "QUESTION", "Barbunya var mı bu hafta? Fiyatı ne?")
M(
    "deniz-meze",
    3,
    "WHATSAPP",
    "tr",
    "ORDER",
    "20 tane çipura lazım yarına",
    [L("BREAM-WHOLE", None)],
    "20 fish of a product sold by the kg: quantities not stated in kg, a human must confirm the weight",
    ["count"],
)
M(
    "deniz-meze",
    4,
    "WHATSAPP",
    "tr",
    "ORDER",
    "2 paket kalamar halka, 2 kg karides 16/20, 1 bidon ayçiçek yağı",
    [L("CALAM", 2), L("KPRAWN-RAW", 2, "16/20"), L("OIL-SUN", 1)],
    "16/20 is a raw king prawn grade only; 2kg = 2 x 1kg bags",
    ["variant"],
)
M("deniz-meze", 5, "WHATSAPP", "tr", "OTHER", "Teşekkürler, dünkü balıklar çok tazeydi 👌", tags=["emoji"])
M(
    "deniz-meze",
    6,
    "WHATSAPP",
    "tr",
    "ORDER",
    "Pazartesi için 5 kg bütün uskumru ve 2 kg kılıç balığı",
    [L("MACK-WHOLE", 5), L("SWORD", 2)],
)

# ------------------------------------------------------------------ lucky-star-chippy (WhatsApp, Cantonese)
M(
    "lucky-star-chippy",
    0,
    "WHATSAPP",
    "zh",
    "ORDER",
    "你好，星期二送：鳕鱼 6-8 三箱，黑线鳕 8-10 一箱，dripping 两箱，goldfry 12.5kg 两包，薯仔 12 包。谢谢 阿明",
    [
        L("FCOD-BOX", 3, "6-8oz"),
        L("FHAD-BOX", 1, "8-10oz"),
        L("FAT-DRIP", 2),
        L("BATTER-GF", 2, "12.5kg"),
        L("POT-MP", 12),
    ],
    "箱 (box) narrows cod and haddock to the frozen boxes; 包 of potatoes are the 25kg sacks",
)
M(
    "lucky-star-chippy",
    1,
    "WHATSAPP",
    "zh",
    "ORDER",
    "老样子，加多一桶咖喱汁",
    [L("CURRY", 1)],
    "reference to the usual plus one tub of curry sauce mix",
    ["reference"],
    hist=U("usual"),
)
M(
    "lucky-star-chippy",
    2,
    "WHATSAPP",
    "zh",
    "ORDER",
    "要三箱炸鱼油",
    [F(["FAT-PALM", "FAT-DRIP"], 3)],
    "ambiguous: frying fat by the box is palm or dripping, and this shop buys both",
    ["family"],
)
M("lucky-star-chippy", 3, "WHATSAPP", "zh", "QUESTION", "请问你们有没有椒盐鱿鱼？一包几钱？")
M("lucky-star-chippy", 4, "WHATSAPP", "zh", "CANCEL", "星期五的单取消，店里装修，唔该", tags=["cancel"])
M(
    "lucky-star-chippy",
    5,
    "WHATSAPP",
    "zh",
    "ORDER",
    "chip box 中号 一箱，scampi 两箱",
    [L("CHIPBOX", 1, "Medium"), F(["SCAMPI-WT", "SCAMPI-RF"], 2)],
    "中号 = medium; ambiguous: scampi (wholetail or reformed)",
    ["family", "variant"],
)
M(
    "lucky-star-chippy",
    6,
    "WHATSAPP",
    "zh",
    "ORDER",
    "薯仔 15 包，dripping 2 箱",
    [L("POT-MP", 15), L("FAT-DRIP", 2)],
)
M(
    "lucky-star-chippy",
    6,
    "WHATSAPP",
    "zh",
    "COMPLAINT",
    "上星期的 chip box 少了一箱，但发票有收钱，请退返",
    tags=["complaint"],
)

# ------------------------------------------------------------------ jade-harbour (WhatsApp, Cantonese restaurant)
M(
    "jade-harbour",
    0,
    "WHATSAPP",
    "zh",
    "ORDER",
    "陈师傅：生虾仁 21/25 六包，带子 roe off 两公斤，活蟹 8 公斤，鲈鱼 600-800 6 公斤",
    [L("KPRAWN-RAW", 6, "21/25"), L("SCAL-ROEOFF", 2), L("CRAB-LIVE", 8), L("BASS-WHOLE", 6, "600-800g")],
    "21/25 is a raw king prawn grade; 600-800 a whole sea bass grade",
    ["variant"],
)
M(
    "jade-harbour",
    1,
    "WHATSAPP",
    "zh",
    "ORDER",
    "龙虾 500-700 要 8 只",
    [L("LOB-NATIVE", None, "500-700g")],
    "8 lobsters of a product sold by the kg: quantities not stated in kg",
    ["count"],
)
M(
    "jade-harbour",
    2,
    "WHATSAPP",
    "zh",
    "ORDER",
    "有冇象拔蚌？要 3 公斤。仲有花蟹 5 公斤",
    [N(3, "geoduck"), N(5, "flower crab")],
    "geoduck and flower crab are not in catalog",
    ["not_in_catalog"],
)
M("jade-harbour", 2, "WHATSAPP", "zh", "ORDER", "带子 roe off 3 公斤", [L("SCAL-ROEOFF", 3)])
M(
    "jade-harbour",
    3,
    "WHATSAPP",
    "zh",
    "ORDER",
    "同上个星期一样，但係唔要鱿鱼",
    [],
    "reference to the last order with a removal (squid tubes)",
    ["reference"],
    hist=U("last", remove=["FSQUID"]),
)
M(
    "jade-harbour",
    4,
    "WHATSAPP",
    "zh",
    "COMPLAINT",
    "今日啲虎虾有异味，两箱都唔新鲜，要退",
    tags=["complaint"],
)
M(
    "jade-harbour",
    4,
    "WHATSAPP",
    "zh",
    "CHANGE",
    "星期五的单改到星期六送，唔该",
    notes="moves a placed order to another day",
    tags=["change"],
    change=[],
)
M(
    "jade-harbour",
    5,
    "WHATSAPP",
    "zh",
    "ORDER",
    "原条鲈鱼 6 公斤",
    [L("BASS-WHOLE", 6, None)],
    "whole sea bass, grade not given: ambiguous",
    ["variant"],
)
M(
    "jade-harbour",
    6,
    "WHATSAPP",
    "zh",
    "ORDER",
    "虎虾 两箱，鱿鱼筒 一箱",
    [L("TIGER-HOSO", 2), L("FSQUID", 1)],
)

# ------------------------------------------------------------------ la-lonja (WhatsApp, Spanish tapas bar)
M(
    "la-lonja",
    0,
    "WHATSAPP",
    "es",
    "ORDER",
    "Hola! Para el martes: 2 tarrinas de boquerones, 4 kg de pulpo grande, 3 bolsas de calamares rebozados y 4 bolsas de gambas peladas 21/25. Gracias, Lucía",
    [L("BOQ", 2), L("OCTO", 4, "2-3kg"), L("CALAM", 3), L("KPRAWN-RAW", 4, "21/25")],
    "'grande' picks the 2-3kg octopus; calamares rebozados are the breaded rings",
    ["variant"],
)
M(
    "la-lonja",
    0,
    "WHATSAPP",
    "es",
    "ORDER",
    "Y añade 2 kg de navajas y 3 kg de sardinas, porfa",
    [L("RAZOR", 2), L("SARD", 3)],
)
M(
    "la-lonja",
    1,
    "WHATSAPP",
    "es",
    "ORDER",
    "Lo de siempre para el jueves, pero con 5 kg de bacalao en vez de 3",
    [L("BACALAO", 5, role="set")],
    "reference to the usual with a new quantity; bacalao is the salt cod",
    ["reference"],
    hist=U("usual"),
)
M(
    "la-lonja",
    2,
    "WHATSAPP",
    "es",
    "ORDER",
    "3 kg de almejas y 2 kg de navajas",
    [F(["CLAM-PAL", "CLAM-SURF"], 3), L("RAZOR", 2)],
    "ambiguous: almejas (palourde or surf clams)",
    ["family"],
)
M(
    "la-lonja",
    3,
    "WHATSAPP",
    "es",
    "QUESTION",
    "Quisiera saber si tenéis percebes esta semana",
    notes="goose barnacles are not stocked",
    tags=["non_order_request", "not_in_catalog"],
)
M(
    "la-lonja",
    4,
    "WHATSAPP",
    "es",
    "CANCEL",
    "Cancela el pedido del sábado por favor, cerramos por una boda familiar",
    tags=["cancel"],
)
M(
    "la-lonja",
    5,
    "WHATSAPP",
    "es",
    "ORDER",
    "Mándame 24 latas de anchoas en aceite",
    [L("ANCH-OIL", 24)],
    "the 500g tin is the selling unit: 24 tins is 24",
    ["container"],
)
M(
    "la-lonja",
    6,
    "WHATSAPP",
    "es",
    "ORDER",
    "pulpo 6 kg para el lunes",
    [L("OCTO", 6, None)],
    "octopus grade not given: ambiguous",
    ["variant"],
)

# ------------------------------------------------------------------ trattoria-gabbiano (email, Italian)
M(
    "trattoria-gabbiano",
    0,
    "EMAIL",
    "it",
    "ORDER",
    "Oggetto: ordine mercoledì\n\nBuongiorno,\nper mercoledì: 4 kg di vongole veraci, 2 sacchi di cozze da 5 kg, 3 kg di pesce spada, 6 kg di orata.\n\nGrazie,\nMarco Ferri\nTrattoria Il Gabbiano\n9 Dock Lane\ntel. 020 7946 0455",
    [L("CLAM-PAL", 4), L("MUSS-ROPE", 2), L("SWORD", 3), L("BREAM-WHOLE", 6)],
    "2 sacchi di cozze da 5 kg are 2 bags of rope mussels; street number and phone are not quantities",
    ["signature", "pack"],
)
M(
    "trattoria-gabbiano",
    1,
    "EMAIL",
    "it",
    "ORDER",
    "Come al solito per venerdì, ma doppio pesce spada e niente tonno.\n\nMarco",
    [],
    "reference to the usual with 'double' and a removal",
    ["reference"],
    hist=U("usual", remove=["TUNA-LOIN"], double=["SWORD"]),
)
M(
    "trattoria-gabbiano",
    2,
    "EMAIL",
    "it",
    "ORDER",
    "3 kg di calamari e 2 scatole di acciughe per domani",
    [F(["SQUID-FRESH", "CALAM"], 3), F(["BOQ", "ANCH-OIL"], 2)],
    "ambiguous: calamari (fresh squid by the kg or breaded rings in 1kg bags) and acciughe (white anchovies or salted in oil)",
    ["family"],
)
M(
    "trattoria-gabbiano",
    3,
    "EMAIL",
    "it",
    "QUESTION",
    "Vorrei sapere se il tonno è abbattuto per il crudo, con certificato.\n\nMarco Ferri",
    tags=["non_order_request"],
)
M(
    "trattoria-gabbiano",
    4,
    "EMAIL",
    "it",
    "ORDER",
    "Aggiungete 2 kg di gamberi crudi 16/20 e 1 kg di polpo piccolo, grazie",
    [L("KPRAWN-RAW", 2, "16/20"), L("OCTO", 1, "1-2kg")],
    "piccolo (small) picks the 1-2kg octopus",
    ["variant"],
)
M(
    "trattoria-gabbiano",
    5,
    "EMAIL",
    "it",
    "COMPLAINT",
    "Nella consegna di ieri mancavano le acciughe, ma in fattura (n. 44129) ci sono. Per favore fate una nota di credito.",
    tags=["complaint"],
)
M(
    "trattoria-gabbiano",
    6,
    "EMAIL",
    "it",
    "ORDER",
    "Per lunedì: 2 kg di tonno per il crudo e 3 kg di seppie pulite.",
    [L("TUNA-LOIN", 2), L("CUTTLE", 3)],
)

# ------------------------------------------------------------------ brasserie-maree (email, French)
M(
    "brasserie-maree",
    0,
    "EMAIL",
    "fr",
    "ORDER",
    "Objet : commande jeudi\n\nBonjour,\nPour jeudi : 4 sacs de moules de corde, 8 douzaines d'huîtres creuses n°2, 6 kg de limande-sole entière, 4 kg d'ailes de raie.\n\nCordialement,\nAntoine Leclerc\nChef, Brasserie La Marée\n3 Harbour Row\n07700 900758",
    [L("MUSS-ROPE", 4), L("OYS-ROCK", 96, "No.2"), L("LSOLE-WHOLE", 6), L("SKATE", 4)],
    "8 dozen = 96 oysters; huîtres creuses are rock oysters",
    ["signature", "count"],
)
M(
    "brasserie-maree",
    1,
    "EMAIL",
    "fr",
    "ORDER",
    "Comme d'habitude pour samedi, avec 2 kg de Saint-Jacques avec corail en plus.\n\nAntoine",
    [L("SCAL-ROEON", 2)],
    "reference to the usual plus roe-on scallop meat",
    ["reference"],
    hist=U("usual"),
)
M(
    "brasserie-maree",
    2,
    "EMAIL",
    "fr",
    "ORDER",
    "Bonjour, 6 douzaines d'huîtres pour vendredi svp",
    [F(["OYS-ROCK", "OYS-NATIVE"], 72)],
    "ambiguous: huîtres (rock or native, and the rock size); 6 dozen = 72",
    ["family", "count"],
)
M(
    "brasserie-maree",
    2,
    "EMAIL",
    "fr",
    "ORDER",
    "Ajoutez 3 kg de filets de bar et 6 kg de tourteaux vivants pour jeudi svp",
    [L("BASS-FIL", 3), L("CRAB-LIVE", 6)],
)
M(
    "brasserie-maree",
    3,
    "EMAIL",
    "fr",
    "QUESTION",
    "Je voudrais savoir si vous livrez le dimanche matin.",
    tags=["non_order_request"],
)
M(
    "brasserie-maree",
    4,
    "EMAIL",
    "fr",
    "CHANGE",
    "Pour la commande de jeudi, remplacez les huîtres n°2 par des n°3, même quantité (96).",
    tags=["change"],
    change=[L("OYS-ROCK", 96, "No.3"), L("OYS-ROCK", 0, "No.2")],
)
M(
    "brasserie-maree",
    5,
    "EMAIL",
    "fr",
    "ORDER",
    "Pour samedi : 2 côtés de saumon fumé prétranché et 12 kg de saumon.",
    [L("SSAL-SIDE", 2), F(["SALM-SIDE", "SALM-WHOLE"], 12)],
    "ambiguous: saumon by the kg (side or whole; 12kg is no whole number of 5kg frozen boxes)",
    ["family"],
)
M("brasserie-maree", 6, "EMAIL", "fr", "OTHER", "Merci pour la livraison rapide de samedi. Bonne semaine !")

# ------------------------------------------------------------------ tasca-atlantico (WhatsApp, Portuguese)
M(
    "tasca-atlantico",
    0,
    "WHATSAPP",
    "pt",
    "ORDER",
    "Bom dia! Para quarta: 6 kg de bacalhau, 6 kg de sardinhas, 3 kg de polvo grande, 2 kg de chocos. Obrigado, Rui",
    [L("BACALAO", 6), L("SARD", 6), L("OCTO", 3, "2-3kg"), L("CUTTLE", 2)],
    "'grande' picks the 2-3kg octopus",
    ["variant"],
)
M(
    "tasca-atlantico",
    1,
    "WHATSAPP",
    "pt",
    "ORDER",
    "O habitual para sexta, mas sem os chocos e com mais 2 kg de amêijoas",
    [F(["CLAM-PAL", "CLAM-SURF"], 2)],
    "reference to the usual with a removal and an addition; ambiguous: amêijoas (palourde or surf) without history",
    ["reference", "family"],
    hist=U("usual", remove=["CUTTLE"]),
)
M(
    "tasca-atlantico",
    2,
    "WHATSAPP",
    "pt",
    "QUESTION",
    "Têm carapau esta semana? Quanto custa o kg?",
    notes="horse mackerel is not stocked",
    tags=["not_in_catalog"],
)
M(
    "tasca-atlantico",
    3,
    "WHATSAPP",
    "pt",
    "ORDER",
    "3 sacos de camarão 26/30",
    [L("KPRAWN-RAW", 3, "26/30")],
    "26/30 is a raw king prawn grade only",
    ["variant"],
)
M(
    "tasca-atlantico",
    4,
    "WHATSAPP",
    "pt",
    "COMPLAINT",
    "O bacalhau de ontem veio com 5,2 kg e não 6 kg como está na fatura.",
    tags=["complaint"],
)
M(
    "tasca-atlantico",
    5,
    "WHATSAPP",
    "pt",
    "ORDER",
    "mensagem de voz: quero quatro quilos de dourada dois quilos de lulas limpas e uma caixa de tubos de lula",
    [L("BREAM-WHOLE", 4), L("SQUID-FRESH", 2), L("FSQUID", 1)],
    "spoken list without commas; lulas limpas by the kg are the cleaned whole squid, the box of tubes is the frozen tubes",
    ["spoken"],
)
M("tasca-atlantico", 6, "WHATSAPP", "pt", "ORDER", "Mais 2 kg de salmonete para sábado", [L("RMULLET", 2)])
M(
    "tasca-atlantico",
    6,
    "WHATSAPP",
    "pt",
    "OTHER",
    "Boa noite, queria reservar uma mesa para 4 pessoas sábado às 20h, em nome de Sousa",
    notes="a table booking sent to the wrong number",
    tags=["non_order_request"],
)

# ------------------------------------------------------------------ further orders (written last, same customers)
M(
    "seaview-fish-bar",
    1,
    "WHATSAPP",
    "en",
    "ORDER",
    "3kg plaice fillets, 2kg whiting fillets and 1 bag floured whitebait for the weekend",
    [L("PLAICE-FIL", 3), L("WHIT-FIL", 2), L("WBAIT", 1)],
)
M(
    "harbour-hotel",
    4,
    "EMAIL",
    "en",
    "ORDER",
    "For the Sunday brunch: 2kg smoked mackerel, 2kg peppered mackerel, and 1 case of the 200g smoked salmon packs for the deli counter.\n\nPriya",
    [L("SMACK-PLAIN", 2), L("SMACK-PEPP", 2), L("SSAL-200", 1)],
    "plain member: 'smoked mackerel' is the plain fillets next to 'peppered mackerel'",
)
M(
    "riverside-care",
    3,
    "EMAIL",
    "en",
    "ORDER",
    "Please add 1 box frozen hake portions and 3kg coley fillet for the fish pie on Wednesday.",
    [L("FHAKE", 1), L("COLEY-FIL", 3)],
)
M(
    "anchor-bistro",
    4,
    "EMAIL",
    "en",
    "ORDER",
    "Specials this weekend: 2kg John Dory, 3kg fresh hake fillet, 2kg smoked cod. Cheers, Tom",
    [L("JDORY", 2), L("HAKE-FIL", 3), L("SCOD", 2)],
)
M(
    "brookfield-school",
    3,
    "EMAIL",
    "en",
    "ORDER",
    "Please also send 1 box of frozen salmon portions and 1 bag of golden breadcrumbs for the fish goujons.",
    [L("FSALM", 1), L("CRUMB-GOLD", 1)],
)
M(
    "golden-haddock",
    2,
    "SMS",
    "en",
    "ORDER",
    "1 bag dredging flour and 1 box vinegar sachets pls",
    [L("FLOUR-DREDGE", 1), L("VIN-SACH", 1)],
)
M(
    "oyster-room",
    6,
    "WHATSAPP",
    "en",
    "ORDER",
    "1 tub cockles and 2 boxes greenshell mussels for the sunday platter",
    [L("COCKLE", 1), L("GREENSHELL", 2)],
)
M(
    "quayside-grill",
    1,
    "WHATSAPP",
    "en",
    "ORDER",
    "4kg whole plaice and 3kg fresh pollock for the lunch menu",
    [L("PLAICE-WHOLE", 4), L("POLL-FIL", 3)],
)
M(
    "umi-rooftop",
    3,
    "WHATSAPP",
    "en",
    "ORDER",
    "2kg rainbow trout fillet pls, for staff meal",
    [L("TROUT-FIL", 2)],
)
