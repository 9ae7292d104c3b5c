# ruff: noqa  (hand-written data generator of blind set 54, kept as its writer left it)
"""Customers of set 54, their hand-written usual baskets and a seeded history generator."""

import datetime
import random

# key, name, kind, channel, address, language, style, first order date, weeks, usual basket
# style: steady (last order = usual), regular (last order differs from usual), irregular (never repeats), new
C = [
    (
        "jaffna-kitchen",
        "Jaffna Kitchen",
        "restaurant",
        "WHATSAPP",
        "+447700900541",
        "ta",
        "steady",
        "2028-04-04",
        8,
        [
            ("RICE-SAMBA-W", 4, "25kg"),
            ("FLR-SH-W-R", 10, "1kg"),
            ("FLR-PITTU-R", 6),
            ("CP-ROAST", 4, "1kg"),
            ("CP-CHILLI-HOT", 2),
            ("FR-CURRY-LEAF-B", 20),
            ("COCO-SCRAPED-400", 2),
            ("OIL-COCO-KLF", 2, "5L"),
            ("DF-MALDIVE-CHIPS", 10),
            ("JAG-PALM", 6),
            ("FZ-PAROTTA-20", 10),
        ],
    ),
    (
        "ceylon-spice-hut",
        "Ceylon Spice Hut",
        "takeaway",
        "WHATSAPP",
        "+447700900542",
        "si",
        "regular",
        "2028-04-05",
        7,
        [
            ("RICE-SAMBA-W", 2, "25kg"),
            ("FZ-KOTHU-ROTI", 15),
            ("FZ-GODAMBA", 20),
            ("CP-ROAST", 3, "500g"),
            ("CP-FLAKES", 2),
            ("DF-SPRATS-HL", 2),
            ("COCO-MP-1KG", 3),
            ("FR-PANDAN", 10),
            ("EGB-330", 2),
        ],
    ),
    (
        "lanka-grocers",
        "Lanka Grocers",
        "grocer",
        "WHATSAPP",
        "+447700900543",
        "si",
        "regular",
        "2028-04-03",
        8,
        [
            ("RICE-NADU-R", 5),
            ("RICE-SAMBA-R", 6),
            ("FLR-SH-R-R", 20),
            ("FLR-SH-W-U", 10),
            ("COCO-MP-300", 24),
            ("JAG-KITHUL", 12),
            ("TREACLE-KITHUL", 6),
            ("DF-MALDIVE-WHOLE", 2),
            ("SOYA-MEAT", 2),
            ("TEA-BOPF", 6),
            ("PAP-PLAIN", 10, "Medium 4 inch"),
            ("CREAMSODA-330", 3),
        ],
    ),
    (
        "kerala-kitchen",
        "Kerala Kitchen",
        "restaurant",
        "EMAIL",
        "orders@keralakitchen.example",
        "ml",
        "regular",
        "2028-04-06",
        7,
        [
            ("RICE-REDRAW", 8),
            ("FLR-PITTU-R", 10),
            ("FZ-PAROTTA-20", 15),
            ("OIL-COCO-KLF", 3, "15L"),
            ("PAP-KERALA", 6),
            ("SP-GORAKA", 4),
            ("CP-KASHMIRI", 2),
            ("FR-BANANA-LEAF", 4, "Full Leaf 1m (bundle of 10)"),
            ("FR-CURRY-LEAF-1KG", 1),
        ],
    ),
    (
        "chennai-dosa",
        "Chennai Dosa Corner",
        "restaurant",
        "WHATSAPP",
        "+447700900544",
        "ta",
        "steady",
        "2028-04-04",
        8,
        [
            ("BATTER-DOSA", 12, "5kg"),
            ("BATTER-IDLI", 20),
            ("RICE-PONNI-B", 3, "20kg"),
            ("CP-SAMBAR", 6),
            ("CP-RASAM", 3),
            ("DAL-TOOR", 4),
            ("GHEE-KTC", 2, "2kg"),
            ("FR-BANANA-LEAF", 3, "Cut 30cm (bundle of 50)"),
            ("TEA-DUST", 2),
        ],
    ),
    (
        "hoppers-house",
        "The Hoppers House",
        "restaurant",
        "EMAIL",
        "kitchen@hoppershouse.example",
        "en",
        "regular",
        "2028-04-07",
        6,
        [
            ("FLR-APPAM", 20),
            ("COCO-CREAM-1L", 2),
            ("COCO-MILK-TIN", 2),
            ("RICE-SAMBA-W", 2, "10kg"),
            ("DF-MALDIVE-CHIPS", 12),
            ("FR-CURRY-LEAF-B", 15),
            ("SEENI-SAMBOL", 6),
            ("TEA-BOP", 4, "1kg"),
            ("OIL-SUNFLOWER", 1),
        ],
    ),
    (
        "murugan-stores",
        "Murugan Stores",
        "grocer",
        "WHATSAPP",
        "+447700900545",
        "ta",
        "steady",
        "2028-04-03",
        8,
        [
            ("RICE-PONNI-R", 6),
            ("RICE-IDLI", 5),
            ("DAL-URAD", 10),
            ("JAG-PALM", 20),
            ("OIL-SESAME", 6, "1L"),
            ("PAP-PLAIN", 12, "Small 2 inch"),
            ("CP-TURMERIC", 4),
            ("TEA-BAGS-100", 12),
            ("FZ-DRUMSTICK", 10),
        ],
    ),
    (
        "galle-face-cafe",
        "Galle Face Cafe",
        "cafe",
        "SMS",
        "+447700900546",
        "en",
        "regular",
        "2028-04-06",
        6,
        [
            ("TEA-BOP", 6, "400g"),
            ("TEA-BAGS-500", 2),
            ("JAG-KITHUL", 4),
            ("EGB-330", 3),
            ("CREAMSODA-330", 2),
            ("COCO-DESIC", 2, "1kg"),
            ("FZ-SH", 10),
        ],
    ),
    (
        "kottu-corner",
        "Kottu Corner",
        "takeaway",
        "WHATSAPP",
        "+447700900547",
        "si",
        "regular",
        "2028-04-05",
        7,
        [
            ("FZ-KOTHU-ROTI", 25),
            ("FZ-GODAMBA", 30),
            ("CP-ROAST", 2, "1kg"),
            ("CP-CHILLI-HOT", 2),
            ("FR-GREEN-CHILLI", 3),
            ("FR-SHALLOTS", 2),
            ("OIL-SUNFLOWER", 2),
            ("THUMBS-UP-300", 2),
        ],
    ),
    (
        "malabar-mess",
        "Malabar Mess",
        "restaurant",
        "WHATSAPP",
        "+447700900548",
        "ml",
        "steady",
        "2028-04-04",
        7,
        [
            ("RICE-REDRAW", 6),
            ("RICE-BASMATI-S", 2),
            ("FZ-PAROTTA-20", 20),
            ("GHEE-AMUL", 4),
            ("OIL-COCO-KLF", 4, "5L"),
            ("FZ-CASSAVA", 10),
            ("SP-CARDAMOM", 1),
            ("SP-PEPPER", 2),
            ("FR-CURRY-LEAF-1KG", 1),
        ],
    ),
    (
        "saravana-cc",
        "Saravana Cash & Carry",
        "grocer",
        "EMAIL",
        "buying@saravana-cc.example",
        "en",
        "irregular",
        "2028-04-03",
        8,
        [
            ("RICE-PONNI-B", 10, "10kg"),
            ("RICE-BASMATI-T", 10, "5kg"),
            ("TEA-BAGS-100", 24),
            ("COCO-MILK-TIN", 6),
            ("PAP-PEPPER", 24),
            ("PICKLE-LIME", 12),
            ("DAL-MYSORE", 10),
            ("KADALA-BLACK", 6),
        ],
    ),
    (
        "amma-catering",
        "Amma Catering",
        "caterer",
        "WHATSAPP",
        "+447700900549",
        "ta",
        "regular",
        "2028-04-06",
        6,
        [
            ("RICE-BASMATI-T", 3, "20kg"),
            ("RICE-PONNI-B", 2, "20kg"),
            ("GHEE-KTC", 3, "1kg"),
            ("CP-CORIANDER", 2),
            ("SP-CUMIN", 2),
            ("FR-BANANA-LEAF", 6, "Cut 30cm (bundle of 50)"),
            ("DAL-MOONG", 3),
        ],
    ),
    (
        "colombo-canteen",
        "Colombo Canteen",
        "canteen",
        "SMS",
        "+447700900550",
        "si",
        "steady",
        "2028-04-07",
        6,
        [
            ("RICE-NADU-W", 3, "25kg"),
            ("DAL-MYSORE", 6),
            ("CP-UNROAST", 3, "1kg"),
            ("SP-GORAKA", 2),
            ("DF-SPRATS-HO", 2),
            ("COCO-MP-1KG", 4),
            ("FR-GOTUKOLA", 10),
            ("SOYA-MEAT", 1),
        ],
    ),
    (
        "kochi-spice",
        "Kochi Spice Market",
        "grocer",
        "WHATSAPP",
        "+447700900551",
        "ml",
        "regular",
        "2028-04-05",
        7,
        [
            ("RICE-REDRAW", 10),
            ("FLR-PITTU-W", 12),
            ("PAP-KERALA", 20),
            ("OIL-COCO-PARA", 24),
            ("JAG-CANE", 10),
            ("DF-PRAWNS", 6),
            ("FZ-JACKFRUIT", 12),
            ("SP-FENNEL", 3),
        ],
    ),
    ("thosai-express", "Thosai Express", "restaurant", "WHATSAPP", "+447700900552", "en", "new", None, 0, []),
    (
        "lakpahana-foods",
        "Lakpahana Foods",
        "grocer",
        "EMAIL",
        "lakpahana.foods@mail.example",
        "si",
        "new",
        None,
        0,
        [],
    ),
]

