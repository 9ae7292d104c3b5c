# ruff: noqa  (hand-written data generator of blind set 51, kept as its writer left it)
"""Messages of set 51 and their plain labels, all hand-written.

Line notation: items separated by ";":
  SKU*q            a product without variants
  SKU/Variant*q    a product with variants; SKU/?*q has no variant given
  ?A|B|C*q         ambiguous family line with candidates; ?A|B{cv}*q adds a candidate_variant
  !*q              not in catalog
  q "_" is a null quantity.
Keyword fields: R (review for a reason not visible in the lines: reference, credit, conditional, fraction),
ref ("usual"/"last") and mods for references, outlier, nofill (a variant or colour that does not exist),
nohist (review does not depend on the product), change (CHANGE rows), d (day 0..6 from 2028-07-31).
"""

M = []


def m(cust, ch, lang, intent, text, lines="", notes="", tags="", **kw):
    M.append(
        dict(
            cust=cust, ch=ch, lang=lang, intent=intent, text=text, lines=lines, notes=notes, tags=tags, kw=kw
        )
    )


W, S, E = "WHATSAPP", "SMS", "EMAIL"
TEFF3 = "TEFF-WHITE|TEFF-BROWN|TEFF-MIXED"
INJ3 = "INJERA-TEFF-10|INJERA-MIXED-10|INJERA-FROZEN-60"
SHIRO3 = "SHIRO-MILD|SHIRO-SPICY-1|SHIRO-TEGABINO-1"
CAMEL2 = "CAMEL-BONELESS|CAMEL-BONEIN"
GOATKG = "GOAT-BONEIN|GOAT-LEG"
LAMB2 = "LAMB-LEG|LAMB-SHOULDER"
BEEF3 = "BEEF-KITFO|BEEF-TIBS|BEEF-MINCE"
CHICK4 = "CHICKEN-WHOLE-10|CHICKEN-LEGS-10|CHICKEN-THIGH-5|CHICKEN-DORO-10"
GHEE2 = "GHEE-BUTTER|GHEE-VEG-2"
RICE3 = "TILDA-BASMATI|SELLA-GOLDEN-20|BASMATI-BROKEN-10"
SPAG2 = "SPAG-BARILLA-24|SPAG-CATERING-5"
DATES3 = "DATES-MEDJOOL|DATES-SUKKARI-3|DATES-DEGLET-5"
TEA3 = "TEA-KENYA-LOOSE-1|TEA-BAGS-240|TEA-SPICED-100"
FRANK2 = "FRANK-G1|FRANK-STD-1"
BEER3 = "BEER-HABESHA-24|BEER-STGEORGE-24|BEER-META-24"
HEL2 = "CARDAMOM-GREEN-1|CARDAMOM-GROUND-500"
OIL2 = "OIL-SUNFLOWER-20|OIL-VEG-4X5"
CUPS2 = "SINI-CUPS-12|CUPS-PAPER"
LENT3 = "LENTIL-RED-SPLIT|LENTIL-RED-WHOLE-5|LENTIL-BROWN-5"

# ---------------------------------------------------------------- habesha-kitchen (en, Amharic words)
m(
    "habesha-kitchen",
    W,
    "en",
    "ORDER",
    "Selam! for Thursday pls: 2 sacks white teff 25kg, 4 x berbere 1kg, 3 tubs niter kibbeh 1kg and 8 kilo kitfo beef. Amesegnalehu",
    "TEFF-WHITE/25kg*2; BERBERE/1kg*4; NITER-KIBBEH/1kg*3; BEEF-KITFO*8",
    "25kg and 1kg are sizes",
    "number_in_name",
    d=0,
)
m(
    "habesha-kitchen",
    W,
    "en",
    "ORDER",
    "usual pls for fri + 2 mitmita 🙏",
    "MITMITA-250*2",
    "reference to the usual basket plus 2 mitmita",
    "emoji",
    R=True,
    ref="usual",
    mods=[("add", "MITMITA-250*2")],
    d=1,
)
m(
    "habesha-kitchen",
    W,
    "en",
    "ORDER",
    "also need shiro x4 and 6 packs injera, same delivery",
    "?" + SHIRO3 + "*4; ?INJERA-TEFF-10|INJERA-MIXED-10*6",
    "shiro is a family (mild, spicy, tegabino); packs of injera are the fresh teff or fresh mixed (frozen is by the case)",
    "family",
    d=2,
)
m(
    "habesha-kitchen",
    W,
    "en",
    "QUESTION",
    "I would like to know if your kitfo beef is halal certified, one of our customers asked. Thanks Meron",
    "",
    "a question that opens like an order",
    "non_order_request",
    d=3,
)
m(
    "habesha-kitchen",
    W,
    "en",
    "ORDER",
    "Can we get 3 bags red split lentils 5kg and 6 tubs of ayib for tomorrow?",
    "LENTIL-RED-SPLIT/5kg*3; AYIB-500*6",
    "an order phrased as a question",
    "non_order_request",
    d=4,
)

# ---------------------------------------------------------------- lalibela-rest (am, Ge'ez)
m(
    "lalibela-rest",
    W,
    "am",
    "ORDER",
    "ሰላም፣ ለሐሙስ 2 ጆንያ ሰርገኛ ጤፍ 25 ኪሎ፣ 1 በርበሬ 5 ኪሎ እና 10 ኪሎ የጥብስ ስጋ ላኩልን። አመሰግናለሁ",
    "TEFF-MIXED/25kg*2; BERBERE/5kg*1; BEEF-TIBS*10",
    "sergegna is the mixed teff; tibs meat by the kg",
    "",
    d=0,
)
m(
    "lalibela-rest",
    W,
    "am",
    "ORDER",
    "እንደ ሁልጊዜው ለአርብ እባካችሁ፣ ግን ቢራ 5 ካርቶን ይሁን",
    "?" + BEER3 + "*5",
    "the usual, with 5 cases of beer instead of 3 (the customer only buys Habesha)",
    "",
    R=True,
    ref="usual",
    mods=[("set", "?" + BEER3 + "*5")],
    d=1,
)
m(
    "lalibela-rest",
    W,
    "am",
    "ORDER",
    "ሰላም 3 ኪሎ አይብ ... ይቅርታ 4 ገንዳ አይብ እና 2 አቢሽ ላኩ",
    "AYIB-500*4; FENUGREEK-1*2",
    "self-correction: 4 tubs of ayib (3 kilo was corrected); abish is fenugreek",
    "self_correction",
    d=3,
)
m(
    "lalibela-rest",
    W,
    "am",
    "QUESTION",
    "ሰላም፣ ጌሾ አላችሁ? ለጠላ እንፈልጋለን",
    "",
    "asks whether gesho (hops) is stocked; not in catalog",
    "not_in_catalog",
    d=2,
)
m(
    "lalibela-rest",
    W,
    "am",
    "ORDER",
    "ኮረሪማ 2 እና ቀይ ምስር ክክ 25 ኪሎ 1 ጆንያ ላኩልን",
    "KORERIMA-500*2; LENTIL-RED-SPLIT/25kg*1",
    "misir kik is the red split lentils",
    "",
    d=4,
)

# ---------------------------------------------------------------- entoto-cafe (am romanised + English)
m(
    "entoto-cafe",
    W,
    "am",
    "ORDER",
    "selam, ebakachu 6 buna blend 1 kilo, 4 green yirga 1kg, 2 saten sini netch (white) ena 2 popcorn lakulin",
    "RC-BUNA-BLEND/1kg*6; GC-YIRGA-G2/1kg*4; SINI-CUPS-12/White*2; POPCORN-2*2",
    "saten = box; netch = white",
    "",
    d=0,
)
m(
    "entoto-cafe",
    W,
    "am",
    "ORDER",
    "betam amesegnalehu 🙂 lene ahun 1 frankincense ena 2 jebena medium bicha",
    "?" + FRANK2 + "*1; JEBENA/Medium 1L*2",
    "frankincense is a family (grade 1 or standard)",
    "emoji,family",
    d=1,
)
m(
    "entoto-cafe",
    W,
    "am",
    "ORDER",
    "ende balefew samint, gin popcorn aydelem. 2 sini gold rim chemru",
    "SINI-CUPS-12/Gold Rim*2",
    "same as last week without the popcorn, plus 2 boxes of gold rim sini",
    "",
    R=True,
    ref="last",
    mods=[("rm", "POPCORN-2"), ("add", "SINI-CUPS-12/Gold Rim*2")],
    d=3,
)
m(
    "entoto-cafe",
    W,
    "am",
    "COMPLAINT",
    "selam, tilant yemetut 12 sini cups 3tu tesebrewal. photo lakalehu",
    "",
    "three cups arrived broken",
    "",
    d=2,
)
m(
    "entoto-cafe",
    W,
    "am",
    "ORDER",
    "ሰላም 3 ኪሎ ቡና ብሌንድ 250 ግራም ሳይሆን 1 ኪሎ ያለውን። 1 ከሰል",
    "RC-BUNA-BLEND/1kg*3; CHARCOAL-33*1",
    "3 bags of the 1kg blend (not the 250g); 1 box charcoal discs",
    "number_in_name",
    d=5,
)

