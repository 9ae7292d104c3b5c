# ruff: noqa  (hand-written data generator of blind set 51, kept as its writer left it)
"""Customers of set 51, their hand-written usual baskets, and the seeded history generator."""

import datetime
import random

# key, name, kind, channel, address, language, pattern, usual basket [(sku, variant, qty)], extras
# pattern: steady (last order = usual), regular (last order differs from usual), none (never repeats), new
CUSTOMERS = [
    (
        "habesha-kitchen",
        "Habesha Kitchen",
        "Ethiopian restaurant",
        "WHATSAPP",
        "+447700900511",
        "en",
        "regular",
        [
            ("TEFF-WHITE", "25kg", 2),
            ("BERBERE", "1kg", 4),
            ("NITER-KIBBEH", "1kg", 3),
            ("BEEF-KITFO", None, 8),
            ("LENTIL-RED-SPLIT", "5kg", 3),
            ("SHIRO-MILD", "1kg", 4),
            ("INJERA-TEFF-10", None, 6),
        ],
        [("MITMITA-250", None, 2), ("AYIB-500", None, 6)],
    ),
    (
        "lalibela-rest",
        "Lalibela Restaurant",
        "Ethiopian restaurant",
        "WHATSAPP",
        "+447700900512",
        "am",
        "steady",
        [
            ("TEFF-MIXED", "25kg", 2),
            ("BERBERE", "5kg", 1),
            ("NITER-KIBBEH", "5kg", 1),
            ("BEEF-TIBS", None, 10),
            ("SPLIT-PEAS-YELLOW-5", None, 2),
            ("KORERIMA-500", None, 1),
            ("BEER-HABESHA-24", None, 3),
        ],
        [("FENUGREEK-1", None, 1), ("AYIB-500", None, 4)],
    ),
    (
        "entoto-cafe",
        "Entoto Coffee House",
        "Ethiopian cafe",
        "WHATSAPP",
        "+447700900513",
        "am",
        "regular",
        [
            ("RC-BUNA-BLEND", "1kg", 6),
            ("GC-YIRGA-G2", "1kg", 4),
            ("SINI-CUPS-12", "White", 2),
            ("FRANK-STD-1", None, 1),
            ("POPCORN-2", None, 2),
            ("SUGAR-STICKS-1000", None, 1),
            ("KOLO-500", None, 1),
        ],
        [("CHARCOAL-33", None, 1), ("JEBENA", "Medium 1L", 2)],
    ),
    (
        "selam-grocery",
        "Selam Grocery",
        "Ethiopian grocery",
        "SMS",
        "+447700900514",
        "am",
        "steady",
        [
            ("TEFF-WHITE", "5kg", 10),
            ("TEFF-BROWN", "5kg", 6),
            ("INJERA-TEFF-10", None, 12),
            ("BERBERE", "500g", 10),
            ("MITMITA-250", None, 6),
            ("SHIRO-SPICY-1", None, 8),
            ("BARLEY-BESSO-1", None, 6),
        ],
        [("KOLO-500", None, 2), ("JEBENA", "Small 0.5L", 4)],
    ),
    (
        "abyssinia-market",
        "Abyssinia Market",
        "Ethiopian grocery (Leeds)",
        "EMAIL",
        "orders@abyssinia-market.example",
        "en",
        "regular",
        [
            ("TEFF-WHITE", "10kg", 6),
            ("TEFF-MIXED", "5kg", 6),
            ("INJERA-FROZEN-60", None, 4),
            ("SHIRO-TEGABINO-1", None, 6),
            ("RC-GROUND-500", None, 10),
            ("JEBENA", "Medium 1L", 3),
            ("HONEY-1", None, 4),
            ("FRANK-G1", "250g", 6),
        ],
        [("INCENSE-BURNER", None, 4), ("BESOBELA-100", None, 1)],
    ),
    (
        "asmara-rest",
        "Asmara Restaurant",
        "Eritrean restaurant",
        "WHATSAPP",
        "+447700900515",
        "ti",
        "regular",
        [
            ("TEFF-BROWN", "25kg", 2),
            ("BERBERE", "1kg", 5),
            ("TSEBHI-MIX-1", None, 3),
            ("LAMB-SHOULDER", None, 12),
            ("NITER-KIBBEH", "1kg", 4),
            ("BEER-META-24", None, 2),
            ("SPAG-CATERING-5", None, 2),
        ],
        [("GARLIC-PEELED-1", None, 2), ("TOMATO-PASTE-24", None, 1)],
    ),
    (
        "massawa-cafe",
        "Massawa Cafe",
        "Eritrean cafe",
        "SMS",
        "+447700900516",
        "ti",
        "steady",
        [
            ("RC-HARAR-1", None, 4),
            ("SUGAR-5", None, 2),
            ("TEA-SPICED-100", None, 2),
            ("FRANK-STD-1", None, 1),
            ("CUPS-PAPER", "4oz", 1),
            ("KITCHA-BREAD-6", None, 6),
        ],
        [("POPCORN-2", None, 1)],
    ),
    (
        "keren-grocery",
        "Keren Grocery",
        "Eritrean grocery",
        "EMAIL",
        "keren.grocery@mail.example",
        "en",
        "regular",
        [
            ("TEFF-BROWN", "10kg", 5),
            ("INJERA-MIXED-10", None, 10),
            ("TSEBHI-MIX-1", None, 4),
            ("BERBERE-HOT-1", None, 4),
            ("SINI-CUPS-12", "Blue Pattern", 2),
            ("BAKHOOR-12", None, 1),
            ("DATES-DEGLET-5", None, 2),
        ],
        [("CHARCOAL-33", None, 2)],
    ),
    (
        "hamasien-bar",
        "Hamasien Restaurant & Bar",
        "Eritrean restaurant and bar",
        "WHATSAPP",
        "+447700900517",
        "ti",
        "steady",
        [
            ("BEER-STGEORGE-24", None, 3),
            ("BEER-META-24", None, 2),
            ("AMBO", "24 x 330ml Glass", 2),
            ("GOAT-BONEIN", None, 10),
            ("TEFF-MIXED", "25kg", 1),
            ("BERBERE", "1kg", 3),
        ],
        [("WATER-STILL-24", None, 2)],
    ),
    (
        "xamar-rest",
        "Xamar Restaurant",
        "Somali restaurant",
        "WHATSAPP",
        "+447700900518",
        "so",
        "regular",
        [
            ("TILDA-BASMATI", "20kg", 3),
            ("GOAT-LEG", None, 15),
            ("SPAG-BARILLA-24", None, 2),
            ("GHEE-BUTTER", "2kg", 2),
            ("TOMATO-PASTE-24", None, 2),
            ("OIL-VEG-4X5", None, 1),
            ("MANGO-RANI-24", None, 2),
        ],
        [("CUMIN-GROUND-1", None, 1), ("ONIONS-RED-20", None, 1)],
    ),
    (
        "hargeisa-grill",
        "Hargeisa Grill",
        "Somali grill",
        "SMS",
        "+447700900519",
        "so",
        "steady",
        [
            ("CAMEL-BONELESS", None, 12),
            ("CAMEL-BONEIN", None, 8),
            ("SELLA-GOLDEN-20", None, 2),
            ("GHEE-VEG-2", None, 3),
            ("VIMTO-12", None, 1),
            ("ONIONS-RED-20", None, 2),
        ],
        [("CAMEL-HUMP", None, 2)],
    ),
    (
        "berbera-market",
        "Berbera Market",
        "Somali grocery",
        "EMAIL",
        "berbera.market@shop.example",
        "so",
        "regular",
        [
            ("TILDA-BASMATI", "10kg", 8),
            ("SPAG-CATERING-5", None, 6),
            ("DATES-MEDJOOL", "Large", 3),
            ("XALWO-1", None, 10),
            ("UUNSI-500", None, 6),
            ("NIDO-2500", None, 6),
            ("TEA-KENYA-LOOSE-1", None, 8),
        ],
        [("FRANK-G1", "1kg", 1), ("CARDAMOM-GREEN-1", None, 1)],
    ),
    (
        "juba-cafe",
        "Juba Cafe",
        "Somali cafe",
        "WHATSAPP",
        "+447700900520",
        "so",
        "regular",
        [
            ("TEA-KENYA-LOOSE-1", None, 4),
            ("CARDAMOM-GREEN-1", None, 1),
            ("SUGAR-5", None, 3),
            ("CUPS-PAPER", "8oz", 1),
            ("NIDO-2500", None, 2),
            ("CHICKEN-THIGH-5", None, 2),
        ],
        [("GINGER-GROUND-1", None, 1)],
    ),
    (
        "bosaso-butcher",
        "Bosaso Halal Butchers",
        "Somali halal butcher",
        "SMS",
        "+447700900521",
        "en",
        "steady",
        [
            ("CAMEL-BONEIN", None, 20),
            ("GOAT-CARCASS", None, 3),
            ("CHICKEN-WHOLE-10", None, 4),
            ("CHICKEN-LEGS-10", None, 3),
            ("LIVER-LAMB", None, 5),
            ("GLOVES-NITRILE", "Large", 2),
        ],
        [("LAMB-LEG", None, 6)],
    ),
    (
        "nile-sudanese",
        "Nile Sudanese Kitchen",
        "Sudanese restaurant",
        "WHATSAPP",
        "+447700900522",
        "ar",
        "regular",
        [
            ("FUL-TIN-24", None, 3),
            ("FAVA-SPLIT-5", None, 2),
            ("LAMB-LEG", None, 10),
            ("TILDA-BASMATI", "20kg", 2),
            ("CUMIN-GROUND-1", None, 2),
            ("OIL-SUNFLOWER-20", None, 1),
            ("DATES-SUKKARI-3", None, 2),
        ],
        [("TEA-BAGS-240", None, 2)],
    ),
    (
        "yemeni-mandi",
        "Sanaa Mandi House",
        "Yemeni restaurant",
        "EMAIL",
        "sanaa.mandi@food.example",
        "ar",
        "steady",
        [
            ("SELLA-GOLDEN-20", None, 4),
            ("LAMB-LEG", None, 20),
            ("CHICKEN-WHOLE-10", None, 3),
            ("CARDAMOM-GROUND-500", None, 1),
            ("CLOVES-500", None, 1),
            ("BAKHOOR-12", None, 1),
            ("WATER-STILL-24", None, 3),
        ],
        [("CINNAMON-500", None, 1)],
    ),
    (
        "harar-coffee",
        "Harar Gate Coffee Roasters",
        "specialty coffee roaster",
        "EMAIL",
        "buying@harargate.example",
        "en",
        "regular",
        [
            ("GC-YIRGA-G2", "60kg Sack", 1),
            ("GC-SIDAMO-G2-10", None, 2),
            ("GC-GUJI-G1-1", None, 10),
            ("GC-HARAR-LB-1", None, 10),
            ("CUPS-PAPER", "12oz", 2),
        ],
        [("GC-JIMMA-G5-10", None, 1)],
    ),
    (
        "queen-sheba",
        "Queen of Sheba Restaurant",
        "Ethiopian restaurant (Manchester)",
        "EMAIL",
        "kitchen@queensheba.example",
        "en",
        "regular",
        [
            ("TEFF-WHITE", "25kg", 3),
            ("BERBERE", "5kg", 1),
            ("NITER-KIBBEH", "5kg", 1),
            ("CHICKEN-DORO-10", None, 2),
            ("BEEF-KITFO", None, 6),
            ("LENTIL-RED-SPLIT", "25kg", 1),
            ("CONTAINER-KRAFT-200", None, 1),
            ("BEER-HABESHA-24", None, 2),
        ],
        [("NAPKINS-2PLY", "Green", 1)],
    ),
    (
        "tana-takeaway",
        "Tana Takeaway",
        "Ethiopian takeaway",
        "SMS",
        "+447700900523",
        "en",
        "steady",
        [
            ("INJERA-TEFF-10", None, 8),
            ("BEEF-TIBS", None, 6),
            ("LENTIL-RED-SPLIT", "5kg", 2),
            ("CONTAINER-650-250", None, 1),
            ("FOIL-TRAY-6A-500", None, 1),
        ],
        [("BERBERE", "1kg", 2)],
    ),
    (
        "dahlak-events",
        "Dahlak Events & Catering",
        "Eritrean wedding caterer",
        "EMAIL",
        "events@dahlak.example",
        "en",
        "none",
        [
            ("TEFF-BROWN", "25kg", 3),
            ("LAMB-SHOULDER", None, 30),
            ("CHICKEN-DORO-10", None, 4),
            ("BERBERE", "5kg", 1),
            ("AMBO", "12 x 750ml Glass", 6),
            ("NAPKINS-2PLY", "Yellow", 1),
        ],
        [],
    ),
    (
        "tawakal-store",
        "Tawakal Store",
        "Somali grocery",
        "WHATSAPP",
        "+447700900524",
        "so",
        "regular",
        [
            ("TILDA-BASMATI", "5kg", 10),
            ("SPAG-BARILLA-24", None, 3),
            ("DATES-SUKKARI-3", None, 4),
            ("GHEE-BUTTER", "1kg", 6),
            ("FRANK-G1", "250g", 4),
            ("INCENSE-BURNER", None, 3),
            ("TEA-KENYA-LOOSE-1", None, 6),
        ],
        [("XALWO-1", None, 4)],
    ),
    (
        "gondar-rest",
        "Gondar Restaurant",
        "Ethiopian restaurant",
        "EMAIL",
        "gondar.rest@eat.example",
        "am",
        "steady",
        [
            ("TEFF-WHITE", "25kg", 2),
            ("BERBERE", "1kg", 4),
            ("BEEF-KITFO", None, 5),
            ("NITER-KIBBEH", "1kg", 3),
            ("CHICKPEAS-5", None, 1),
            ("SHIRO-MILD", "5kg", 1),
            ("BEER-STGEORGE-24", None, 2),
        ],
        [("AYIB-500", None, 5)],
    ),
    (
        "addis-bistro",
        "Addis Bistro",
        "new Ethiopian bistro",
        "EMAIL",
        "hello@addisbistro.example",
        "en",
        "new",
        [],
        [],
    ),
    ("liido-cafe", "Liido Cafe", "new Somali cafe", "WHATSAPP", "+447700900525", "so", "new", [], []),
]

