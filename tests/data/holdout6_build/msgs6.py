# ruff: noqa  (hand-written data generator for the sixth blind set, kept as its writer left it)
"""The 160 hand-written messages of the sixth blind set, with their plain labels.

History-dependent labels (lines_with_history, expect_review_with_history) are derived in build6.py from
histories6.jsonl by the README's rules; R(...) says what a reference means."""

OAT = ["ALPRO-OAT-8", "OATLY-BARISTA-6"]
TONIC = ["FT-INDIAN-24", "FT-LIGHT-24", "SCHW-TONIC-6"]
TONIC_CS = ["FT-INDIAN-24", "FT-LIGHT-24"]  # tonic counted in cases: Schweppes is a pack
RUM = ["RUM-BACARDI-70", "RUM-HAVANA7-70", "RUM-KRAKEN-70"]
GIN = ["GIN-TANQ", "GIN-HENDRICKS-70"]
COKE = ["COKE-CAN-24", "COKE-ZERO-CAN-24", "COKE-GLASS-24"]
MILK = ["MILK-WHOLE-12", "MILK-SEMI-12"]
SOY = ["SOY-KIK-1L", "SOY-KIK-5L"]
RICE = ["RICE-JASMINE-20KG", "RICE-JASMINE-5KG", "RICE-SUSHI-10KG"]
JRICE = ["RICE-JASMINE-20KG", "RICE-JASMINE-5KG"]
SACKRICE = ["RICE-JASMINE-20KG", "RICE-SUSHI-10KG"]
GYOZA = ["GYOZA-CHICKEN-50", "GYOZA-VEG-50"]
MATCHA = ["MATCHA-CULINARY-1KG", "MATCHA-CEREMONIAL-100"]
TEABAGS = ["TEA-EB-100", "TEA-EB-1100"]
PEARLS = ["BOBA-BLACK-3KG", "BOBA-QUICK-1KG"]
POP = ["POP-STRAWBERRY-3.2", "POP-MANGO-3.2", "POP-LYCHEE-3.2"]
OIL = ["OIL-RAPESEED-20L", "OIL-SESAME-1.65"]
CUPS = ["CUP-HOT-DW", "CUP-PET", "CUP-BOBA"]
CUPS12 = {"CUP-HOT-DW": "12oz", "CUP-PET": "12oz"}
STRAWS = ["STRAW-BOBA", "STRAW-PAPER"]

E1 = "1kg Bag"
E250 = "250g Retail Bag"