# ---------------------------------------------------------------- selam-grocery (am romanised, SMS)
m(
    "selam-grocery",
    S,
    "am",
    "ORDER",
    "Selam 10 nech teff 5 kilo 6 key teff 5 kilo 12 injera 100% teff 10 berbere 500g. Ameseginalehu -Selam Grocery",
    "TEFF-WHITE/5kg*10; TEFF-BROWN/5kg*6; INJERA-TEFF-10*12; BERBERE/500g*10",
    "key teff is brown teff; 100% is part of the injera name",
    "number_in_name,signature",
    d=0,
)
m(
    "selam-grocery",
    S,
    "am",
    "ORDER",
    "ende hulgizew lerob. ameseginalehu",
    "",
    "the usual for Wednesday",
    "",
    R=True,
    ref="usual",
    d=1,
)
m(
    "selam-grocery",
    S,
    "am",
    "ORDER",
    "6 mitmita 8 mitin shiro 6 beso 2 kolo",
    "MITMITA-250*6; SHIRO-SPICY-1*8; BARLEY-BESSO-1*6; KOLO-500*2",
    "mitin shiro is the spicy shiro",
    "",
    d=2,
)
m(
    "selam-grocery",
    S,
    "am",
    "ORDER",
    "4 jebena tinishu ena 3 teff",
    "JEBENA/Small 0.5L*4; ?" + TEFF3 + "*3",
    "tinishu = small; bare teff is a family and has no size",
    "family",
    d=4,
)
m(
    "selam-grocery",
    S,
    "am",
    "QUESTION",
    "awaze alachu? yelelachu kehone mechena yimetal?",
    "",
    "asks for awaze paste (not stocked) and when it comes",
    "not_in_catalog",
    d=3,
)
m(
    "selam-grocery",
    S,
    "am",
    "ORDER",
    "60 mitin shiro lekidame",
    "SHIRO-SPICY-1*60",
    "60 spicy shiro with no reason given; usual 8",
    "",
    outlier=True,
    d=5,
)
m(
    "selam-grocery",
    S,
    "am",
    "CANCEL",
    "yikirta, ye kidame shiro 60 sihitet new. serizu",
    "",
    "cancels the 60 shiro order: a mistake",
    "",
    d=5,
)

# ---------------------------------------------------------------- abyssinia-market (en, email)
m(
    "abyssinia-market",
    E,
    "en",
    "ORDER",
    """Subject: Order PO 51-2207

Hi team,

Please deliver on Thursday 3 Aug:
1. White teff flour 10kg x 6
2. Mixed teff 5kg x 6
3. Frozen injera x 4 cases
4. Shiro Tegabino x 6
5. Ground coffee 500g x 10

Kind regards,
Tigist Alemu
Abyssinia Market, 14 Harehills Parade, Leeds
Tel 020 7946 0514 / 07700 900514""",
    "TEFF-WHITE/10kg*6; TEFF-MIXED/5kg*6; INJERA-FROZEN-60*4; SHIRO-TEGABINO-1*6; RC-GROUND-500*10",
    "PO number, list numbering, date, street number and phones are not quantities",
    "signature,number_in_name",
    d=0,
)
m(
    "abyssinia-market",
    E,
    "en",
    "ORDER",
    """Hi,

Could you add 3 medium jebenas and 4 jars of honey to Thursday's delivery please?

Tigist""",
    "JEBENA/Medium 1L*3; HONEY-1*4",
    "an addition to a placed order is ORDER",
    "non_order_request",
    d=1,
)
m(
    "abyssinia-market",
    E,
    "en",
    "ORDER",
    "Hello, same as last week please but with 10 frankincense grade 1 250g instead of 6 and no honey. Thanks, Tigist",
    "FRANK-G1/250g*10",
    "last order with a new quantity and a removal",
    "",
    R=True,
    ref="last",
    mods=[("set", "FRANK-G1/250g*10"), ("rm", "HONEY-1")],
    d=3,
)
m(
    "abyssinia-market",
    E,
    "en",
    "QUESTION",
    "Hi, I'd like a price for 40 bags of white teff 25kg delivered to Leeds next month - not ordering yet, just comparing. Tigist",
    "",
    "a quote request listing quantities is QUESTION",
    "non_order_request",
    d=2,
)
m(
    "abyssinia-market",
    E,
    "en",
    "ORDER",
    """Please send 4 clay incense burners and 1 pack besobela.

---------- Forwarded message ---------
From: Dawit (shop floor)
Date: Tue, 1 Aug 2028
Subject: low stock
we are nearly out of incense burners and besobela, 2 left of each""",
    "INCENSE-BURNER*4; BESOBELA-100*1",
    "the forwarded note's counts are stock levels, not quantities",
    "forwarded",
    d=1,
)

# ---------------------------------------------------------------- asmara-rest (ti, Ge'ez)
m(
    "asmara-rest",
    W,
    "ti",
    "ORDER",
    "ሰላም፡ ንሓሙስ 2 ጆንያ ቀይሕ ጣፍ 25 ኪሎ፡ 5 በርበረ 1 ኪሎ፡ 3 ፀብሒ ቅመም፡ 12 ኪሎ ስጋ በጊዕ ሻምባ (shoulder) ስደዱልና። የቐንየለይ",
    "TEFF-BROWN/25kg*2; BERBERE/1kg*5; TSEBHI-MIX-1*3; LAMB-SHOULDER*12",
    "red teff is the brown teff; lamb shoulder by the kg",
    "",
    d=0,
)
m(
    "asmara-rest",
    W,
    "ti",
    "ORDER",
    "ከም ወትሩ ንዓርቢ በጃኹም፡ ግን 4 ካርቶን ሜታ ቢራ ኣብ ክንዲ 2",
    "BEER-META-24*4",
    "the usual with 4 cases of Meta instead of 2",
    "",
    R=True,
    ref="usual",
    mods=[("set", "BEER-META-24*4")],
    d=2,
)
m(
    "asmara-rest",
    W,
    "ti",
    "ORDER",
    "2 ስፓጌቲ 5 ኪሎ ን ካተሪንግ ከምኡውን 2 ሽጉርቲ ዝተቐርፈ",
    "SPAG-CATERING-5*2; GARLIC-PEELED-1*2",
    "catering spaghetti; peeled garlic",
    "",
    d=3,
)
m(
    "asmara-rest",
    W,
    "ti",
    "COMPLAINT",
    "ሰላም፡ ትማሊ ዝመጸ ስጋ በጊዕ 10 ኪሎ ጥራይ እዩ ነይሩ፡ 12 ኢና ኣዚዝና",
    "",
    "short delivery of lamb: 10kg instead of 12",
    "",
    d=4,
)
m(
    "asmara-rest",
    W,
    "ti",
    "ORDER",
    "ቲማቲም ፓስታ 1 ካርቶን ታኒካ፡ 3 ንጥር ቅቤ 1 ኪሎ",
    "TOMATO-PASTE-24*1; NITER-KIBBEH/1kg*3",
    "a carton of tins is the 24 x 400g case",
    "",
    d=5,
)

# ---------------------------------------------------------------- massawa-cafe (ti romanised, SMS)
m(
    "massawa-cafe",
    S,
    "ti",
    "ORDER",
    "selam 4 harar roasted 2 sukar 5kg 2 spiced tea 6 kitcha. yekenyeley",
    "RC-HARAR-1*4; SUGAR-5*2; TEA-SPICED-100*2; KITCHA-BREAD-6*6",
    "sukar 5kg is the granulated sugar bag",
    "",
    d=0,
)
m("massawa-cafe", S, "ti", "ORDER", "kem wetru bejakhum", "", "the usual", "", R=True, ref="usual", d=2)
m(
    "massawa-cafe",
    S,
    "ti",
    "ORDER",
    "1 case cups 4oz n 1 etan",
    "CUPS-PAPER/4oz*1; ?" + FRANK2 + "*1",
    "etan is frankincense: a family",
    "family",
    d=3,
)
m(
    "massawa-cafe",
    S,
    "ti",
    "OTHER",
    "selam, kab 7 august kses 14 august tezigu ina. hagai. yekenyeley",
    "",
    "closure notice for two weeks in August",
    "",
    d=4,
)
m(
    "massawa-cafe",
    S,
    "ti",
    "ORDER",
    "2 popcorn 1 sugar sticks bejakhum",
    "POPCORN-2*2; SUGAR-STICKS-1000*1",
    "",
    "",
    d=1,
)

# ---------------------------------------------------------------- keren-grocery (en with ti words, email)
m(
    "keren-grocery",
    E,
    "en",
    "ORDER",
    """Selam,

Order for Friday please:
- brown teff 10kg x5
- injera teff & barley x10 packs
- tsebhi mix x4
- hot berbere x4
- 2 boxes blue pattern sini cups

Yekenyeley,
Senait, Keren Grocery
22 Fonthill Road""",
    "TEFF-BROWN/10kg*5; INJERA-MIXED-10*10; TSEBHI-MIX-1*4; BERBERE-HOT-1*4; SINI-CUPS-12/Blue Pattern*2",
    "hot berbere is the extra hot product",
    "signature",
    d=0,
)
m(
    "keren-grocery",
    E,
    "en",
    "ORDER",
    "Hi, please send 2 boxes of dates and 1 box of bakhoor. Senait",
    "?" + DATES3 + "*2; BAKHOOR-12*1",
    "dates is a family (medjool, sukkari, deglet nour)",
    "family",
    d=1,
)
m(
    "keren-grocery",
    E,
    "en",
    "QUESTION",
    "Hi, can I pay last month's invoice INV-22871 by card over the phone? Senait",
    "",
    "payment question",
    "non_order_request",
    d=2,
)
m(
    "keren-grocery",
    E,
    "en",
    "ORDER",
    "Hello, 2 boxes of incense charcoal and 24 sini cups blue please. Senait",
    "CHARCOAL-33*2; SINI-CUPS-12/Blue Pattern*2",
    "24 cups are 2 boxes of 12",
    "count",
    d=4,
)
m(
    "keren-grocery",
    E,
    "en",
    "CHANGE",
    "Hi, for Friday's order can you make the brown teff 7 bags instead of 5? Thanks Senait",
    "",
    "changes a placed order",
    "",
    change="TEFF-BROWN/10kg*7",
    d=2,
)