LAST_WEEK_MONDAY = datetime.date(2028, 7, 24)


def _line(sku, var, qty):
    d = {"sku": sku}
    if var is not None or sku in _VARIANT_SKUS:
        d["variant"] = var
    d["quantity"] = qty
    return d


_VARIANT_SKUS = set()


def generate(variant_skus):
    _VARIANT_SKUS.clear()
    _VARIANT_SKUS.update(variant_skus)
    out = []
    for idx, (key, name, kind, ch, addr, lang, pattern, usual, extras) in enumerate(CUSTOMERS):
        rng = random.Random(5100 + idx)
        orders = []
        if pattern != "new":
            n = rng.randint(5, 8)
            baskets = []
            for w in range(n):
                baskets.append([list(x) for x in usual])
            if pattern == "steady":
                a, b = rng.sample(range(0, n - 1), 2)
                baskets[a][rng.randrange(len(usual))][2] += 1
                if extras:
                    baskets[b].append(list(extras[0]))
                else:
                    baskets[b][0][2] += 1
            elif pattern == "regular":
                a = rng.randrange(0, n - 1)
                ex = extras[-1] if extras else usual[0]
                baskets[a].append(list(ex))
                kind_last = idx % 3
                if kind_last == 0:
                    baskets[-1][rng.randrange(len(usual))][2] += 1
                elif kind_last == 1:
                    del baskets[-1][rng.randrange(1, len(usual))]
                else:
                    baskets[-1].append(list(extras[0]))
            elif pattern == "none":
                for w in range(n):
                    for ln in baskets[w]:
                        ln[2] = max(1, ln[2] + (w * 3 + rng.randint(0, 2)) % 5 - 1 + w)
                    if w % 2 == 1:
                        del baskets[w][rng.randrange(len(baskets[w]))]
            for w in range(n):
                day = (
                    LAST_WEEK_MONDAY
                    - datetime.timedelta(days=7 * (n - 1 - w))
                    + datetime.timedelta(days=rng.randint(0, 4))
                )
                orders.append({"date": day.isoformat(), "lines": [_line(s, v, q) for s, v, q in baskets[w]]})
        out.append(
            {
                "customer": key,
                "name": name,
                "kind": kind,
                "channel": ch,
                "address": addr,
                "language": lang,
                "orders": orders,
            }
        )
    return out