def fill(O, X, l, a, n, R):
    # ------------------------------------------------------------ brew-lab (en, WhatsApp)
    c = "brew-lab"
    O(
        c,
        4,
        "morning! usual bits for thurs pls but only 2 oat this week, trade is dead with the roadworks 🙃",
        [a(2, OAT)],
        ["reference", "family"],
        "the usual with oat milk set to 2; 'oat' alone is Alpro or Oatly",
        ref=R("usual", set={"ALPRO-OAT-8": 2}),
    )
    O(
        c,
        5,
        "Hi can we get 6kg house espresso, 1 decaf, 3 cs alpro oat and 4 whole milk. Also 1 case 12oz cups + "
        "1 case sip lids to match. Thx Dan",
        [
            l("COF-ESPRESSO", 6, E1),
            l("COF-DECAF-1KG", 1),
            l("ALPRO-OAT-8", 3),
            l("MILK-WHOLE-12", 4),
            a(1, CUPS12),
            l("LID-SIP", 1, "12/16oz"),
        ],
        ["family", "variant", "pack"],
        "6kg espresso = 6 x 1kg bags; '12oz cups' is hot or clear PET (ambiguous); lids 'to match' 12oz -> 12/16oz",
    )
    X(
        c,
        6,
        "do u do the monin gingerbread for xmas? or is it just seasonal",
        "QUESTION",
        ["question", "not_in_catalog"],
        "gingerbread syrup not stocked",
    )
    O(
        c,
        6,
        "add 2 hazelnut syrup + 1 tub of cafiza to tmrw's drop pls",
        [l("MON-HAZ-70", 2), l("CLEAN-CAFIZA-100", 1)],
        ["clean"],
        "addition to an existing order; unmarked 'hazelnut syrup' is the regular one, not sugar free",
    )
    X(
        c,
        7,
        "Dan here - milk on friday was 2 cases short, got 2 not 4. Invoice says 4. sort pls",
        "COMPLAINT",
        ["complaint"],
        "numbers are not an order",
    )
    O(
        c,
        8,
        "espresso x6\ndecaf x1\noat x3\nwhole x4\nvanilla x2\ncaramel x1\nhot choc x1\nsugar sticks x1",
        [
            l("COF-ESPRESSO", 6, None),
            l("COF-DECAF-1KG", 1),
            a(3, OAT),
            l("MILK-WHOLE-12", 4),
            l("MON-VAN-70", 2),
            l("MON-CAR-70", 1),
            l("CHOC-POWDER-1KG", 1),
            n(1, "sugar sticks"),
        ],
        ["family", "variant", "not_in_catalog"],
        "espresso without size (1kg or 250g); 'oat' ambiguous; 'vanilla'/'caramel'/'hot choc' unmarked = regular",
    )
    X(c, 9, "cheers for sorting the milk so quick 👍 legend", "OTHER", ["other"])
    O(
        c,
        10,
        "30 x espresso 1kg for monday thanks",
        [l("COF-ESPRESSO", 30, E1)],
        ["outlier"],
        "clear as written; 5x the customer's usual 6 bags",
        outlier=True,
    )
    X(
        c,
        10,
        "hey can someone email me copies of all of april's invoices? accountant wants them by wed",
        "OTHER",
        ["other", "non_order_request"],
        "account request",
    )

    # ------------------------------------------------------------ tapioca-tiger (en, WhatsApp)
    c = "tapioca-tiger"
    O(
        c,
        4,
        "Hey! restock pls:\n- pearls 4 bags\n- assam 2\n- jasmine 2\n- OG milk tea powder 3\n- taro 2\n"
        "- straws black 1 box\n- film 2 rolls (clear)\nthanks!!",
        [
            a(4, PEARLS),
            l("TEA-ASSAM-600", 2),
            l("TEA-JASMINE-600", 2),
            l("MTP-ORIGINAL-1KG", 3),
            l("MTP-TARO-1KG", 2),
            a(1, {"STRAW-BOBA": "Black", "STRAW-PAPER": "Black"}),
            l("SEAL-FILM", 2, "Clear"),
        ],
        ["family", "variant"],
        "'pearls' is black 3kg or quick-cook 1kg; black straws exist as jumbo boba and paper straws (both by the box)",
    )
    X(
        c,
        5,
        "do you have the 1kg quick pearls in stock? ours took ages to cook this week and we might switch",
        "QUESTION",
        ["question"],
    )
    O(
        c,
        6,
        "same as usual pls + 1 extra mango pops 🥭",
        [l("POP-MANGO-3.2", 1)],
        ["reference"],
        ref=R("usual"),
    )
    O(
        c,
        7,
        "need 2 x 1000 cups 700 for sat, running low. + 3 creamer",
        [l("CUP-BOBA", 2, "700ml (24oz)"), l("CREAMER-1KG", 3)],
        ["pack", "variant"],
        "'2 x 1000 cups' = 2 cases of 1000; '700' = 700ml; 'sat' is a day",
    )
    X(
        c,
        8,
        "the strawberry popping boba tub was leaking everywhere when it arrived, sticky mess in the box. "
        "can you credit it",
        "COMPLAINT",
        ["complaint"],
    )
    O(
        c,
        9,
        "popping boba x2 and brown sugar syrup x2 pls",
        [a(2, POP), l("BLACK-SUGAR-2.5KG", 2)],
        ["family"],
        "flavour of popping boba not given; the customer buys strawberry and mango",
    )
    X(
        c,
        10,
        "fyi we're closed monday for a private event, please don't deliver that day 🙏",
        "OTHER",
        ["other"],
    )
    O(
        c,
        10,
        "2x24 coke zero for the fridge pls + 6 bags black pearls 3kg",
        [l("COKE-ZERO-CAN-24", 2), l("BOBA-BLACK-3KG", 6)],
        ["pack", "clean"],
        "'2x24' = 2 cases of 24; 3kg is the bag size",
    )

    # ------------------------------------------------------------ boba-bliss (en, SMS)
    c = "boba-bliss"
    O(
        c,
        4,
        "Hi its Mei from Boba Bliss. 6 quick pearls, 2 creamer, 2 lychee popping, 1 strawberry popping, "
        "1 case of 500ml cups, 1 box pink straws. Ty",
        [
            l("BOBA-QUICK-1KG", 6),
            l("CREAMER-1KG", 2),
            l("POP-LYCHEE-3.2", 2),
            l("POP-STRAWBERRY-3.2", 1),
            l("CUP-BOBA", 1, "500ml (16oz)"),
            l("STRAW-BOBA", 1, "Pink"),
        ],
        ["clean", "variant"],
        "pink exists only for boba straws; 500ml only for boba cups",
    )
    O(
        c,
        5,
        "can u add 2 passion fruit monin and a roll of the pink film to tomorrows",
        [l("MON-PASS-70", 2), l("SEAL-FILM", 1, "Pink Boba Print")],
        ["variant", "non_order_request"],
        "opens like a request, is an addition to an order",
    )
    X(c, 6, "how long do popping boba last once opened? customer asked", "QUESTION", ["question"])
    O(
        c,
        7,
        "6 quik pearls 2 creamr 2 lychee 1 strawbery popping n 2 passionfruit monin",
        [
            l("BOBA-QUICK-1KG", 6),
            l("CREAMER-1KG", 2),
            l("POP-LYCHEE-3.2", 2),
            l("POP-STRAWBERRY-3.2", 1),
            l("MON-PASS-70", 2),
        ],
        ["typo", "spoken"],
        "'lychee' exists only as popping boba",
    )
    O(
        c,
        8,
        "cups pls, 1 case. and 3 oolong",
        [a(1, CUPS), l("TEA-OOLONG-600", 3)],
        ["family"],
        "'cups' bare: boba, hot or PET",
    )
    X(c, 9, "u sent 24oz cups again, we use 16oz. 2nd time this month", "COMPLAINT", ["complaint"])

    # ------------------------------------------------------------ ramen-kaze (en, email)
    c = "ramen-kaze"
    O(
        c,
        4,
        "Subject: Order for Wed 6/5\n\nHi team,\n\nPlease send:\n4 cases ramen noodles\n2 x Kikkoman 5L\n"
        "1 dark soy\n2 sesame oil\n3 bags chicken gyoza\n2 edamame\n1 case chopsticks\n2 Kewpie\n1 frying oil\n\n"
        "Thanks,\nKenji Watanabe\nHead Chef, Ramen Kaze\n48 Canal Street\nTel 020 7946 0612",
        [
            l("NOODLE-RAMEN-20", 4),
            l("SOY-KIK-5L", 2),
            l("SOY-PRB-DARK", 1),
            l("OIL-SESAME-1.65", 2),
            l("GYOZA-CHICKEN-50", 3),
            l("EDAMAME-1KG", 2),
            l("CHOPSTICKS-3000", 1),
            l("KEWPIE-1KG", 2),
            l("OIL-RAPESEED-20L", 1),
        ],
        ["clean"],
        "6/5 is a date, 48 a street number, 5L a pack size",
    )
    X(
        c,
        5,
        "Subject: Black garlic oil?\n\nHi, do you stock black garlic oil (mayu) or anything similar? Also is "
        "the Kadoya sesame available in 16.5L? Kenji",
        "QUESTION",
        ["question", "not_in_catalog"],
    )
    O(
        c,
        6,
        "Subject: top-up\n\nCould you add 6 bags of chicken gyoza and 2 of the veg ones to Friday's "
        "delivery? Gyoza special this weekend.\nKenji",
        [l("GYOZA-CHICKEN-50", 6), l("GYOZA-VEG-50", 2)],
        ["clean", "non_order_request"],
    )
    O(
        c,
        7,
        "Subject: Re: Order\n\nSame as last week please, plus 2 bottles umeshu. Kenji",
        [l("UMESHU-CHOYA-75", 2)],
        ["reference"],
        ref=R("last"),
    )
    X(
        c,
        8,
        "Subject: Soy sauce\n\nThe 5L Kikkoman that came Monday has a cracked cap and about a litre leaked "
        "into the box. Photos attached. Please replace or credit. Kenji",
        "COMPLAINT",
        ["complaint"],
    )
    O(
        c,
        9,
        "Subject: order\n\nramen x4, soy sauce x2, gyoza x3, edamame x2, kewpie x2. thanks",
        [l("NOODLE-RAMEN-20", 4), a(2, SOY), a(3, GYOZA), l("EDAMAME-1KG", 2), l("KEWPIE-1KG", 2)],
        ["family", "spoken"],
        "plain 'soy sauce' = Kikkoman 1L or 5L; 'gyoza' = chicken or veg",
    )
    X(
        c,
        10,
        "Subject: New delivery address from June\n\nHi, from 1 June please deliver to our new kitchen at "
        "12 Dock Road, rear entrance. Kenji",
        "OTHER",
        ["other", "non_order_request"],
        "service request; 1 June and 12 are not quantities",
    )

    # ------------------------------------------------------------ golden-wok (en, SMS)
    c = "golden-wok"
    O(
        c,
        4,
        "3 rice 2 light soy 1 dark soy 2 oyster 1 hoisin 2 oil 1 noodle box 1 chopstick 1 rice noodle. "
        "Golden Wok",
        [
            a(3, RICE),
            l("SOY-PRB-LIGHT", 2),
            l("SOY-PRB-DARK", 1),
            l("OYSTER-LKK", 2),
            l("HOISIN-LKK", 1),
            a(2, OIL),
            l("BOX-NOODLE", 1, None),
            l("CHOPSTICKS-3000", 1),
            l("NOODLE-RICE-30", 1),
        ],
        ["spoken", "family", "variant"],
        "'rice' bare; 'oil' bare; noodle box size not given",
    )
    O(c, 5, "usual thx", [], ["reference"], ref=R("usual"))
    X(c, 6, "u got fish sauce? which brand", "QUESTION", ["question", "not_in_catalog"])
    O(
        c,
        7,
        "pls send 3 sacks jasmine rice + 4 light soy",
        [l("RICE-JASMINE-20KG", 3), l("SOY-PRB-LIGHT", 4)],
        ["clean"],
        "'sacks' picks the 20kg (the 5kg is a bag)",
    )
    X(
        c,
        8,
        "Driver left the order outside back door in the rain, 2 rice sacks soaked. not happy",
        "COMPLAINT",
        ["complaint"],
    )
    O(
        c,
        9,
        "same as last wk but 4 rice and no hoisin",
        [a(4, RICE)],
        ["reference", "family"],
        ref=R("last", remove=["HOISIN-LKK"], set={"RICE-JASMINE-20KG": 4}),
    )
    X(c, 10, "cancel tomorrows order pls, kitchen flooded. will txt when back open", "CANCEL", ["cancel"])
    O(
        c,
        10,
        "2 oyser sauce, 1 hoisen, 3 jasmin rice sack, 2 soy light",
        [l("OYSTER-LKK", 2), l("HOISIN-LKK", 1), l("RICE-JASMINE-20KG", 3), l("SOY-PRB-LIGHT", 2)],
        ["typo"],
        "typos; 'sack' picks the 20kg",
    )

    # ------------------------------------------------------------ velvet-room (en, email)
    c = "velvet-room"
    O(
        c,
        4,
        "Subject: Weekly bar order – Velvet Room\n\nHi Sam,\n\nFor Thursday please:\n\nTanqueray 70cl x 6\n"
        "Hendrick's x 3\nAbsolut 1L x 4\nBacardi x 4\nHavana 7 x 2\nCointreau x 2\nAngostura x 1\n"
        "Fever-Tree: 3 cs Indian, 1 cs light, 2 cs ginger beer, 2 cs soda\nGomme x 2\nPassion fruit x 1\n"
        "Black paper straws x 1 box\nBlack cocktail napkins x 1\n5kg limes\n\nCheers,\nOlivia Brandt\n"
        "Bar Manager | The Velvet Room\n7 Hanover Lane\n+44 7700 900606",
        [
            l("GIN-TANQ", 6, "70cl"),
            l("GIN-HENDRICKS-70", 3),
            l("VODKA-ABSOLUT", 4, "1L"),
            l("RUM-BACARDI-70", 4),
            l("RUM-HAVANA7-70", 2),
            l("COINTREAU-70", 2),
            l("BITTERS-ANG-200", 1),
            l("FT-INDIAN-24", 3),
            l("FT-LIGHT-24", 1),
            l("FT-GINGERBEER-24", 2),
            l("FT-SODA-24", 2),
            l("MON-CANE-1L", 2),
            l("MON-PASS-70", 1),
            l("STRAW-PAPER", 1, "Black"),
            l("NAPKIN-COCKTAIL", 1, "Black"),
            l("LIMES-KG", 5),
        ],
        ["clean", "variant"],
        "'Havana 7' 7 is the age; 70cl/1L are sizes; phone number and street number",
    )
    O(
        c,
        5,
        "Subject: Extra for the weekend\n\nHi Sam, could you add 6 bottles of rum, 2 tequila and a case of "
        "Prosecco to Thursday? Thanks, Olivia",
        [a(6, RUM), l("TEQ-OLMECA-70", 2), n(1, "Prosecco")],
        ["family", "non_order_request", "not_in_catalog"],
        "rum: Bacardi, Havana 7 or Kraken; the customer buys two of them",
    )
    X(
        c,
        6,
        "Subject: Prosecco\n\nDo you do Prosecco or any sparkling wine? We'd need about 3 cases a week. "
        "Olivia",
        "QUESTION",
        ["question", "not_in_catalog"],
    )
    O(
        c,
        7,
        "Subject: order\n\nSame as last week but swap the Hendrick's for 3 more Tanqueray 70cl, and only 1 "
        "case of soda.\nO.",
        [l("GIN-TANQ", 3, "70cl"), l("FT-SODA-24", 1)],
        ["reference"],
        "lines without history: the explicit items; with history: last order minus Hendrick's, Tanqueray 70cl +3, "
        "soda set to 1",
        ref=R("last", remove=["GIN-HENDRICKS-70"], set={"FT-SODA-24": 1}, add=[l("GIN-TANQ", 3, "70cl")]),
    )
    O(
        c,
        8,
        "Subject: tonic\n\nHi, 4 cases of tonic and 2 of the light please, for Friday.\nOlivia",
        [l("FT-INDIAN-24", 4), l("FT-LIGHT-24", 2)],
        ["family"],
        "'tonic' set against 'the light' and counted in cases (Schweppes is a pack of 6 x 1L) -> Fever-Tree Indian",
    )
    X(
        c,
        9,
        "Subject: Invoice INV-40417\n\nHi, we were charged for 6 Hendrick's but only received 3. Please "
        "correct invoice INV-40417. Olivia",
        "COMPLAINT",
        ["complaint"],
    )
    X(
        c,
        10,
        "Subject: Out of office\n\nI'm away until 18 May with limited access to email. For urgent bar orders "
        "please contact Tom on 07700 900616.\nOlivia",
        "OTHER",
        ["other"],
        "auto-reply",
    )

    # ------------------------------------------------------------ sushi-nami (en, WhatsApp)
    c = "sushi-nami"
    O(
        c,
        4,
        "hi 4 sushi rice, 6 kikkoman, 2 less salt, 2 kewpie, 3 edamame, 2 veg gyoza, 1 chopsticks, 2 choya pls",
        [
            l("RICE-SUSHI-10KG", 4),
            a(6, SOY),
            l("SOY-KIK-LS-1L", 2),
            l("KEWPIE-1KG", 2),
            l("EDAMAME-1KG", 3),
            l("GYOZA-VEG-50", 2),
            l("CHOPSTICKS-3000", 1),
            l("UMESHU-CHOYA-75", 2),
        ],
        ["family"],
        "'kikkoman' next to 'less salt' = regular Kikkoman, 1L or 5L",
    )
    X(
        c,
        5,
        "is the sake back in? the Gekkeikan one. customer keeps asking",
        "QUESTION",
        ["question", "not_in_catalog"],
    )
    O(
        c,
        6,
        "the usual for friday 🍣 but add 1 matcha",
        [a(1, MATCHA)],
        ["reference", "family"],
        "matcha grade not given; the customer has never bought matcha",
        ref=R("usual"),
    )
    O(
        c,
        7,
        "1 sack of sushi rice + 2L soy... sorry 2 x 1L kikkoman",
        [l("RICE-SUSHI-10KG", 1), l("SOY-KIK-1L", 2)],
        ["self_correction"],
        "'2L soy' corrected to 2 x 1L bottles",
    )
    X(c, 8, "edamame came defrosted 😡 all 3 bags soft. cant use", "COMPLAINT", ["complaint"])
    O(
        c,
        9,
        "6 kikoman 1L, 4 sushi rcie, 3 edamane pls 🙏",
        [l("SOY-KIK-1L", 6), l("RICE-SUSHI-10KG", 4), l("EDAMAME-1KG", 3)],
        ["typo"],
        "typos; 'kikkoman 1L' unmarked = regular (less salt is always named)",
    )

    # ------------------------------------------------------------ pho-saigon (en, SMS)
    c = "pho-saigon"
    O(
        c,
        4,
        "3 pho noodles, 2 jasmine rice, 6 sriracha, 2 hoisin, 3 kg limes. thx Linh",
        [l("NOODLE-RICE-30", 3), a(2, JRICE), l("SRIRACHA-455", 6), l("HOISIN-LKK", 2), l("LIMES-KG", 3)],
        ["family"],
        "jasmine rice 20kg sack or 5kg bag",
    )
    X(
        c,
        5,
        "hi do u sell coconut milk for cooking, the tins?",
        "QUESTION",
        ["question", "not_in_catalog"],
        "cooking coconut milk is not stocked (Alpro coconut is a barista drink)",
    )
    O(
        c,
        6,
        "pls add 2 fish sauce + 2 cases bowls to tmrw",
        [n(2, "fish sauce"), l("BOWL-KRAFT-750", 2)],
        ["not_in_catalog"],
        "fish sauce not in catalog",
    )
    O(c, 7, "same as last week pls", [], ["reference"], ref=R("last"))
    X(c, 8, "Linh here, new number for orders is this one from now on", "OTHER", ["other"])
    O(
        c,
        9,
        "2 ctn rice noodle, 1 sack rice, 12 sriracha",
        [l("NOODLE-RICE-30", 2), a(1, SACKRICE), l("SRIRACHA-455", 12)],
        ["family", "pack"],
        "'ctn' = case; 'sack rice' = jasmine 20kg or sushi 10kg",
    )

    # ------------------------------------------------------------ seoul-kitchen (en, email)
    c = "seoul-kitchen"
    O(
        c,
        5,
        "Subject: order thursday\n\nHello,\n2 gochujang, 2 sesame oil, 2 sushi rice, 1 kikkoman 5L, 2 chicken "
        "gyoza, 1 kewpie, gloves M x1, chopsticks x1.\n\nMin-jun Park\nSeoul Kitchen",
        [
            l("GOCHUJANG-3KG", 2),
            l("OIL-SESAME-1.65", 2),
            l("RICE-SUSHI-10KG", 2),
            l("SOY-KIK-5L", 1),
            l("GYOZA-CHICKEN-50", 2),
            l("KEWPIE-1KG", 1),
            l("GLOVES-NITRILE", 1, "Medium"),
            l("CHOPSTICKS-3000", 1),
        ],
        ["clean", "variant"],
    )
    O(
        c,
        6,
        "Subject: soju + add-on\n\nHi, please add 2 sesame oil to Thursday's delivery. Also, can you supply "
        "soju (Chamisul) or is that not something you carry? Thanks, Min-jun",
        [l("OIL-SESAME-1.65", 2)],
        ["question"],
        "order with a side question about a product not stocked (soju is not ordered)",
    )
    O(
        c,
        7,
        "Subject: Re: order\n\nAs usual please but gloves in large this time, the new guy has big hands :)\n"
        "Min-jun",
        [l("GLOVES-NITRILE", 1, "Large")],
        ["reference", "variant"],
        "usual with the medium gloves swapped for 1 box large",
        ref=R("usual", remove=[("GLOVES-NITRILE", "Medium")], add=[l("GLOVES-NITRILE", 1, "Large")]),
    )
    X(
        c,
        8,
        "Subject: Gochujang\n\nThe two tubs of gochujang delivered last week have a best-before date of next "
        "week. That's too short for us. Min-jun",
        "COMPLAINT",
        ["complaint"],
    )
    O(
        c,
        9,
        "Subject: extra\n\nPlease also send 4 tubs gochujang and 2 edamame with the next delivery. Min-jun",
        [l("GOCHUJANG-3KG", 4), l("EDAMAME-1KG", 2)],
        ["clean"],
    )

    # ------------------------------------------------------------ green-leaf (en, WhatsApp)
    c = "green-leaf"
    O(
        c,
        4,
        "hiya! for wed: 2 alpro oat, 2 oatly, 1 almond, 1 coconut, 2 vegan hot choc, 2 ceremonial matcha, "
        "1 culinary matcha, 1 sf vanilla, 1 chai, 1 case 16oz clear cups, 3 espresso 1kg and 4 of the little 250g "
        "bags 🌱",
        [
            l("ALPRO-OAT-8", 2),
            l("OATLY-BARISTA-6", 2),
            l("ALPRO-ALMOND-8", 1),
            l("ALPRO-COCONUT-8", 1),
            l("CHOC-VEGAN-1KG", 2),
            l("MATCHA-CEREMONIAL-100", 2),
            l("MATCHA-CULINARY-1KG", 1),
            l("MON-VAN-SF-70", 1),
            l("TEA-CHAI-1KG", 1),
            l("CUP-PET", 1, "16oz"),
            l("COF-ESPRESSO", 3, E1),
            l("COF-ESPRESSO", 4, E250),
        ],
        ["clean", "variant"],
        "two variants of one product; 'coconut' among barista milks = Alpro coconut",
    )
    O(
        c,
        5,
        "oat milk x4 pls + 1 soy",
        [a(4, OAT), l("ALPRO-SOY-8", 1)],
        ["family"],
        "the customer buys both Alpro oat and Oatly",
    )
    X(
        c,
        6,
        "do you have any oat milk that's not barista? like the normal oatly 1L for retail",
        "QUESTION",
        ["question", "not_in_catalog"],
    )
    O(
        c,
        7,
        "espresso x3 and matcha x2",
        [l("COF-ESPRESSO", 3, None), a(2, MATCHA)],
        ["family", "variant"],
        "the customer buys both espresso sizes and both matcha grades",
    )
    X(c, 8, "Thanks so much for the samples of the coconut!! team loved it 💚", "OTHER", ["other"])
    O(
        c,
        9,
        "could I get 8 alpro oat cartons and 6 oatly?",
        [l("ALPRO-OAT-8", 1), l("OATLY-BARISTA-6", None)],
        ["pack", "non_order_request"],
        "8 cartons = 1 case of 8; '6 oatly' is 6 packs or 6 cartons (= 1 pack): quantity null",
    )
    X(
        c,
        10,
        "the almond milk we got is the regular alpro almond not barista, it splits in coffee. pls swap",
        "COMPLAINT",
        ["complaint"],
    )
    O(
        c,
        10,
        "I'd like to order the usual for next week please, with 2 extra oatly",
        [l("OATLY-BARISTA-6", 2)],
        ["reference", "non_order_request"],
        ref=R("usual"),
    )

    # ------------------------------------------------------------ campus-cafe (en, email)
    c = "campus-cafe"
    O(
        c,
        4,
        "Subject: North Campus weekly order PO-77120\n\nDear Lotus & Lime,\n\nPlease deliver the following "
        "on Tuesday:\n\n1 x catering tea bags (1100)\n4 x espresso 1kg\n10 x semi skimmed\n2 x whole milk\n"
        "1000 8oz cups\n2 cases 12oz hot cups\nlids: 1 case 8oz, 1 case 12/16oz\n2 x blue roll\n"
        "1 x washing up liquid\n1 box medium gloves\n1 x dispenser napkins\n\nKind regards,\nPriya Nair\n"
        "Catering Services, North Campus\nTel: 020 7946 0611",
        [
            l("TEA-EB-1100", 1),
            l("COF-ESPRESSO", 4, E1),
            l("MILK-SEMI-12", 10),
            l("MILK-WHOLE-12", 2),
            l("CUP-HOT-DW", 2, "8oz"),
            l("CUP-HOT-DW", 2, "12oz"),
            l("LID-SIP", 1, "8oz"),
            l("LID-SIP", 1, "12/16oz"),
            l("BLUE-ROLL-6", 1 * 2),
            l("CLEAN-WASHUP-5L", 1),
            l("GLOVES-NITRILE", 1, "Medium"),
            l("NAPKIN-DISPENSER", 1),
        ],
        ["clean", "pack", "variant"],
        "1000 8oz cups = 2 cases of 500 (8oz exists only for hot cups); PO number",
    )
    X(
        c,
        5,
        "Subject: Allergen info\n\nHello, could you send the allergen sheet for the vegan hot chocolate and "
        "the chai powder? We need it for our labelling. Thanks, Priya",
        "QUESTION",
        ["question"],
    )
    O(
        c,
        6,
        "Subject: Order for next week\n\nSame as last week please, but milk 12 not 10 for exam week. Priya",
        [a(12, MILK)],
        ["reference", "family"],
        "'milk 12 not 10': the semi-skimmed (usually 10); with history last order with semi set to 12",
        ref=R("last", set={"MILK-SEMI-12": 12}),
    )
    O(
        c,
        7,
        "Subject: urgent - extra cups\n\nHi, can you add 3 cases of cups and 1 case of lids to tomorrow's "
        "delivery? Open day. Priya",
        [a(3, CUPS), l("LID-SIP", 1, None)],
        ["family", "variant"],
        "cup type and size not given; history has hot cups in 8oz and 12oz, so the size stays open",
    )
    X(
        c,
        8,
        "Subject: Term dates\n\nFor info: campus closes 20 June – 1 September, no deliveries during that "
        "period. Priya",
        "OTHER",
        ["other"],
    )
    X(
        c,
        9,
        "Subject: Damaged delivery\n\nTwo cases of semi-skimmed arrived with burst cartons, milk all over the "
        "loading bay. Please credit. PO-77120. Priya",
        "COMPLAINT",
        ["complaint"],
    )
    O(
        c,
        10,
        "Subject: PO-77188\n\nPlease supply 2 boxes of gloves (large and x-large, one each), 3 blue roll and "
        "1 tub of machine tablets. Priya",
        [
            l("GLOVES-NITRILE", 1, "Large"),
            l("GLOVES-NITRILE", 1, "X-Large"),
            l("BLUE-ROLL-6", 3),
            l("CLEAN-CAFIZA-100", 1),
        ],
        ["variant"],
        "two variants of one product",
    )

    # ------------------------------------------------------------ hotel-bellevue (en, email)
    c = "hotel-bellevue"
    O(
        c,
        4,
        "Subject: Bar & breakfast order\n\nGood morning,\n\nPlease send: 2 Tanqueray litres, 2 cases FT Indian "
        "tonic, 3 boxes English breakfast tea (100s), 3kg espresso, 1 decaf, 3 cases whole milk, 2 cases Coke "
        "glass, 1 case Coke Zero cans, 1 glasswasher detergent, 1 pack white cocktail napkins.\n\nBest regards,\n"
        "Marco Ferri\nF&B Manager, Hotel Bellevue\nSeafront 21\n+44 20 7946 0613",
        [
            l("GIN-TANQ", 2, "1L"),
            l("FT-INDIAN-24", 2),
            l("TEA-EB-100", 3),
            l("COF-ESPRESSO", 3, E1),
            l("COF-DECAF-1KG", 1),
            l("MILK-WHOLE-12", 3),
            l("COKE-GLASS-24", 2),
            l("COKE-ZERO-CAN-24", 1),
            l("CLEAN-GLASSWASH-5L", 1),
            l("NAPKIN-COCKTAIL", 1, "White"),
        ],
        ["clean", "variant"],
        "3kg espresso = 3 x 1kg; '(100s)' is the box size",
    )
    O(
        c,
        5,
        "Subject: Gin\n\nPlease add 2 gin to Wednesday. Marco",
        [a(2, GIN)],
        ["family"],
        "gin: Tanqueray (70cl/1L) or Hendrick's",
    )
    O(
        c,
        6,
        "Subject: weekend\n\nWe have a wedding Saturday (120 guests). In addition to the usual, please send "
        "6 cases of coke, 4 cases of tonic and 10 bags of ice.\nMarco",
        [a(6, COKE), a(4, TONIC_CS), n(10, "ice")],
        ["reference", "family", "not_in_catalog"],
        "120 guests is not a quantity; cases of tonic = Fever-Tree (Indian with history, added to the usual 2); "
        "the customer buys Coke glass and Coke Zero, so 'coke' stays open; ice not in catalog",
        ref=R("usual"),
    )
    X(
        c,
        7,
        "Subject: Credit account\n\nCould we move to 30-day payment terms? Our accounts team asked me to "
        "check. Marco",
        "QUESTION",
        ["question"],
    )
    O(
        c,
        8,
        "Subject: Tea\n\nCould we try the catering size English breakfast (1100 bags) instead of the small "
        "boxes? One please. Marco",
        [l("TEA-EB-1100", 1)],
        ["clean"],
        "1100 is the box size",
    )
    X(
        c,
        9,
        "Subject: Coke Zero\n\nWe received regular Coke cans instead of Coke Zero on Wednesday. Please "
        "collect and replace. Marco",
        "COMPLAINT",
        ["complaint"],
    )

    # ------------------------------------------------------------ dim-sum-house (en, WhatsApp)
    c = "dim-sum-house"
    O(
        c,
        4,
        "gyoza 3 veg 3 chicken, light soy 2, dark soy 1, oyster 1, oil 1, chopsticks 1, jasmine rice 2 bags",
        [
            l("GYOZA-VEG-50", 3),
            l("GYOZA-CHICKEN-50", 3),
            l("SOY-PRB-LIGHT", 2),
            l("SOY-PRB-DARK", 1),
            l("OYSTER-LKK", 1),
            a(1, OIL),
            l("CHOPSTICKS-3000", 1),
            l("RICE-JASMINE-5KG", 2),
        ],
        ["family", "spoken"],
        "'bags' picks the 5kg jasmine rice; 'oil' bare",
    )
    O(
        c,
        5,
        "Hi, this week: 3 bags veg gyoza, 3 bags chicken gyoza, 2 hoisin and 2 bottles light soy. Thanks!",
        [l("GYOZA-VEG-50", 3), l("GYOZA-CHICKEN-50", 3), l("HOISIN-LKK", 2), l("SOY-PRB-LIGHT", 2)],
        ["clean"],
    )
    O(c, 6, "need gyoza x4 asap", [a(4, GYOZA)], ["family"], "the customer buys both gyoza")
    X(
        c,
        7,
        "hi do you have char siu sauce? and what's the price of hoisin now",
        "QUESTION",
        ["question", "not_in_catalog"],
    )
    O(
        c,
        8,
        "jasmine rice x3, hoisin x1, sesame oil x1",
        [a(3, JRICE), l("HOISIN-LKK", 1), l("OIL-SESAME-1.65", 1)],
        ["family"],
    )
    O(
        c,
        9,
        "can we get four oyster sauce, to dark soy and a case of chopsticks please",
        [l("OYSTER-LKK", 4), l("SOY-PRB-DARK", 2), l("CHOPSTICKS-3000", 1)],
        ["spoken"],
        "voice-to-text: 'to dark soy' = two; number words",
    )

    # ------------------------------------------------------------ noodle-box (en, SMS)
    c = "noodle-box"
    O(
        c,
        4,
        "2 udon, 2 small boxes 1 medium box, chopsticks x1, 2 sriracha 1 kewpie, gloves L x1, 1 oil",
        [
            l("NOODLE-UDON-30", 2),
            l("BOX-NOODLE", 2, "16oz"),
            l("BOX-NOODLE", 1, "26oz"),
            l("CHOPSTICKS-3000", 1),
            l("SRIRACHA-455", 2),
            l("KEWPIE-1KG", 1),
            l("GLOVES-NITRILE", 1, "Large"),
            a(1, OIL),
        ],
        ["spoken", "variant", "family"],
        "'small'/'medium' boxes = noodle box 16oz/26oz (the size words)",
    )
    O(
        c,
        5,
        "noodle boxes x3 pls",
        [l("BOX-NOODLE", 3, None)],
        ["variant"],
        "size not given; the customer buys 16oz and 26oz",
    )
    O(
        c,
        6,
        "do u deliver saturdays? if u do then 2 udon + 1 case 16oz boxes for sat morning, if not dont worry",
        [l("NOODLE-UDON-30", 2), l("BOX-NOODLE", 1, "16oz")],
        ["question"],
        "conditional order: only if Saturday delivery exists, a human must answer first",
        hard=True,
    )
    O(c, 7, "same as last time + 1 edamame", [l("EDAMAME-1KG", 1)], ["reference"], ref=R("last"))
    O(
        c,
        8,
        "need 5 x udon, 4 x 16oz boxes, 2x chopsticks for the festival weekend",
        [l("NOODLE-UDON-30", 5), l("BOX-NOODLE", 4, "16oz"), l("CHOPSTICKS-3000", 2)],
        ["clean", "variant"],
        "16oz boxes: 16oz exists for hot cups too, but 'boxes' names the noodle box",
    )
    X(c, 9, "hi pls cancel the festival order from yesterday, it got rained off 😩", "CANCEL", ["cancel"])

    # ------------------------------------------------------------ sky-lounge (en, WhatsApp, no usual basket)
    c = "sky-lounge"
    O(
        c,
        4,
        "the usual for fri pls",
        [],
        ["reference", "ambiguous_reference"],
        "this customer never repeats a basket: no usual",
        ref=R("usual"),
    )
    O(
        c,
        5,
        "4 aperol 2 campari 3 tanq 70 2 absolut 70 2 btl olmeca 3kg limes 2 cs indian ft 1 cs soda",
        [
            l("APEROL-1L", 4),
            l("CAMPARI-1L", 2),
            l("GIN-TANQ", 3, "70cl"),
            l("VODKA-ABSOLUT", 2, "70cl"),
            l("TEQ-OLMECA-70", 2),
            l("LIMES-KG", 3),
            l("FT-INDIAN-24", 2),
            l("FT-SODA-24", 1),
        ],
        ["spoken", "variant"],
        "'70' = 70cl",
    )
    O(c, 6, "absolut x3", [l("VODKA-ABSOLUT", 3, None)], ["variant"], "70cl or 1L")
    O(
        c,
        7,
        "b4 ur 2pm cutoff pls: twelve aperol, half a case of soda, 2 btl kraken and a jar of luxardo cherries",
        [l("APEROL-1L", 12), l("FT-SODA-24", 0.5), l("RUM-KRAKEN-70", 2), l("CHERRY-LUX-400", 1)],
        ["spoken", "clean"],
        "2pm is a time; number words; half a case = 0.5",
    )
    O(
        c,
        8,
        "last weeks order again pls, just twice the limes 🍋",
        [],
        ["reference"],
        "relative change; with history last order with limes 6 -> 12",
        ref=R("last", set={"LIMES-KG": 12}),
    )
    X(
        c,
        9,
        "2 bottles of hendricks came smashed in the crate. driver said to msg you",
        "COMPLAINT",
        ["complaint"],
    )

    # ------------------------------------------------------------ harbour-events (en, email, no usual basket)
    c = "harbour-events"
    O(
        c,
        4,
        "Subject: Event 15 May – drinks & disposables\n\nHi,\n\nFor our 15 May gala (300 guests) please "
        "deliver on the 14th:\n- 6 cases Fever-Tree Indian tonic\n- 4 cases soda water\n- 5 cases Coke Zero cans\n"
        "- 3 cases regular Coke cans\n- 4 x Tanqueray 1L\n- 3 x Absolut 1L\n- 2 cases 12oz clear PET cups\n"
        "- 2 cases dispenser napkins\n- 3 packs blue roll\n\nInvoice to Harbour Events Ltd, PO HE-2291.\n\n"
        "Thanks,\nGrace Okafor\nOperations, Harbour Events\n07700 900617",
        [
            l("FT-INDIAN-24", 6),
            l("FT-SODA-24", 4),
            l("COKE-ZERO-CAN-24", 5),
            l("COKE-CAN-24", 3),
            l("GIN-TANQ", 4, "1L"),
            l("VODKA-ABSOLUT", 3, "1L"),
            l("CUP-PET", 2, "12oz"),
            l("NAPKIN-DISPENSER", 2),
            l("BLUE-ROLL-6", 3),
        ],
        ["clean", "variant"],
        "dates, guest count, PO and phone are not quantities",
    )
    O(
        c,
        5,
        "Subject: Re: Event 15 May\n\nSame again as our last order please, for the 22 May event.\nGrace",
        [],
        ["reference"],
        "no usual basket, but 'last order' resolves",
        ref=R("last"),
    )
    X(
        c,
        6,
        "Subject: Quote for September\n\nHi, could you quote for 20 cases Fever-Tree Indian tonic, 10 cases "
        "soda water and 15 x Tanqueray 1L for an event on 12 September? Not an order yet - the client needs prices "
        "first. Grace",
        "QUESTION",
        ["question", "non_order_request"],
        "a request for a quote written like an order list: not an order",
    )
    O(
        c,
        7,
        "Subject: Coffee station\n\nFor the conference on 20 May we need coffee for about 400 people: 4kg "
        "espresso, 3 cases semi milk, 1000 8oz cups and 1000 lids. Grace",
        [l("COF-ESPRESSO", 4, E1), l("MILK-SEMI-12", 3), l("CUP-HOT-DW", 2, "8oz"), l("LID-SIP", 1, "8oz")],
        ["pack", "variant"],
        "1000 cups = 2 cases of 500; 1000 lids (for 8oz cups) = 1 case of 1000; 400 people",
    )
    X(
        c,
        8,
        "Subject: Thank you\n\nThe gala went brilliantly — thanks to your driver for the early drop. Grace",
        "OTHER",
        ["other"],
    )

    # ------------------------------------------------------------ jade-teahouse (en, email, new customer)
    c = "jade-teahouse"
    X(
        c,
        5,
        "Subject: New account enquiry\n\nHello, we are opening a tea room in June and would like to open a "
        "trade account. Do you have a minimum order and what are your delivery days?\n\nBest,\nAna Lima\n"
        "Jade Tea House",
        "QUESTION",
        ["question", "new_customer"],
    )
    O(
        c,
        7,
        "Subject: First order\n\nHi, our account is now set up. Please send 2 bags jasmine green tea, 2 bags "
        "oolong, 1 ceremonial matcha tin, 2 boxes English breakfast (100), 2 cases semi-skimmed milk and 1 case oat "
        "milk. Thanks, Ana",
        [
            l("TEA-JASMINE-600", 2),
            l("TEA-OOLONG-600", 2),
            l("MATCHA-CEREMONIAL-100", 1),
            l("TEA-EB-100", 2),
            l("MILK-SEMI-12", 2),
            l("ALPRO-OAT-8", 1),
        ],
        ["new_customer", "family"],
        "'1 case oat milk': Oatly is sold by the pack, so the case is Alpro",
    )
    O(
        c,
        9,
        "Subject: Re: First order\n\nSame as last time please. Ana",
        [],
        ["reference", "new_customer"],
        "the first order is a message, not history: nothing to repeat",
        ref=R("last"),
    )
    X(
        c,
        10,
        "Subject: Re: First order\n\nEverything arrived, thank you! Ana",
        "OTHER",
        ["other", "new_customer"],
    )

    # ------------------------------------------------------------ la-barra (es, WhatsApp)
    c = "la-barra"
    O(
        c,
        4,
        "Buenas! Para el jueves: 6 Tanqueray de litro, 2 Absolut 70, 3 Bacardi, 1 Havana 7, 6 cajas de "
        "tónica Fever-Tree, 3 cajas de coca-cola de cristal, 4 kilos de limas y una caja de pajitas negras. Gracias!",
        [
            l("GIN-TANQ", 6, "1L"),
            l("VODKA-ABSOLUT", 2, "70cl"),
            l("RUM-BACARDI-70", 3),
            l("RUM-HAVANA7-70", 1),
            l("FT-INDIAN-24", 6),
            l("COKE-GLASS-24", 3),
            l("LIMES-KG", 4),
            a(1, {"STRAW-PAPER": "Black", "STRAW-BOBA": "Black"}),
        ],
        ["multilingual", "variant", "family"],
        "'tónica Fever-Tree' unmarked = Indian; black straws exist as paper and jumbo boba straws",
    )
    O(
        c,
        5,
        "Lo de siempre porfa, pero sin tequila y con 2 cajas más de tónica",
        [a(2, TONIC_CS)],
        ["reference", "multilingual", "family"],
        "usual minus tequila, tonic +2 (cajas: Fever-Tree, Schweppes is a pack)",
        ref=R("usual", remove=["TEQ-OLMECA-70"], add=[a(2, TONIC_CS)]),
    )
    X(
        c,
        6,
        "¿Tenéis ginebra Hendrick's en botella de litro? Y ¿a cuánto está?",
        "QUESTION",
        ["question", "multilingual"],
        "Hendrick's 1L not stocked (70cl is)",
    )
    O(
        c,
        7,
        "ponme 2 botellas de ron y 1 de ginebra para mañana",
        [a(2, RUM), a(1, GIN)],
        ["multilingual", "family"],
        "ron: customer buys Bacardi and Havana; ginebra: only Tanqueray 1L",
    )
    X(
        c,
        8,
        "Las limas de ayer venían casi todas secas y marrones. Así no puedo trabajar.",
        "COMPLAINT",
        ["complaint", "multilingual"],
    )
    O(
        c,
        9,
        "media caja de coca cola cristal y 12 tónicas",
        [l("COKE-GLASS-24", 0.5), a(None, TONIC)],
        ["multilingual", "container", "family"],
        "media caja = 0.5 case; 12 tonics is not a whole number of cases of 24 (nor packs of 6 x 1L): quantity null",
    )
    O(
        c,
        10,
        "Oye, para el sábado: 2 Kraken, 1 tarro de cerezas Luxardo, 2,5 kg de limas y media caja de ginger beer",
        [l("RUM-KRAKEN-70", 2), l("CHERRY-LUX-400", 1), l("LIMES-KG", 2.5), l("FT-GINGERBEER-24", 0.5)],
        ["multilingual", "clean"],
        "decimal comma 2,5 kg; media caja = 0.5 case",
    )

    # ------------------------------------------------------------ cafe-del-sol (es, SMS)
    c = "cafe-del-sol"
    O(
        c,
        4,
        "Hola, 5 kg de café espresso, 5 cajas de leche entera, 2 de soja, 2 chocolate, 1 caja vasos 8oz y "
        "1 tapas 8oz. Gracias, Lucía",
        [
            l("COF-ESPRESSO", 5, E1),
            l("MILK-WHOLE-12", 5),
            l("ALPRO-SOY-8", 2),
            l("CHOC-POWDER-1KG", 2),
            l("CUP-HOT-DW", 1, "8oz"),
            l("LID-SIP", 1, "8oz"),
        ],
        ["clean", "multilingual", "variant"],
        "'tapas' = lids here; 8oz exists only for hot cups and sip lids",
    )
    O(c, 5, "Lo mismo que la semana pasada", [], ["reference", "multilingual"], ref=R("last"))
    X(
        c,
        6,
        "Tenéis sirope de caramelo sin azúcar?",
        "QUESTION",
        ["question", "multilingual", "not_in_catalog"],
        "sugar-free caramel not stocked (SF vanilla and hazelnut are)",
    )
    O(
        c,
        7,
        "Hola! café x5 y leche x5 porfa",
        [l("COF-ESPRESSO", 5, None), a(5, MILK)],
        ["multilingual", "family", "variant"],
    )
    O(
        c,
        8,
        "Añade 1 de leche de avena a lo de mañana por favor",
        [a(1, OAT)],
        ["multilingual", "family"],
        "addition to tomorrow's order",
    )
    X(c, 9, "Nos habéis cobrado 6 cajas de leche y llegaron 5", "COMPLAINT", ["complaint", "multilingual"])

    # ------------------------------------------------------------ cafe-lumiere (fr, email)
    c = "cafe-lumiere"
    O(
        c,
        4,
        "Objet : Commande semaine 19\n\nBonjour,\n\nMerci de nous livrer mardi :\n- 4 kg de café espresso\n"
        "- 2 packs Oatly\n- 1 carton de lait de soja\n- 3 cartons de lait entier\n- 1 sirop caramel, 1 sirop "
        "noisette\n- 1 chocolat en poudre\n- 1 carton de gobelets 8oz\n\nCordialement,\nÉlodie Marchand\n"
        "Café Lumière, 14 rue Mercière, Lyon",
        [
            l("COF-ESPRESSO", 4, E1),
            l("OATLY-BARISTA-6", 2),
            l("ALPRO-SOY-8", 1),
            l("MILK-WHOLE-12", 3),
            l("MON-CAR-70", 1),
            l("MON-HAZ-70", 1),
            l("CHOC-POWDER-1KG", 1),
            l("CUP-HOT-DW", 1, "8oz"),
        ],
        ["clean", "multilingual", "variant"],
        "carton = case; semaine 19 and 14 rue are not quantities",
    )
    O(
        c,
        5,
        "Objet : Re: commande\n\nComme d'habitude, mais 3 packs d'avoine au lieu de 2. Merci ! Élodie",
        [l("OATLY-BARISTA-6", 3)],
        ["reference", "multilingual"],
        "'packs' of oat = Oatly (Alpro is a case); usual with Oatly set to 3",
        ref=R("usual", set={"OATLY-BARISTA-6": 3}),
    )
    X(
        c,
        6,
        "Objet : Thé chai\n\nBonjour, le chai en poudre contient-il du lait ? Un client est allergique. "
        "Élodie",
        "QUESTION",
        ["question", "multilingual"],
    )
    O(
        c,
        7,
        "Objet : ajout\n\nPouvez-vous ajouter 2 boîtes de thé English Breakfast et une boîte de pastilles de "
        "nettoyage à la livraison de jeudi ? Élodie",
        [a(2, TEABAGS), l("CLEAN-CAFIZA-100", 1)],
        ["multilingual", "family", "non_order_request"],
        "tea bags box of 100 or 1100",
    )
    X(
        c,
        8,
        "Objet : Livraison incomplète\n\nIl manquait le sirop de noisette mardi. Pouvez-vous le livrer avec "
        "la prochaine commande sans le facturer deux fois ? Élodie",
        "COMPLAINT",
        ["complaint", "multilingual"],
    )
    O(
        c,
        9,
        "Objet : commande\n\nBonjour, la même chose que la semaine dernière, plus 1 sirop caramel beurre salé. "
        "Bonne journée",
        [l("MON-SCAR-70", 1)],
        ["reference", "multilingual"],
        ref=R("last"),
    )
    X(
        c,
        10,
        "Objet : Modification\n\nPour la commande de mardi, pouvez-vous mettre 5 kg de café au lieu de 4 ? "
        "Merci, Élodie",
        "CHANGE",
        ["change", "multilingual"],
        change=[l("COF-ESPRESSO", 5, E1)],
    )

    # ------------------------------------------------------------ bar-nocturne (fr, WhatsApp)
    c = "bar-nocturne"
    O(
        c,
        4,
        "Salut ! Pour vendredi : 3 Hendrick's, 2 Cointreau, 2 Campari, 2 Martini rosso, 2 caisses de tonic "
        "Fever, 1 caisse soda, 1 Angostura, 3 kg de citrons verts, 1 paquet de serviettes noires, 1 Olmeca, 1 sirop "
        "de sucre de canne. Merci 🙏",
        [
            l("GIN-HENDRICKS-70", 3),
            l("COINTREAU-70", 2),
            l("CAMPARI-1L", 2),
            l("VERMOUTH-ROSSO-1L", 2),
            l("FT-INDIAN-24", 2),
            l("FT-SODA-24", 1),
            l("BITTERS-ANG-200", 1),
            l("LIMES-KG", 3),
            l("NAPKIN-COCKTAIL", 1, "Black"),
            l("TEQ-OLMECA-70", 1),
            l("MON-CANE-1L", 1),
        ],
        ["clean", "multilingual", "variant"],
        "black exists only for cocktail napkins; citrons verts = limes",
    )
    O(c, 5, "comme d'hab stp", [], ["reference", "multilingual"], ref=R("usual"))
    X(
        c,
        6,
        "Vous avez du Lillet blanc ? Et du mezcal ?",
        "QUESTION",
        ["question", "multilingual", "not_in_catalog"],
    )
    O(
        c,
        7,
        "2 caisses de tonic, 2 gin et 1 St-Germain stp",
        [a(2, TONIC_CS), a(2, GIN), n(1, "St-Germain")],
        ["multilingual", "family", "not_in_catalog"],
        "St-Germain (elderflower liqueur) not in catalog",
    )
    X(
        c,
        8,
        "Le Campari est arrivé avec le bouchon cassé, une bouteille à moitié vide 😤",
        "COMPLAINT",
        ["complaint", "multilingual"],
    )
    O(
        c,
        9,
        "Rajoute 6 bouteilles de tonic à la commande de demain stp",
        [a(None, TONIC)],
        ["multilingual", "container", "family"],
        "6 bottles: a quarter case of Fever-Tree, or one Schweppes pack: quantity and product open",
    )

    # ------------------------------------------------------------ kaffeehaus-adler (de, email)
    c = "kaffeehaus-adler"
    O(
        c,
        4,
        "Betreff: Bestellung KW 19\n\nGuten Morgen,\n\nbitte für Dienstag:\n5 kg Espresso\n1 kg Entkoffeiniert\n"
        "4 Kisten H-Milch teilentrahmt\n2 Kisten Alpro Hafer\n1 Kiste Alpro Mandel\n1 Flasche Haselnuss zuckerfrei\n"
        "1 Matcha 1kg\n1 Chai\n1 Karton Becher 12oz\n\nMit freundlichen Grüßen\nStefan Huber\n"
        "Kaffeehaus Adler, Marienplatz 3",
        [
            l("COF-ESPRESSO", 5, E1),
            l("COF-DECAF-1KG", 1),
            l("MILK-SEMI-12", 4),
            l("ALPRO-OAT-8", 2),
            l("ALPRO-ALMOND-8", 1),
            l("MON-HAZ-SF-70", 1),
            l("MATCHA-CULINARY-1KG", 1),
            l("TEA-CHAI-1KG", 1),
            a(1, CUPS12),
        ],
        ["multilingual", "family"],
        "'Becher 12oz' = hot or PET cups; 'Matcha 1kg' = culinary; KW 19 is a week number",
    )
    O(
        c,
        5,
        "Betreff: Bestellung\n\nWie immer, bitte. Danke, S. Huber",
        [],
        ["reference", "multilingual"],
        ref=R("usual"),
    )
    X(
        c,
        6,
        "Betreff: Hafermilch\n\nHaben Sie auch Oatly Barista im 1L Einzelkarton? Wir brauchen manchmal nur "
        "ein paar. Gruß Stefan",
        "QUESTION",
        ["question", "multilingual"],
    )
    O(
        c,
        7,
        "Betreff: Nachbestellung\n\nBitte noch 2 Hafermilch und 1 Dose Reinigungstabletten dazu. Stefan",
        [a(2, OAT), l("CLEAN-CAFIZA-100", 1)],
        ["multilingual", "family"],
    )
    X(
        c,
        8,
        "Betreff: Falsche Lieferung\n\nStatt Hafer kam 2x Soja. Bitte tauschen. Stefan",
        "COMPLAINT",
        ["complaint", "multilingual"],
    )
    O(
        c,
        9,
        "Betreff: Bestellung\n\n25 Kisten Alpro Hafer für Montag bitte. Stefan",
        [l("ALPRO-OAT-8", 25)],
        ["multilingual", "outlier"],
        "usually 2 cases",
        outlier=True,
    )

    # ------------------------------------------------------------ perlenhaus (de, WhatsApp)
    c = "perlenhaus"
    O(
        c,
        4,
        "Hallo! Für Mittwoch bitte: 3x Tapiokaperlen 3kg, 2x Jasmintee, 2x Taro, 2x Mango Popping, 1x Litschi "
        "Popping, 1 Karton Becher 500ml, 1x Strohhalme transparent, 1 Rolle Folie klar, 2x Creamer, 1x Brown Sugar "
        "Sirup",
        [
            l("BOBA-BLACK-3KG", 3),
            l("TEA-JASMINE-600", 2),
            l("MTP-TARO-1KG", 2),
            l("POP-MANGO-3.2", 2),
            l("POP-LYCHEE-3.2", 1),
            l("CUP-BOBA", 1, "500ml (16oz)"),
            l("STRAW-BOBA", 1, "Clear"),
            l("SEAL-FILM", 1, "Clear"),
            l("CREAMER-1KG", 2),
            l("BLACK-SUGAR-2.5KG", 1),
        ],
        ["clean", "multilingual", "variant"],
        "clear exists only for boba straws; 3kg = the black pearls",
    )
    O(
        c,
        5,
        "Wie letzte Woche bitte, aber nur 1 Mango",
        [l("POP-MANGO-3.2", 1)],
        ["reference", "multilingual"],
        ref=R("last", set={"POP-MANGO-3.2": 1}),
    )
    X(
        c,
        6,
        "Habt ihr auch Kristall-Boba (Agar) oder nur Tapioka?",
        "QUESTION",
        ["question", "multilingual", "not_in_catalog"],
    )
    O(
        c,
        7,
        "Perlen x4, Becher x2, Strohhalme x1 🙏",
        [a(4, PEARLS), a(2, CUPS), a(1, STRAWS)],
        ["multilingual", "family"],
    )
    X(
        c,
        8,
        "Wir haben ab nächster Woche neue Öffnungszeiten, Lieferung bitte erst ab 11 Uhr",
        "OTHER",
        ["other", "multilingual", "non_order_request"],
        "delivery-time request, not an order",
    )
    O(
        c,
        9,
        "2 Dosen Litschi Popping und 1 Dose Erdbeere bitte",
        [l("POP-LYCHEE-3.2", 2), l("POP-STRAWBERRY-3.2", 1)],
        ["multilingual", "clean"],
        "Dose = tub; Erdbeere = strawberry popping boba",
    )

    # ------------------------------------------------------------ spritz-co (it, WhatsApp)
    c = "spritz-co"
    O(
        c,
        4,
        "Ciao! Per venerdì: 12 Aperol, 4 Campari, 2 Martini rosso, 4 casse di soda, 2 Tanqueray, 1 pacco "
        "tovaglioli bianchi, 1 scatola cannucce bianche, 2 kg lime. Grazie!",
        [
            l("APEROL-1L", 12),
            l("CAMPARI-1L", 4),
            l("VERMOUTH-ROSSO-1L", 2),
            l("FT-SODA-24", 4),
            l("GIN-TANQ", 2, None),
            l("NAPKIN-COCKTAIL", 1, "White"),
            l("STRAW-PAPER", 1, "White"),
            l("LIMES-KG", 2),
        ],
        ["multilingual", "variant"],
        "Tanqueray size not given; 'pacco' picks the cocktail napkins (dispenser napkins are a case); white "
        "straws are paper",
    )
    O(c, 5, "Il solito per venerdì, grazie", [], ["reference", "multilingual"], ref=R("usual"))
    X(c, 6, "Avete il Prosecco? E il Select?", "QUESTION", ["question", "multilingual", "not_in_catalog"])
    O(
        c,
        7,
        "Aggiungi 6 Aperol, 1 cassa di Coca Zero e 2 confezioni di Schweppes tonica da litro all'ordine di "
        "domani per favore",
        [l("APEROL-1L", 6), l("COKE-ZERO-CAN-24", 1), l("SCHW-TONIC-6", 2)],
        ["multilingual", "clean"],
        "confezione = pack of 6 x 1L",
    )
    X(
        c,
        8,
        "Mancavano 2 bottiglie di Campari nella consegna di ieri, in fattura ce ne sono 4",
        "COMPLAINT",
        ["complaint", "multilingual"],
    )
    O(
        c,
        9,
        "Ciao, come la settimana scorsa ma 15 Aperol invece di 12 e niente gin",
        [l("APEROL-1L", 15)],
        ["reference", "multilingual"],
        ref=R("last", remove=["GIN-TANQ"], set={"APEROL-1L": 15}),
    )

    # ------------------------------------------------------------ caffe-centrale (it, SMS)
    c = "caffe-centrale"
    O(
        c,
        4,
        "8 kg caffè, 6 cartoni latte intero, 2 soia, 2 cioccolata, 1 tè, 1 cartone bicchieri 8oz, 1 pastiglie. "
        "Grazie Giulia",
        [
            l("COF-ESPRESSO", 8, E1),
            l("MILK-WHOLE-12", 6),
            l("ALPRO-SOY-8", 2),
            l("CHOC-POWDER-1KG", 2),
            a(1, TEABAGS),
            l("CUP-HOT-DW", 1, "8oz"),
            l("CLEAN-CAFIZA-100", 1),
        ],
        ["multilingual", "family"],
        "8 kg = 8 x 1kg bags; 'tè' = a box of tea bags, 100 or 1100",
    )
    O(c, 5, "Come sempre grazie", [], ["reference", "multilingual"], ref=R("usual"))
    O(
        c,
        6,
        "Mi mandi 3 kg di caffè decaffeinato? No scusa, 2.",
        [l("COF-DECAF-1KG", 2)],
        ["multilingual", "self_correction"],
    )
    X(
        c,
        7,
        "Il caffè in grani da 250g è adatto per la vendita al banco? Ha la valvola?",
        "QUESTION",
        ["question", "multilingual"],
    )
    O(
        c,
        8,
        "caffè x8 latte x6",
        [l("COF-ESPRESSO", 8, None), a(6, MILK)],
        ["multilingual", "family", "variant"],
    )
    X(
        c,
        9,
        "Per domani metti 4 soia invece di 2 per favore",
        "CHANGE",
        ["change", "multilingual"],
        change=[l("ALPRO-SOY-8", 4)],
    )