# ---------------------------------------------------------------- hamasien-bar (ti romanised + Ge'ez)
m(
    "hamasien-bar",
    W,
    "ti",
    "ORDER",
    "selam bro 3 carton giorgis 2 meta 2 ambo ntsuh (small) 10 kilo sega tsaeda... fiyel bone-in",
    "BEER-STGEORGE-24*3; BEER-META-24*2; AMBO/24 x 330ml Glass*2; GOAT-BONEIN*10",
    "giorgis is St. George; the goat is bone-in diced",
    "",
    d=0,
)
m(
    "hamasien-bar",
    W,
    "ti",
    "ORDER",
    "ከም ናይ ዝሓለፈ ሰሙን በጃኹም 🍺",
    "",
    "same as last week",
    "emoji",
    R=True,
    ref="last",
    d=2,
)
m(
    "hamasien-bar",
    W,
    "ti",
    "ORDER",
    "4 bira n 2 still water",
    "?" + BEER3 + "*4; WATER-STILL-24*2",
    "bira is a family of three beers",
    "family",
    d=3,
)
m(
    "hamasien-bar",
    W,
    "ti",
    "QUESTION",
    "Walia beer alekum do? customer yihatu alewu",
    "",
    "asks for Walia beer, not stocked",
    "not_in_catalog",
    d=4,
)
m(
    "hamasien-bar",
    W,
    "ti",
    "ORDER",
    "1 jonya sergegna 25 kilo n 3 berbere 1 kilo bejakhum",
    "TEFF-MIXED/25kg*1; BERBERE/1kg*3",
    "",
    "",
    d=5,
)

# ---------------------------------------------------------------- xamar-rest (so)
m(
    "xamar-rest",
    W,
    "so",
    "ORDER",
    "Asc, fadlan noo soo dir Khamiista: 3 jawaan bariis Tilda 20kg, 15 kiilo hilib ari lugta, 2 kartoon baasto Barilla iyo 2 subag saafi 2kg. Mahadsanid",
    "TILDA-BASMATI/20kg*3; GOAT-LEG*15; SPAG-BARILLA-24*2; GHEE-BUTTER/2kg*2",
    "lugta = leg; subag saafi (pure) is the butter ghee, not the vegetable ghee",
    "",
    d=0,
)
m(
    "xamar-rest",
    W,
    "so",
    "ORDER",
    "sidii caadiga ahayd Sabtida, laakiin 4 jawaan bariis halkii 3",
    "TILDA-BASMATI/20kg*4",
    "the usual with 4 sacks of rice instead of 3",
    "",
    R=True,
    ref="usual",
    mods=[("set", "TILDA-BASMATI/20kg*4")],
    d=2,
)
m(
    "xamar-rest",
    W,
    "so",
    "ORDER",
    "2 kartoon tomato paste qasacad iyo 1 saliid",
    "TOMATO-PASTE-24*2; ?" + OIL2 + "*1",
    "qasacad = tins, so the 24 x 400g case; saliid (oil) is a family",
    "family",
    d=3,
)
m(
    "xamar-rest",
    W,
    "so",
    "COMPLAINT",
    "Bariiskii shalay yimid mid jawaan ayaa jeexnaa, bariis badan ayaa daatay",
    "",
    "one rice sack arrived torn",
    "",
    d=4,
)
m(
    "xamar-rest",
    W,
    "so",
    "ORDER",
    "2 kartoon rani mango iyo 1 kamuun",
    "MANGO-RANI-24*2; CUMIN-GROUND-1*1",
    "kamuun is ground cumin",
    "",
    d=5,
)

# ---------------------------------------------------------------- hargeisa-grill (so, SMS)
m(
    "hargeisa-grill",
    S,
    "so",
    "ORDER",
    "asc 12 kilo hilib geel aan laf lahayn 8 kilo geel laf leh 2 jawaan sella 3 subag veg",
    "CAMEL-BONELESS*12; CAMEL-BONEIN*8; SELLA-GOLDEN-20*2; GHEE-VEG-2*3",
    "aan laf lahayn = boneless, laf leh = bone-in",
    "",
    d=0,
)
m(
    "hargeisa-grill",
    S,
    "so",
    "ORDER",
    "10 kilo hilib geel berri",
    "?" + CAMEL2 + "*10",
    "camel meat without boneless/bone-in",
    "family",
    d=1,
)
m(
    "hargeisa-grill",
    S,
    "so",
    "ORDER",
    "sidii todobaadkii hore",
    "",
    "same as last week",
    "",
    R=True,
    ref="last",
    d=2,
)
m(
    "hargeisa-grill",
    S,
    "so",
    "ORDER",
    "60 kilo hilib geel laf leh jimcaha",
    "CAMEL-BONEIN*60",
    "60kg of bone-in camel with no reason; usual 8",
    "",
    outlier=True,
    d=3,
)
m(
    "hargeisa-grill",
    S,
    "so",
    "CHANGE",
    "hilibka geela ee jimcaha ka dhig 9 kilo, 60 waa qalad",
    "",
    "changes the 60kg bone-in camel to 9",
    "",
    change="CAMEL-BONEIN*9",
    d=3,
)
m(
    "hargeisa-grill",
    S,
    "so",
    "ORDER",
    "2 kiilo kurus iyo 1 vimto",
    "CAMEL-HUMP*2; VIMTO-12*1",
    "kurus is camel hump fat",
    "",
    d=5,
)

# ---------------------------------------------------------------- berbera-market (so, email)
m(
    "berbera-market",
    E,
    "so",
    "ORDER",
    """Asc walaal,

Fadlan dalabkan noo soo dir Arbacada:
8 kiish Tilda 10kg
6 baasto catering 5kg
3 sanduuq timir medjool large
10 xalwo
6 uunsi

Mahadsanid,
Cabdi, Berbera Market, 61 Green Street""",
    "TILDA-BASMATI/10kg*8; SPAG-CATERING-5*6; DATES-MEDJOOL/Large*3; XALWO-1*10; UUNSI-500*6",
    "street number is not a quantity",
    "signature",
    d=0,
)
m(
    "berbera-market",
    E,
    "so",
    "ORDER",
    "Asc, sidii caadiga ahayd fadlan, lakin nido 10 halkii 6, shaahana ha keenin. Cabdi",
    "NIDO-2500*10",
    "the usual with 10 Nido instead of 6 and no tea",
    "",
    R=True,
    ref="usual",
    mods=[("set", "NIDO-2500*10"), ("rm", "TEA-KENYA-LOOSE-1")],
    d=2,
)
m(
    "berbera-market",
    E,
    "so",
    "ORDER",
    "Asc, 4 kiish hel iyo 2 sanduuq timir fadlan",
    "?" + HEL2 + "*4; ?" + DATES3 + "*2",
    "hel is cardamom (pods or ground); timir is a family",
    "family",
    d=3,
)
m(
    "berbera-market",
    E,
    "so",
    "QUESTION",
    "Asc, xawaash ma haysaan? haddii kale goorma ayuu imaanayaa? Cabdi",
    "",
    "asks for xawaash (not stocked)",
    "not_in_catalog",
    d=4,
)
m(
    "berbera-market",
    E,
    "so",
    "ORDER",
    "Fadlan 1 lubaan maydi 1kg iyo 2 hel pods, waa degdeg",
    "FRANK-G1/1kg*1; CARDAMOM-GREEN-1*2",
    "maydi names the grade 1 frankincense; pods names the green cardamom",
    "",
    d=5,
)

# ---------------------------------------------------------------- juba-cafe (so)
m(
    "juba-cafe",
    W,
    "so",
    "ORDER",
    "Asc 4 shaah kenya loose 1 hel pods 3 sonkor 5kg 1 koob 8oz 2 nido",
    "TEA-KENYA-LOOSE-1*4; CARDAMOM-GREEN-1*1; SUGAR-5*3; CUPS-PAPER/8oz*1; NIDO-2500*2",
    "koob 8oz is a case of paper cups",
    "",
    d=0,
)
m(
    "juba-cafe",
    W,
    "so",
    "ORDER",
    "2 kartoon digaag bowdo aan laf lahayn",
    "CHICKEN-THIGH-5*2",
    "bowdo aan laf lahayn = boneless thigh",
    "",
    d=1,
)
m(
    "juba-cafe",
    W,
    "so",
    "ORDER",
    "hel 1 iyo shaah 4 fadlan",
    "?" + HEL2 + "*1; ?" + TEA3 + "*4",
    "hel and shaah are families",
    "family",
    d=2,
)
m(
    "juba-cafe",
    W,
    "so",
    "ORDER",
    "sida usbuucii hore laakiin sonkor 4 iyo 1 sinjibiil",
    "SUGAR-5*4; GINGER-GROUND-1*1",
    "same as last week with 4 sugar and 1 ground ginger",
    "",
    R=True,
    ref="last",
    mods=[("set", "SUGAR-5*4"), ("add", "GINGER-GROUND-1*1")],
    d=4,
)
m("juba-cafe", W, "so", "OTHER", "Mahadsanid walaal, alaabtii way timid 👍", "", "thanks", "emoji", d=3)

# ---------------------------------------------------------------- bosaso-butcher (en, SMS)
m(
    "bosaso-butcher",
    S,
    "en",
    "ORDER",
    "20kg camel bone in, 3 whole goats, 4 box whole chicken, 3 box chicken legs, 5kg lamb liver. Ahmed",
    "CAMEL-BONEIN*20; GOAT-CARCASS*3; CHICKEN-WHOLE-10*4; CHICKEN-LEGS-10*3; LIVER-LAMB*5",
    "",
    "signature",
    d=0,
)
m(
    "bosaso-butcher",
    S,
    "en",
    "ORDER",
    "twenty kilo camel on the bone three whole goat two box gloves large",
    "CAMEL-BONEIN*20; GOAT-CARCASS*3; GLOVES-NITRILE/Large*2",
    "spoken list without commas",
    "spoken,voice",
    d=2,
)
m(
    "bosaso-butcher",
    S,
    "en",
    "ORDER",
    "chicken x5, 6kg lamb leg and gloves x 2",
    "?" + CHICK4 + "*5; LAMB-LEG*6; GLOVES-NITRILE/?*2",
    "chicken without a cut is a family; gloves without a size",
    "family",
    d=3,
)
m(
    "bosaso-butcher",
    S,
    "en",
    "QUESTION",
    "do you do camel milk? customers keep asking",
    "",
    "camel milk is not stocked",
    "not_in_catalog",
    d=4,
)
m("bosaso-butcher", S, "en", "ORDER", "2 boxes gloves medium pls", "GLOVES-NITRILE/Medium*2", "", "", d=5)