EXTRAS = [
    "SP-MUSTARD",
    "SP-FENUGREEK",
    "CP-MEAT",
    "CP-FISH",
    "SP-CLOVES",
    "SP-DRYCHILLI",
    "FR-KOCHCHI",
    "FLR-RAVA",
]


def _copy(b):
    return [list(x) for x in b]


def history(cust):
    key, name, kind, ch, addr, lang, style, start, weeks, usual = cust
    rnd = random.Random("h54-" + key)
    orders = []
    if style == "new":
        return orders
    d0 = datetime.date.fromisoformat(start)
    vary = sorted(rnd.sample(range(weeks - 1), 2))
    for w in range(weeks):
        b = _copy(usual)
        if style == "irregular":
            i = w % len(b)
            b[i][1] = b[i][1] + w + 1
            if w % 2:
                b.append([EXTRAS[w % len(EXTRAS)], 1 + w % 3])
        elif w == weeks - 1 and style == "regular":
            kind_ = rnd.randrange(3)
            if kind_ == 0:
                b[1][1] += 2
            elif kind_ == 1:
                del b[-1]
            else:
                b.append([EXTRAS[rnd.randrange(len(EXTRAS))], 2])
        elif w == vary[0]:
            b[0][1] += 1
        elif w == vary[1]:
            b.append([EXTRAS[rnd.randrange(len(EXTRAS))], 1])
        date = d0 + datetime.timedelta(days=7 * w)
        orders.append({"date": date.isoformat(), "lines": [tuple(x) for x in b]})
    return orders