# ---------------------------------------------------------------- nile-sudanese (ar)
m(
    "nile-sudanese",
    W,
    "ar",
    "ORDER",
    "السلام عليكم، نرجو إرسال 3 كرتون فول معلب و 2 كيس فول مجروش و 10 كيلو فخذ ضأن يوم الخميس. شكراً",
    "FUL-TIN-24*3; FAVA-SPLIT-5*2; LAMB-LEG*10",
    "ful tins case; split fava bag; lamb leg by the kg",
    "",
    d=0,
)
m(
    "nile-sudanese",
    W,
    "ar",
    "ORDER",
    "مثل الأسبوع الماضي لكن بدون التمر",
    "",
    "same as last week without the dates",
    "",
    R=True,
    ref="last",
    mods=[("rm", "DATES-SUKKARI-3")],
    d=2,
)
m(
    "nile-sudanese",
    W,
    "ar",
    "ORDER",
    "2 شوال رز بسمتي تيلدا 20 كيلو و 2 كمون",
    "TILDA-BASMATI/20kg*2; CUMIN-GROUND-1*2",
    "shuwal = sack",
    "",
    d=3,
)
m(
    "nile-sudanese",
    W,
    "ar",
    "ORDER",
    "salam, 3 kartoon ful w 1 zeit",
    "FUL-TIN-24*3; ?" + OIL2 + "*1",
    "Arabizi; kartoon narrows ful to the tinned case (the split fava comes by the bag); zeit (oil) is a family",
    "family",
    d=4,
)
m(
    "nile-sudanese",
    W,
    "ar",
    "COMPLAINT",
    "الفاتورة 30412 فيها 3 كرتون فول لكن وصلنا 2 بس",
    "",
    "invoice shows 3 cases, 2 arrived",
    "",
    d=5,
)

# ---------------------------------------------------------------- yemeni-mandi (ar, email)
m(
    "yemeni-mandi",
    E,
    "ar",
    "ORDER",
    """الموضوع: طلب الأسبوع 31

السلام عليكم،
نرجو توريد ما يلي يوم الأربعاء:
- 4 شوال رز سيلا ذهبي 20 كيلو
- 20 كيلو فخذ غنم
- 3 كرتون دجاج كامل
- 1 هيل مطحون
- 1 قرنفل

مع الشكر،
مطعم صنعاء للمندي""",
    "SELLA-GOLDEN-20*4; LAMB-LEG*20; CHICKEN-WHOLE-10*3; CARDAMOM-GROUND-500*1; CLOVES-500*1",
    "week 31 in the subject is not a quantity",
    "signature,number_in_name",
    d=0,
)
m(
    "yemeni-mandi",
    E,
    "ar",
    "ORDER",
    "الطلب المعتاد من فضلكم ليوم السبت، مع 2 كيس قرفة إضافي",
    "CINNAMON-500*2",
    "the usual plus 2 cinnamon",
    "",
    R=True,
    ref="usual",
    mods=[("add", "CINNAMON-500*2")],
    d=2,
)
m(
    "yemeni-mandi",
    E,
    "ar",
    "ORDER",
    "نحتاج 3 بخور و 3 كرتون ماء",
    "BAKHOOR-12*3; ?AMBO|WATER-STILL-24*3",
    "water is a family (Ambo sparkling or still)",
    "family",
    d=3,
)
m(
    "yemeni-mandi",
    E,
    "ar",
    "QUESTION",
    "أود أن أعرف هل يمكن التوصيل يوم الجمعة بعد الصلاة؟",
    "",
    "I would like to know... delivery on Friday",
    "non_order_request",
    d=4,
)
m(
    "yemeni-mandi",
    E,
    "ar",
    "ORDER",
    "من فضلكم 100 كيلو فخذ غنم يوم الخميس",
    "LAMB-LEG*100",
    "100kg of lamb leg with no reason given; usual 20",
    "",
    outlier=True,
    d=5,
)

# ---------------------------------------------------------------- harar-coffee (en, email)
m(
    "harar-coffee",
    E,
    "en",
    "ORDER",
    """Hi,

For next week's roast schedule please send:
1 x Yirgacheffe G2 60kg sack (green)
2 x Sidamo G2 10kg
10 x Guji G1 natural 1kg
10 x Harar longberry 1kg

Best,
Jonah Price | Head Roaster
Harar Gate Coffee Roasters, Unit 4, 9 Arches Yard
020 7946 0517""",
    "GC-YIRGA-G2/60kg Sack*1; GC-SIDAMO-G2-10*2; GC-GUJI-G1-1*10; GC-HARAR-LB-1*10",
    "grades, unit number and phone are not quantities",
    "signature,number_in_name",
    d=0,
)
m(
    "harar-coffee",
    E,
    "en",
    "ORDER",
    "Hi, please add 2 x sidamo and 2 cases of 12oz cups to Thursday. Jonah",
    "?GC-SIDAMO-G2-10|RC-SIDAMO-1*2; CUPS-PAPER/12oz*2",
    "sidamo is green or roasted",
    "family",
    d=1,
)
m(
    "harar-coffee",
    E,
    "en",
    "ORDER",
    "Hi, repeat of our last order please, but no guji this time. Jonah",
    "",
    "last order without the guji",
    "",
    R=True,
    ref="last",
    mods=[("rm", "GC-GUJI-G1-1")],
    d=2,
)
m(
    "harar-coffee",
    E,
    "en",
    "QUESTION",
    "Do you have a cupping sample of the Jimma G5 before we commit to a few bags? Also what moisture % are the current lots?",
    "",
    "sample and spec question",
    "",
    d=3,
)
m(
    "harar-coffee",
    E,
    "en",
    "ORDER",
    "Hi, 30kg green yirgacheffe please (three 10kg bags), Thursday. Jonah",
    "GC-YIRGA-G2/10kg*3",
    "30kg as three 10kg bags",
    "count",
    d=4,
)

# ---------------------------------------------------------------- queen-sheba (en, email, formal)
m(
    "queen-sheba",
    E,
    "en",
    "ORDER",
    """Subject: PO QS-4418

Good morning,

Please deliver on Wednesday 2 August:
3 x white teff 25kg
1 x berbere 5kg
1 x niter kibbeh 5kg tub
2 x doro wot cut chicken boxes
6kg kitfo beef

Regards,
Hana Girma, Kitchen Manager
Queen of Sheba, 120 Oxford Road, Manchester""",
    "TEFF-WHITE/25kg*3; BERBERE/5kg*1; NITER-KIBBEH/5kg*1; CHICKEN-DORO-10*2; BEEF-KITFO*6",
    "PO, date and street number are not quantities",
    "signature,number_in_name",
    d=0,
)
m(
    "queen-sheba",
    E,
    "en",
    "ORDER",
    "Good morning, please send our usual order for Friday, plus 1 case of green napkins. Hana",
    "NAPKINS-2PLY/Green*1",
    "the usual plus green napkins",
    "",
    R=True,
    ref="usual",
    mods=[("add", "NAPKINS-2PLY/Green*1")],
    d=2,
)
m(
    "queen-sheba",
    E,
    "en",
    "ORDER",
    "Good morning, 1 bag of lentils and 2 cases of beer please. Hana",
    "?" + LENT3 + "*1; ?" + BEER3 + "*2",
    "lentils and beer are families",
    "family",
    d=3,
)
m(
    "queen-sheba",
    E,
    "en",
    "OTHER",
    "Good morning, please note our new accounts e-mail is accounts@queensheba.example from 1 September. Hana",
    "",
    "contact change",
    "",
    d=4,
)
m(
    "queen-sheba",
    E,
    "en",
    "CANCEL",
    "Good morning, please cancel Friday's order entirely, we have a burst pipe and are closed. Hana",
    "",
    "cancels a whole order",
    "",
    d=5,
)

# ---------------------------------------------------------------- tana-takeaway (en, SMS)
m(
    "tana-takeaway",
    S,
    "en",
    "ORDER",
    "8 injera teff 6kg tibs 2 red lentil 5kg 1 case 650 containers 1 case 6a foil",
    "INJERA-TEFF-10*8; BEEF-TIBS*6; ?LENTIL-RED-SPLIT|LENTIL-RED-WHOLE-5{5kg}*2; CONTAINER-650-250*1; FOIL-TRAY-6A-500*1",
    "injera teff is the 100% teff pack; red lentil is split or whole",
    "family,number_in_name",
    d=0,
)
m("tana-takeaway", S, "en", "ORDER", "same again pls", "", "same as last order", "", R=True, ref="last", d=2)
m("tana-takeaway", S, "en", "ORDER", "pls add 2 berbere 1kg to tmrw", "BERBERE/1kg*2", "", "", d=3)
m(
    "tana-takeaway",
    S,
    "en",
    "ORDER",
    "10 packs pure teff injera and 2 beef mince. 🙏",
    "INJERA-TEFF-10*10; BEEF-MINCE*2",
    "pure teff injera is the 100% teff pack; mince by the kg",
    "emoji",
    d=4,
)
m("tana-takeaway", S, "en", "QUESTION", "wat time u deliver sat?", "", "delivery time question", "", d=5)

# ---------------------------------------------------------------- dahlak-events (en, email, no usual)
m(
    "dahlak-events",
    E,
    "en",
    "ORDER",
    """Hi,

Wedding on Saturday 5 Aug, 350 guests. Please send Friday:
- 4 x brown teff 25kg
- 40kg lamb shoulder
- 6 boxes doro wot cut chicken
- 8 cases big Ambo
- 2 cases yellow napkins

Thanks, Yonas
Dahlak Events & Catering""",
    "TEFF-BROWN/25kg*4; LAMB-SHOULDER*40; CHICKEN-DORO-10*6; AMBO/12 x 750ml Glass*8; NAPKINS-2PLY/Yellow*2",
    "350 guests and the date are not quantities; large order with a reason, not an outlier",
    "signature",
    d=0,
)
m(
    "dahlak-events",
    E,
    "en",
    "ORDER",
    "Hi, our usual event order please for the christening next Sunday. Yonas",
    "",
    "the caterer has no usual basket",
    "ambiguous_reference",
    R=True,
    ref="usual",
    d=1,
)
m(
    "dahlak-events",
    E,
    "en",
    "ORDER",
    "Hi, also 1 more case of napkins in red and 3 jebenas large for the coffee corner. Yonas",
    "NAPKINS-2PLY/?*1; JEBENA/Large 1.5L*3",
    "red napkins do not exist (white, green, yellow)",
    "",
    nofill=True,
    d=2,
)
m(
    "dahlak-events",
    E,
    "en",
    "QUESTION",
    "Hi, could you send me your price list for wedding packages, especially lamb and teff per 25kg? Yonas",
    "",
    "price list request",
    "non_order_request",
    d=3,
)
m(
    "dahlak-events",
    E,
    "en",
    "ORDER",
    "Hi, if you can get tej (honey wine) for Saturday, 20 bottles please. Yonas",
    "!*20",
    "conditional order on an item not in catalog",
    "conditional",
    R=True,
    d=4,
)

# ---------------------------------------------------------------- tawakal-store (so)
m(
    "tawakal-store",
    W,
    "so",
    "ORDER",
    "Asc 10 bariis tilda 5kg 3 kartoon barilla 4 timir sukkari 6 subag saafi 1kg",
    "TILDA-BASMATI/5kg*10; SPAG-BARILLA-24*3; DATES-SUKKARI-3*4; GHEE-BUTTER/1kg*6",
    "subag saafi is the butter ghee",
    "",
    d=0,
)
m(
    "tawakal-store",
    W,
    "so",
    "ORDER",
    "sidii caadiga ahayd + 4 xalwo",
    "XALWO-1*4",
    "the usual plus 4 xalwo",
    "",
    R=True,
    ref="usual",
    mods=[("add", "XALWO-1*4")],
    d=2,
)
m(
    "tawakal-store",
    W,
    "so",
    "ORDER",
    "bariis 10 iyo subag 6 fadlan 🙏",
    "?" + RICE3 + "*10; ?" + GHEE2 + "*6",
    "bariis and subag are families",
    "family,emoji",
    d=3,
)
m(
    "tawakal-store",
    W,
    "so",
    "COMPLAINT",
    "lubaankii todobaadkan waa liitaa, ma ahan grade 1. waxaan rabnaa in la beddelo",
    "",
    "complains about the frankincense quality",
    "",
    d=4,
)
m(
    "tawakal-store",
    W,
    "so",
    "ORDER",
    "4 lubaan maydi 250g iyo 3 girgira",
    "FRANK-G1/250g*4; INCENSE-BURNER*3",
    "girgira is the clay incense burner",
    "",
    d=5,
)

# ---------------------------------------------------------------- gondar-rest (am, Ge'ez, email)
m(
    "gondar-rest",
    E,
    "am",
    "ORDER",
    """ሰላም፣

ለሰኞ እባካችሁ:
ነጭ ጤፍ 25 ኪሎ - 2 ጆንያ
በርበሬ 1 ኪሎ - 4
ክትፎ ስጋ - 5 ኪሎ
ሽንብራ 5 ኪሎ - 1

አመሰግናለሁ
ጎንደር ሬስቶራንት""",
    "TEFF-WHITE/25kg*2; BERBERE/1kg*4; BEEF-KITFO*5; CHICKPEAS-5*1",
    "shimbra is chickpeas",
    "signature",
    d=0,
)
m(
    "gondar-rest",
    E,
    "am",
    "ORDER",
    "እንደ ባለፈው ሳምንት፣ ግን ቢራ 3 ካርቶን",
    "?" + BEER3 + "*3",
    "same as last week with 3 cases of beer (the restaurant only buys St. George)",
    "",
    R=True,
    ref="last",
    mods=[("set", "?" + BEER3 + "*3")],
    d=2,
)
m(
    "gondar-rest",
    E,
    "am",
    "ORDER",
    "ሰላም፣ 2 ሽሮ እና 5 አይብ ላኩልን",
    "?" + SHIRO3 + "*2; AYIB-500*5",
    "shiro is a family",
    "family",
    d=3,
)
m(
    "gondar-rest",
    E,
    "am",
    "QUESTION",
    "ሰላም፣ ቆጮ ትሸጣላችሁ? ዋጋው ስንት ነው?",
    "",
    "asks for kocho (not stocked) and its price",
    "not_in_catalog",
    d=4,
)
m(
    "gondar-rest",
    E,
    "am",
    "ORDER",
    "3 ንጥር ቅቤ 1 ኪሎ እና 1 ሽሮ 5 ኪሎ",
    "NITER-KIBBEH/1kg*3; SHIRO-MILD/5kg*1",
    "shiro 5kg is only the mild shiro",
    "",
    d=5,
)

# ---------------------------------------------------------------- addis-bistro (new, en)
m(
    "addis-bistro",
    E,
    "en",
    "ORDER",
    """Hello,

We are Addis Bistro, opening on 10 August at 3 Camden Passage. First order, we will pay on delivery:
- 2 x white teff 25kg
- 2 x berbere 1kg
- 2 x niter kibbeh 1kg
- 1 x mitmita
- 2 x medium jebena
- 2 boxes white sini cups

Thank you,
Liya Bekele, owner, 07700 900526""",
    "TEFF-WHITE/25kg*2; BERBERE/1kg*2; NITER-KIBBEH/1kg*2; MITMITA-250*1; JEBENA/Medium 1L*2; SINI-CUPS-12/White*2",
    "first order paid on delivery ships as written",
    "new_customer,signature",
    d=0,
)
m(
    "addis-bistro",
    E,
    "en",
    "ORDER",
    "Hi, same as my first order again please for next week. Liya",
    "",
    "a first-time customer's reference: messages are not history",
    "new_customer,ambiguous_reference",
    R=True,
    ref="last",
    d=3,
)
m(
    "addis-bistro",
    E,
    "en",
    "QUESTION",
    "Hi, I'd like to open a 30 day account with you - what do you need from us? Liya",
    "",
    "account question",
    "new_customer,non_order_request",
    d=1,
)
m(
    "addis-bistro",
    E,
    "en",
    "ORDER",
    "Hi, can we also get 10 kilo of beef for kitfo and 1 kilo of ayib? Liya",
    "BEEF-KITFO*10; AYIB-500*2",
    "1 kilo of ayib is 2 tubs of 500g",
    "new_customer",
    d=2,
)

# ---------------------------------------------------------------- liido-cafe (new, so)
m(
    "liido-cafe",
    W,
    "so",
    "ORDER",
    "Asc, waxaan nahay Liido Cafe oo cusub. Dalabka koowaad, lacagta waan bixin doonaa marka la keeno: 2 shaah kenya loose, 1 hel pods, 2 sonkor 5kg, 1 kartoon koob 4oz",
    "TEA-KENYA-LOOSE-1*2; CARDAMOM-GREEN-1*1; SUGAR-5*2; CUPS-PAPER/4oz*1",
    "first order paid on delivery ships",
    "new_customer",
    d=1,
)
m(
    "liido-cafe",
    W,
    "so",
    "ORDER",
    "Asc, fadlan noo fur account 30 maalmood ah oo noo soo dir 4 xalwo iyo 2 timir medjool jumbo",
    "XALWO-1*4; DATES-MEDJOOL/Jumbo*2",
    "order on a 30-day account not yet opened: review",
    "new_customer,credit",
    R=True,
    d=3,
)
m(
    "liido-cafe",
    W,
    "so",
    "QUESTION",
    "sambuusa wrappers ma haysaan?",
    "",
    "sambusa pastry not stocked",
    "new_customer,not_in_catalog",
    d=4,
)

# ================================================================ second pass: more orders, counts, spoken lists
m(
    "habesha-kitchen",
    W,
    "en",
    "ORDER",
    "hi it's Meron, two bags of misir kik five kilo three kitfo beef kilos no sorry five kilos and a mitmita",
    "LENTIL-RED-SPLIT/5kg*2; BEEF-KITFO*5; MITMITA-250*1",
    "voice note: number words, self-correction to 5kg, 'a' starts an item",
    "spoken,voice,self_correction",
    d=5,
)
m(
    "habesha-kitchen",
    W,
    "en",
    "ORDER",
    "Pls send 24 bottles habesha beer and 6 ayib",
    "BEER-HABESHA-24*1; AYIB-500*6",
    "24 bottles are 1 case of 24",
    "count",
    d=6,
)
m(
    "habesha-kitchen",
    W,
    "en",
    "ORDER",
    "2 x 10 pure teff injera + 1 big jebena",
    "INJERA-TEFF-10*2; JEBENA/Large 1.5L*1",
    "2 x 10 is two packs of 10; big = large",
    "pack",
    d=6,
)
m(
    "lalibela-rest",
    W,
    "am",
    "ORDER",
    "selam, 2 jonya sergegna, 1 berbere 5 kilo, 10 kilo tibs, 2 ater kik. amesegnalehu",
    "TEFF-MIXED/25kg*2; BERBERE/5kg*1; BEEF-TIBS*10; SPLIT-PEAS-YELLOW-5*2",
    "romanised Amharic; jonya (sack) is the 25kg",
    "",
    d=5,
)
m(
    "lalibela-rest",
    W,
    "am",
    "ORDER",
    "ሰላም፣ 3 ካርቶን ሐበሻ ቢራ እና 1 ንጥር ቅቤ 5 ኪሎ",
    "BEER-HABESHA-24*3; NITER-KIBBEH/5kg*1",
    "",
    "",
    d=6,
)
m(
    "entoto-cafe",
    W,
    "am",
    "ORDER",
    "selam 2 jebena medium, 1 charcoal, 1 sugar sticks, 1 kolo. thanks",
    "JEBENA/Medium 1L*2; CHARCOAL-33*1; SUGAR-STICKS-1000*1; KOLO-500*1",
    "code-switching",
    "",
    d=6,
)
m(
    "selam-grocery",
    S,
    "am",
    "ORDER",
    "12 injera barley 6 anebabero 4 fenugreek",
    "INJERA-MIXED-10*12; ANEBABERO-10*6; FENUGREEK-1*4",
    "injera barley is the teff & barley pack",
    "",
    d=6,
)
m(
    "selam-grocery",
    S,
    "am",
    "ORDER",
    "1 kuntal nech teff lekidame",
    "TEFF-WHITE/?*_",
    "1 kuntal is 100kg: 4 x 25kg, 10 x 10kg or 20 x 5kg; quantities not stated as bags and the bag size is open",
    "unit_word",
    nohist=True,
    d=4,
)
m(
    "abyssinia-market",
    E,
    "en",
    "ORDER",
    "Hi, 6 x mixed teff 5kg, 4 cases frozen injera and 10 ground coffee please. Tigist",
    "TEFF-MIXED/5kg*6; INJERA-FROZEN-60*4; RC-GROUND-500*10",
    "",
    "",
    d=5,
)
m(
    "abyssinia-market",
    E,
    "en",
    "ORDER",
    "Hi, 120 frozen injera please (two cases). Tigist",
    "INJERA-FROZEN-60*2",
    "120 injera are 2 cases of 6 x 10",
    "count",
    d=6,
)
m(
    "asmara-rest",
    W,
    "ti",
    "ORDER",
    "selam, 5 berbere 1kilo, 3 tsebhi, 12 kilo beggi shoulder, 2 spaghetti catering. yekenyeley",
    "BERBERE/1kg*5; TSEBHI-MIX-1*3; LAMB-SHOULDER*12; SPAG-CATERING-5*2",
    "romanised Tigrinya; beggi = lamb",
    "",
    d=6,
)
m(
    "asmara-rest",
    W,
    "ti",
    "ORDER",
    "ሰላም 2 ካርቶን ቢራ ሜታ ከምኡ 2 ጣፍ",
    "BEER-META-24*2; ?" + TEFF3 + "*2",
    "bare teff is a family",
    "family",
    d=1,
)
m(
    "massawa-cafe",
    S,
    "ti",
    "ORDER",
    "4 harar roasted 6 kitcha 2 spiced tea",
    "RC-HARAR-1*4; KITCHA-BREAD-6*6; TEA-SPICED-100*2",
    "",
    "",
    d=5,
)
m(
    "massawa-cafe",
    S,
    "ti",
    "ORDER",
    "2000 cups 4oz bejakhum",
    "CUPS-PAPER/4oz*2",
    "2000 cups are 2 cases of 1000",
    "count",
    d=6,
)
m(
    "keren-grocery",
    E,
    "en",
    "ORDER",
    "Hi, 10 packs teff & barley injera, 4 tsebhi mix, 2 deglet nour. Senait",
    "INJERA-MIXED-10*10; TSEBHI-MIX-1*4; DATES-DEGLET-5*2",
    "",
    "",
    d=5,
)
m(
    "keren-grocery",
    E,
    "en",
    "ORDER",
    "Hello, 5 bags brown teff 10kg and 2 boxes gold rim cups. Senait",
    "TEFF-BROWN/10kg*5; SINI-CUPS-12/Gold Rim*2",
    "gold rim names the sini cups variant",
    "",
    d=6,
)
m(
    "hamasien-bar",
    W,
    "ti",
    "ORDER",
    "2 bottles meta n 3 bottles giorgis for tonite",
    "BEER-META-24*2; BEER-STGEORGE-24*3",
    "2 and 3 bottles of a product sold by the case: N small, read as cases",
    "container",
    d=1,
)
m(
    "hamasien-bar",
    W,
    "ti",
    "ORDER",
    "30 bottles st george",
    "BEER-STGEORGE-24*_",
    "30 bottles is not a whole number of cases of 24: quantities not stated as cases",
    "container",
    nohist=True,
    d=6,
)
m(
    "hamasien-bar",
    W,
    "ti",
    "ORDER",
    "selam 10 kilo fiyel bone-in, 2 ambo ntsuh, 2 still water",
    "GOAT-BONEIN*10; AMBO/24 x 330ml Glass*2; WATER-STILL-24*2",
    "fiyel bone-in is the diced goat",
    "",
    d=6,
)
m(
    "xamar-rest",
    W,
    "so",
    "ORDER",
    "Asc 3 jawaan tilda 20kg 15 kilo lugta ari 2 kartoon barilla",
    "TILDA-BASMATI/20kg*3; GOAT-LEG*15; SPAG-BARILLA-24*2",
    "",
    "",
    d=6,
)
m(
    "xamar-rest",
    W,
    "so",
    "ORDER",
    "48 qasacad mango rani",
    "MANGO-RANI-24*2",
    "48 cans are 2 cases of 24",
    "count,container",
    d=1,
)
m(
    "hargeisa-grill",
    S,
    "so",
    "ORDER",
    "12 kilo geel boneless 2 sella 3 veg ghee 2 basal",
    "CAMEL-BONELESS*12; SELLA-GOLDEN-20*2; GHEE-VEG-2*3; ONIONS-RED-20*2",
    "basal = onions (20kg sacks)",
    "",
    d=6,
)
m(
    "hargeisa-grill",
    S,
    "so",
    "ORDER",
    "laba jawaan sella saddex subag veg iyo toban kilo geel boneless",
    "SELLA-GOLDEN-20*2; GHEE-VEG-2*3; CAMEL-BONELESS*10",
    "spoken Somali number words without commas",
    "spoken",
    d=4,
)
m(
    "berbera-market",
    E,
    "so",
    "ORDER",
    "Asc, 8 Tilda 10kg, 6 nido 2.5kg, 8 shaah kenya. Mahadsanid, Cabdi",
    "TILDA-BASMATI/10kg*8; NIDO-2500*6; TEA-KENYA-LOOSE-1*8",
    "2.5kg is in the name",
    "number_in_name",
    d=6,
)
m(
    "berbera-market",
    E,
    "so",
    "ORDER",
    "Asc, 40 tilda 10kg fadlan",
    "TILDA-BASMATI/10kg*40",
    "40 bags of Tilda 10kg with no reason; usual 8",
    "",
    outlier=True,
    d=1,
)
m(
    "juba-cafe",
    W,
    "so",
    "ORDER",
    "asc 4 shaah kenya 3 sonkor 1 hel pods 2 nido",
    "TEA-KENYA-LOOSE-1*4; SUGAR-5*3; CARDAMOM-GREEN-1*1; NIDO-2500*2",
    "",
    "",
    d=5,
)
m(
    "juba-cafe",
    W,
    "so",
    "ORDER",
    "1 koob 8oz iyo 2 kartoon digaag bowdo",
    "CUPS-PAPER/8oz*1; CHICKEN-THIGH-5*2",
    "digaag bowdo is the thigh fillets",
    "",
    d=6,
)
m(
    "bosaso-butcher",
    S,
    "en",
    "ORDER",
    "5 box whole chicken 3 box legs 20kg camel bone in",
    "CHICKEN-WHOLE-10*5; CHICKEN-LEGS-10*3; CAMEL-BONEIN*20",
    "",
    "",
    d=6,
)
m(
    "bosaso-butcher",
    S,
    "en",
    "ORDER",
    "40 whole chickens",
    "CHICKEN-WHOLE-10*4",
    "40 chickens are 4 boxes of 10",
    "count",
    d=1,
)
m(
    "nile-sudanese",
    W,
    "ar",
    "ORDER",
    "3 كرتون فول و 2 كيس تمر سكري و 10 كيلو فخذ ضأن",
    "FUL-TIN-24*3; DATES-SUKKARI-3*2; LAMB-LEG*10",
    "kartoon ful is the tins; sukkari dates come by the box",
    "",
    d=6,
)
m("nile-sudanese", W, "ar", "ORDER", "نحتاج 2 علبة شاي أكياس", "TEA-BAGS-240*2", "tea bags named", "", d=1)
m(
    "yemeni-mandi",
    E,
    "ar",
    "ORDER",
    "السلام عليكم، 4 شوال سيلا، 3 كرتون دجاج كامل، 3 كرتون ماء عادي. شكراً",
    "SELLA-GOLDEN-20*4; CHICKEN-WHOLE-10*3; WATER-STILL-24*3",
    "maa' 'adi = still water",
    "",
    d=6,
)
m(
    "yemeni-mandi",
    E,
    "ar",
    "ORDER",
    "نريد 1 قرفة و 1 قرنفل و 1 هيل مطحون",
    "CINNAMON-500*1; CLOVES-500*1; CARDAMOM-GROUND-500*1",
    "",
    "",
    d=1,
)
m(
    "harar-coffee",
    E,
    "en",
    "ORDER",
    "Hi, 10 x guji natural 1kg and 10 x harar longberry. Thanks, Jonah",
    "GC-GUJI-G1-1*10; GC-HARAR-LB-1*10",
    "",
    "",
    d=5,
)
m(
    "harar-coffee",
    E,
    "en",
    "ORDER",
    "Hi, 5kg roasted yirgacheffe and 1 bag jimma g5 please. Jonah",
    "RC-YIRGA-1*5; GC-JIMMA-G5-10*1",
    "5kg is 5 bags of 1kg",
    "count,number_in_name",
    d=6,
)
m(
    "queen-sheba",
    E,
    "en",
    "ORDER",
    "Good morning, 3 white teff 25kg, 2 doro wot cut boxes, 6kg kitfo beef, 1 case kraft injera boxes please. Hana",
    "TEFF-WHITE/25kg*3; CHICKEN-DORO-10*2; BEEF-KITFO*6; CONTAINER-KRAFT-200*1",
    "",
    "",
    d=6,
)
m(
    "queen-sheba",
    E,
    "en",
    "ORDER",
    "Good morning, 400 kraft injera boxes please. Hana",
    "CONTAINER-KRAFT-200*2",
    "400 boxes are 2 cases of 200",
    "count",
    d=1,
)
m(
    "tana-takeaway",
    S,
    "en",
    "ORDER",
    "8 pure teff injera 6kg tibs 1 case foil 6a",
    "INJERA-TEFF-10*8; BEEF-TIBS*6; FOIL-TRAY-6A-500*1",
    "6a is the foil container number",
    "number_in_name",
    d=6,
)
m(
    "tana-takeaway",
    S,
    "en",
    "ORDER",
    "4 injera",
    "?" + INJ3 + "*_",
    "4 injera: single injera or packs? and which injera: quantities not stated as packs",
    "pack,family",
    nohist=True,
    d=1,
)
m(
    "dahlak-events",
    E,
    "en",
    "ORDER",
    "Hi, for the engagement party on the 12th (120 guests): 2 brown teff 25kg, 15kg lamb shoulder, 2 boxes doro cut, 3 cases big ambo. Yonas",
    "TEFF-BROWN/25kg*2; LAMB-SHOULDER*15; CHICKEN-DORO-10*2; AMBO/12 x 750ml Glass*3",
    "guest count and date are not quantities",
    "number_in_name",
    d=5,
)
m(
    "tawakal-store",
    W,
    "so",
    "ORDER",
    "10 tilda 5kg 4 sukkari 6 subag saafi 1kg 6 shaah kenya",
    "TILDA-BASMATI/5kg*10; DATES-SUKKARI-3*4; GHEE-BUTTER/1kg*6; TEA-KENYA-LOOSE-1*6",
    "",
    "",
    d=6,
)
m(
    "tawakal-store",
    W,
    "so",
    "ORDER",
    "toban bariis tilda shan kilo saddex kartoon barilla afar sanduuq sukkari",
    "TILDA-BASMATI/5kg*10; SPAG-BARILLA-24*3; DATES-SUKKARI-3*4",
    "spoken Somali list with number words: toban 10, saddex 3, afar 4, shan kilo is the 5kg size",
    "spoken,number_in_name",
    d=1,
)
m(
    "gondar-rest",
    E,
    "am",
    "ORDER",
    "tena yistilign, lesegno: nech teff 25 kilo 2 jonya / berbere 1 kilo 4 / kitfo 5 kilo. ameseginalehu, Gondar Restaurant",
    "TEFF-WHITE/25kg*2; BERBERE/1kg*4; BEEF-KITFO*5",
    "jonya is the 25kg sack; the restaurant name is a signature",
    "signature",
    d=6,
)
m(
    "gondar-rest",
    E,
    "am",
    "ORDER",
    "ሰላም፣ 2 ካርቶን ጊዮርጊስ ቢራ እና 1 ሽንብራ",
    "BEER-STGEORGE-24*2; CHICKPEAS-5*1",
    "Giorgis is St. George",
    "",
    d=1,
)
m(
    "addis-bistro",
    E,
    "en",
    "ORDER",
    "Hi, for Friday, paid on delivery again: 2 berbere 1kg, 1 mitmita, 6kg kitfo beef, 2 packs 100% teff injera. Liya",
    "BERBERE/1kg*2; MITMITA-250*1; BEEF-KITFO*6; INJERA-TEFF-10*2",
    "second order paid on delivery ships",
    "new_customer,number_in_name",
    d=5,
)
m(
    "liido-cafe",
    W,
    "so",
    "ORDER",
    "Asc, 2 shaah kenya, 1 sonkor 5kg, 1 koob 4oz, lacag caddaan ah",
    "TEA-KENYA-LOOSE-1*2; SUGAR-5*1; CUPS-PAPER/4oz*1",
    "paid in cash on delivery",
    "new_customer",
    d=6,
)

# ================================================================ third pass: non-orders, changes, cancels, edge cases
m(
    "habesha-kitchen",
    W,
    "en",
    "CHANGE",
    "Hi, can you move tomorrow's delivery to Saturday morning? same order. Meron",
    "",
    "moves a placed order",
    "non_order_request",
    change="",
    d=0,
)
m(
    "lalibela-rest",
    W,
    "am",
    "CANCEL",
    "ሰላም፣ የአርብ ትእዛዛችንን ሰርዙልን እባካችሁ። ሬስቶራንቱ ዝግ ነው",
    "",
    "cancels Friday's order, the restaurant is closed",
    "",
    d=4,
)
m(
    "entoto-cafe",
    W,
    "am",
    "ORDER",
    "2 jebna midum 6 bunna blend 1kg plz",
    "JEBENA/Medium 1L*2; RC-BUNA-BLEND/1kg*6",
    "typos: jebna, midum, bunna",
    "typo",
    d=4,
)
m(
    "selam-grocery",
    S,
    "am",
    "OTHER",
    "selam, adis silk kutir 07700 900531 new. ameseginalehu",
    "",
    "new phone number",
    "",
    d=2,
)
m(
    "abyssinia-market",
    E,
    "en",
    "COMPLAINT",
    """Hi,

Invoice INV-60118 charges us for 6 bags of white teff 10kg but only 5 arrived. Please credit one bag.

Tigist""",
    "",
    "short delivery; numbers are not an order",
    "",
    d=4,
)
m(
    "abyssinia-market",
    E,
    "en",
    "ORDER",
    """Yes please, go ahead with 2 of the large jebenas as well.

> On 2 Aug 2028, Selam & Saba Foods wrote:
> We have the large 1.5L jebena back in stock, 20 in the warehouse. Would you like some with Thursday's order?""",
    "JEBENA/Large 1.5L*2",
    "quoted reply: only the new line counts; 20 in the quote is stock",
    "quoted",
    d=2,
)
m(
    "asmara-rest",
    W,
    "ti",
    "CHANGE",
    "ሰላም፡ ናይ ሓሙስ ትእዛዝ 2 ኣብ ክንዲ 5 በርበረ ግበርዎ በጃኹም",
    "",
    "changes berbere on Thursday's order from 5 to 2",
    "",
    change="BERBERE/1kg*2",
    d=1,
)
m(
    "massawa-cafe",
    S,
    "ti",
    "ORDER",
    "1 case cups 4oz 2 harar roasted 1 etan standard",
    "CUPS-PAPER/4oz*1; RC-HARAR-1*2; FRANK-STD-1*1",
    "etan standard is the standard grade frankincense",
    "",
    d=6,
)
m(
    "keren-grocery",
    E,
    "en",
    "OTHER",
    "Hi, payment of £1,284.50 sent today by bank transfer for June, reference KEREN-0628. Senait",
    "",
    "payment notice",
    "",
    d=3,
)
m(
    "hamasien-bar",
    W,
    "ti",
    "COMPLAINT",
    "bro 2 bottles meta were broken in the case yesterday, 🙁",
    "",
    "breakage complaint",
    "emoji",
    d=2,
)
m(
    "xamar-rest",
    W,
    "so",
    "QUESTION",
    "Asc, ma jiraa hilib geel oo boneless ah oo 5kg bac ku jira? qiimaha?",
    "",
    "asks for boneless camel in 5kg packs and the price",
    "",
    d=2,
)
m(
    "hargeisa-grill",
    S,
    "so",
    "QUESTION",
    "qiimaha hilib geelka boneless immisa kilo?",
    "",
    "price question",
    "",
    d=4,
)
m(
    "berbera-market",
    E,
    "so",
    "CANCEL",
    "Asc, fadlan iska jooji dalabkii 40 ee Tilda, khalad ayuu ahaa. Cabdi",
    "",
    "cancels the 40 Tilda order: a mistake",
    "",
    d=2,
)
m(
    "juba-cafe",
    W,
    "so",
    "ORDER",
    "Could you send 2 boxes chicken thigh and 2-3 nido, depends what u have",
    "CHICKEN-THIGH-5*2; NIDO-2500*_",
    "a range: quantities not stated exactly",
    "range,non_order_request",
    nohist=True,
    d=1,
)
m(
    "bosaso-butcher",
    S,
    "en",
    "OTHER",
    "out of office til monday, ahmed's brother will call u",
    "",
    "notice",
    "",
    d=3,
)
m(
    "nile-sudanese",
    W,
    "ar",
    "QUESTION",
    "هل عندكم كسرة أو دقيق ذرة للعصيدة؟",
    "",
    "asks for kisra or sorghum flour for asida: a question",
    "",
    d=2,
)
m(
    "yemeni-mandi",
    E,
    "ar",
    "COMPLAINT",
    "الدجاج اللي وصل أمس كان ذايب ومو مجمد، 3 كراتين",
    "",
    "complaint: 3 boxes of chicken arrived thawed",
    "",
    d=2,
)
m(
    "harar-coffee",
    E,
    "en",
    "ORDER",
    "Hi, half a bag of the Jimma G5 please if you can split it. Jonah",
    "GC-JIMMA-G5-10*0.5",
    "half a 10kg bag is a fraction of an indivisible unit: review",
    "fraction",
    R=True,
    nohist=True,
    d=2,
)
m(
    "harar-coffee",
    E,
    "en",
    "ORDER",
    "Hi, please send 2 x 10kg sidamo green, on our 60-day terms this time. Jonah",
    "GC-SIDAMO-G2-10*2",
    "order on 60-day credit terms: review",
    "credit",
    R=True,
    nohist=True,
    d=6,
)
m(
    "queen-sheba",
    E,
    "en",
    "QUESTION",
    "Good morning, I would like to know whether your berbere contains any peanut or sesame - we have an allergen audit. Hana",
    "",
    "I would like to know... allergen question",
    "non_order_request",
    d=1,
)
m(
    "tana-takeaway",
    S,
    "en",
    "ORDER",
    "can i get 2 box gloves large n 1 case 650 containers",
    "GLOVES-NITRILE/Large*2; CONTAINER-650-250*1",
    "order opening with can i get",
    "non_order_request",
    d=2,
)
m(
    "dahlak-events",
    E,
    "en",
    "CHANGE",
    "Hi, please change Saturday's Ambo from 8 cases to 10 cases, more guests confirmed. Yonas",
    "",
    "changes a placed order",
    "",
    change="AMBO/12 x 750ml Glass*10",
    d=1,
)
m(
    "tawakal-store",
    W,
    "so",
    "QUESTION",
    "I would like to know do you have canjeero flour mix? customers want it",
    "",
    "canjeero mix not stocked",
    "non_order_request,not_in_catalog",
    d=2,
)
m(
    "gondar-rest",
    E,
    "am",
    "COMPLAINT",
    "ሰላም፣ ትናንት የመጣው በርበሬ 2 ከረጢት ተቀድዶ ነበር።",
    "",
    "two berbere bags arrived torn",
    "",
    d=2,
)
m(
    "addis-bistro",
    E,
    "en",
    "OTHER",
    "Thank you for the quick delivery, the team loved the jebenas! Liya",
    "",
    "thanks",
    "new_customer",
    d=6,
)
m(
    "liido-cafe",
    W,
    "so",
    "ORDER",
    "Asc, 3 timir medjool jumbo iyo 2 xalwo, lacag caddaan",
    "DATES-MEDJOOL/Jumbo*3; XALWO-1*2",
    "paid cash on delivery",
    "new_customer",
    d=5,
)
m(
    "nile-sudanese",
    W,
    "ar",
    "ORDER",
    "من فضلك ابعث 2 كرتون فول معلب و 1 زيت دوار الشمس 20 لتر",
    "FUL-TIN-24*2; OIL-SUNFLOWER-20*1",
    "sunflower oil 20L drum",
    "number_in_name",
    d=5,
)
m(
    "yemeni-mandi",
    E,
    "ar",
    "ORDER",
    "نحتاج دجاج 3",
    "?" + CHICK4 + "*3",
    "chicken without a cut is a family",
    "family",
    d=4,
)
m(
    "xamar-rest",
    W,
    "so",
    "ORDER",
    "fadlan 20 kilo hilib ari",
    "?" + GOATKG + "*20",
    "goat by the kg is bone-in or leg",
    "family",
    d=4,
)
m(
    "keren-grocery",
    E,
    "en",
    "ORDER",
    "Hi, 4 hot berbere and 2 boxes bakhoor please, plus any awaze paste if you have it. Senait",
    "BERBERE-HOT-1*4; BAKHOOR-12*2; !*_",
    "awaze paste is not in catalog, quantity not stated",
    "not_in_catalog",
    nohist=True,
    d=6,
)
m(
    "hamasien-bar",
    W,
    "ti",
    "ORDER",
    "bro for friday: sergegna jonya x1, berbere 1kilo x3 and sega 10 kilo",
    "TEFF-MIXED/25kg*1; BERBERE/1kg*3; ?" + BEEF3 + "|" + GOATKG + "|" + LAMB2 + "*10",
    "sega (meat) names no animal: ambiguous across the red meats sold by the kg",
    "family",
    d=3,
)

# ================================================================ fourth pass: the rest of the catalog, missing variants, unstocked items
m(
    "nile-sudanese",
    W,
    "ar",
    "ORDER",
    "نحتاج 2 شوال ذرة حمراء 25 كيلو و 3 كيس دقيق ذرة",
    "SORGHUM-WHOLE-25*2; SORGHUM-FLOUR-5*3",
    "red sorghum whole sacks and sorghum flour bags",
    "number_in_name",
    d=6,
)
m(
    "habesha-kitchen",
    W,
    "en",
    "ORDER",
    "Meron here - 2 kg honeycomb tripe for dulet and 1 rekebot tray for the front",
    "TRIPE-HONEYCOMB*2; REKEBOT*1",
    "tripe by the kg",
    "",
    d=2,
)
m(
    "entoto-cafe",
    W,
    "am",
    "ORDER",
    "2 menkeshkesh ena 1 rekebot lakulin, adis branch new",
    "ROAST-PAN*2; REKEBOT*1",
    "menkeshkesh is the roasting pan",
    "",
    d=3,
)
m(
    "selam-grocery",
    S,
    "am",
    "ORDER",
    "6 whole teff grain 6 injera mix 4 key wot mix",
    "TEFF-GRAIN-1*6; INJERA-MIX-2*6; AWAZE-KEY-500*4",
    "teff grain is not the flour; injera mix is the quick mix",
    "",
    d=3,
)
m(
    "abyssinia-market",
    E,
    "en",
    "ORDER",
    "Hi, please add 2 turmeric (erd) 1kg, 2 black cumin and 2 chickpea flour 5kg to Thursday. Tigist",
    "TURMERIC-1*2; BLACK-CUMIN-500*2; CHICKPEA-FLOUR-5*2",
    "",
    "number_in_name",
    d=2,
)
m(
    "tawakal-store",
    W,
    "so",
    "ORDER",
    "5 kartoon macaroni iyo 2 kartoon tomato paste baakado",
    "MACARONI-24*5; TOMATO-PASTE-SACHET-50*2",
    "baakado (packets) are the sachets",
    "",
    d=4,
)
m(
    "xamar-rest",
    W,
    "so",
    "ORDER",
    "1 kartoon tomato paste berri",
    "?TOMATO-PASTE-24|TOMATO-PASTE-SACHET-50*1",
    "tomato paste by the case is tins or sachets",
    "family",
    d=2,
)
m(
    "hargeisa-grill",
    S,
    "so",
    "ORDER",
    "3 kilo beer geel iyo 10 kilo geel boneless",
    "!*3; CAMEL-BONELESS*10",
    "camel liver (beer geel) is not stocked; lamb liver is",
    "not_in_catalog",
    d=6,
)
m(
    "juba-cafe",
    W,
    "so",
    "ORDER",
    "5 kartoon sambuusa barafaysan iyo 4 shaah kenya",
    "!*5; TEA-KENYA-LOOSE-1*4",
    "frozen sambusa are not stocked",
    "not_in_catalog",
    d=3,
)
m(
    "xamar-rest",
    W,
    "so",
    "ORDER",
    "3 jawaan tilda Sabtida",
    "TILDA-BASMATI/?*3",
    "Tilda without a bag size",
    "",
    d=5,
)
m(
    "entoto-cafe",
    W,
    "am",
    "ORDER",
    "2 saten sini ena 4 green yirga 1kg",
    "SINI-CUPS-12/?*2; GC-YIRGA-G2/1kg*4",
    "sini cups without a colour",
    "",
    d=2,
)
m(
    "bosaso-butcher",
    S,
    "en",
    "ORDER",
    "gloves x2 and 5kg liver",
    "GLOVES-NITRILE/?*2; LIVER-LAMB*5",
    "gloves without a size; liver is the lamb liver",
    "",
    d=4,
)
m(
    "keren-grocery",
    E,
    "en",
    "ORDER",
    "Hi, 2 boxes of sini cups in red please, and 4 tsebhi mix. Senait",
    "SINI-CUPS-12/?*2; TSEBHI-MIX-1*4",
    "red sini cups do not exist (white, gold rim, blue pattern)",
    "",
    nofill=True,
    d=3,
)
m(
    "yemeni-mandi",
    E,
    "ar",
    "ORDER",
    "أربع شوالات سيلا وعشرين كيلو فخذ غنم وثلاث كراتين دجاج كامل",
    "SELLA-GOLDEN-20*4; LAMB-LEG*20; CHICKEN-WHOLE-10*3",
    "voice note in Arabic with number words and no commas",
    "spoken,voice",
    d=6,
)
m(
    "xamar-rest",
    W,
    "so",
    "ORDER",
    "3 qasacad rani mango iyo 2 kartoon barilla",
    "MANGO-RANI-24*3; SPAG-BARILLA-24*2",
    "3 cans of a product sold by the case: N small, read as 3 cases",
    "container",
    d=3,
)
m(
    "tana-takeaway",
    S,
    "en",
    "ORDER",
    "2 x 250 containers 650ml",
    "CONTAINER-650-250*2",
    "2 x 250 is two cases of 250",
    "pack,number_in_name",
    d=5,
)
m(
    "massawa-cafe",
    S,
    "ti",
    "ORDER",
    "ሰላም 3 ሃረር ቡና ዝተቖልወ ከምኡ 2 ሽኮር",
    "RC-HARAR-1*3; ?SUGAR-5|SUGAR-STICKS-1000*2",
    "roasted Harar; sugar is a family (bags or sticks)",
    "family",
    d=4,
)
m(
    "asmara-rest",
    W,
    "ti",
    "QUESTION",
    "ሰላም፡ ክትሕብሩና ደሊና፡ ቀዳም ትሰዱ ዶ?",
    "",
    "we would like you to tell us: do you deliver on Saturday?",
    "non_order_request",
    d=2,
)
m(
    "tawakal-store",
    W,
    "so",
    "OTHER",
    "Asc, dukaanka waa la dayactirayaa, fadlan wax ha keenina Isniinta",
    "",
    "delivery instruction: shop under repair, no delivery on Monday",
    "",
    d=1,
)
m(
    "tana-takeaway",
    S,
    "en",
    "CANCEL",
    "cancel tmrw order pls shop closed for repairs",
    "",
    "cancels a placed order",
    "",
    d=6,
)
m(
    "berbera-market",
    E,
    "so",
    "COMPLAINT",
    "Asc, 2 qasacadood oo Nido ah ayaa yimid iyagoo jaban. Cabdi",
    "",
    "two Nido tins arrived damaged",
    "",
    d=5,
)
