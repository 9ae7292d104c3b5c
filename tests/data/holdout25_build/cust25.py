# ruff: noqa  (hand-written data generator of blind set 25, kept as its writer left it)
"""Customers of the twenty-fifth set, their hand-written usual baskets, and the seeded history generator."""

import datetime as dt
import random


# line: (sku, variant or None-for-no-variants, qty)
def B(*items):
    return [tuple(i) for i in items]


# key, name, kind, channel, address, language, style, weeks, weekday (0=Mon), usual, extras (for varied weeks)
CUSTOMERS = [
    (
        "golden-haddock",
        "Golden Haddock Fish Bar",
        "fish and chip shop",
        "SMS",
        "+447700900501",
        "en",
        "steady",
        8,
        0,
        B(
            ("FHAD-BOX", "8-10oz", 3),
            ("FCOD-BOX", "8-10oz", 2),
            ("BATTER-GF", "12.5kg", 2),
            ("FAT-DRIP", None, 3),
            ("POT-MP", None, 12),
            ("PEAS-DRIED", None, 1),
            ("CHIPBOX", "Medium", 2),
            ("GREASE", "Newsprint Print", 1),
            ("VIN-NBC", None, 2),
        ),
        B(("PEA-TAB", None, 1), ("FORKS", None, 1)),
    ),
    (
        "north-pier-chippy",
        "North Pier Chippy",
        "fish and chip shop",
        "WHATSAPP",
        "+447700900502",
        "en",
        "regular",
        7,
        1,
        B(
            ("FCOD-BOX", "6-8oz", 4),
            ("FAT-PALM", None, 4),
            ("BATTER-GF", "12.5kg", 1),
            ("POT-MP", None, 15),
            ("PEAS-MUSHY", None, 1),
            ("SCAMPI-WT", None, 1),
            ("FCAKE-COD", None, 1),
            ("CHIPBOX", "Large", 1),
            ("FISHBOX", None, 1),
            ("TART-SACH", None, 1),
        ),
        B(("VIN-SACH", None, 1), ("FORKS", None, 1)),
    ),
    (
        "seaview-fish-bar",
        "Seaview Fish Bar",
        "fish and chip shop",
        "WHATSAPP",
        "+447700900503",
        "en",
        "regular",
        6,
        2,
        B(
            ("HADF-SKON", "8-12oz", 20),
            ("CODF-SKON", "8-12oz", 15),
            ("FAT-DRIP", None, 4),
            ("BATTER-GF", "3.5kg", 3),
            ("POT-MP", None, 10),
            ("SCAMPI-RF", None, 1),
            ("FFINGER", None, 1),
            ("CURRY", None, 1),
            ("GREASE", "White", 1),
        ),
        B(("WBAIT", None, 1), ("PLAICE-FIL", None, 3)),
    ),
    (
        "anchor-bistro",
        "The Anchor Seafood Bistro",
        "seafood restaurant",
        "EMAIL",
        "kitchen@anchorbistro.example",
        "en",
        "regular",
        7,
        1,
        B(
            ("MUSS-ROPE", None, 3),
            ("OYS-ROCK", "No.2", 48),
            ("SCAL-ROEOFF", None, 2),
            ("BASS-FIL", None, 4),
            ("CRAB-WHITE", None, 2),
            ("LOB-NATIVE", "700-900g", 6),
            ("SSAL-SIDE", None, 1),
            ("TART-TUB", None, 1),
            ("KPRAWN-RAW", "16/20", 3),
            ("SALM-SIDE", None, 6),
        ),
        B(("JDORY", None, 2), ("RMULLET", None, 2)),
    ),
    (
        "harbour-hotel",
        "Harbour Hotel",
        "hotel kitchen",
        "EMAIL",
        "chef@harbourhotel.example",
        "en",
        "steady",
        8,
        3,
        B(
            ("SALM-SUPR", "140-160g", 2),
            ("SSAL-SIDE", None, 2),
            ("PRAWN-CP", None, 3),
            ("SHAD-NAT", None, 4),
            ("KIPPER", None, 3),
            ("FCAKE-SALM", None, 1),
            ("MARIE", None, 1),
            ("BCOD-PORT", None, 1),
            ("LSOLE-FIL", None, 3),
        ),
        B(("GRAVAD", None, 2), ("HALI-STEAK", None, 3)),
    ),
    (
        "crown-anchor-pub",
        "The Crown & Anchor",
        "gastropub",
        "WHATSAPP",
        "+447700900506",
        "en",
        "regular",
        6,
        3,
        B(
            ("BCOD-PORT", None, 2),
            ("SCAMPI-WT", None, 2),
            ("FCAKE-HAD", None, 1),
            ("PEAS-MUSHY", None, 1),
            ("TART-TUB", None, 1),
            ("CALAM", None, 2),
            ("WBAIT", None, 2),
            ("OIL-RAPE", "20L", 2),
        ),
        B(("MUSS-GARLIC", None, 1), ("VIN-MALT", None, 1)),
    ),
    (
        "oyster-room",
        "The Oyster Room",
        "oyster bar",
        "WHATSAPP",
        "+447700900507",
        "en",
        "steady",
        6,
        2,
        B(
            ("OYS-ROCK", "No.3", 120),
            ("OYS-NATIVE", None, 48),
            ("CLAM-PAL", None, 3),
            ("RAZOR", None, 2),
            ("SCAL-SHELL", None, 24),
            ("LUMP", "Black", 6),
            ("CRAB-DRESSED", None, 12),
            ("SHRIMP-BROWN", None, 2),
        ),
        B(("SCAL-QUEEN", None, 2), ("COCKLE", None, 1)),
    ),
    (
        "spice-coast",
        "Spice Coast",
        "Keralan seafood restaurant",
        "SMS",
        "+447700900508",
        "en",
        "regular",
        5,
        4,
        B(
            ("KPRAWN-RAW", "21/25", 10),
            ("TIGER-HOSO", None, 4),
            ("FSQUID", None, 1),
            ("MONK-TAIL", None, 3),
            ("OIL-SUN", None, 2),
            ("MACK-WHOLE", None, 6),
            ("SARD", None, 4),
        ),
        B(
            ("SEATROUT", None, 2),
        ),
    ),
    (
        "riverside-care",
        "Riverside Care Home",
        "care home kitchen",
        "EMAIL",
        "catering@riversidecare.example",
        "en",
        "steady",
        7,
        0,
        B(
            ("FFINGER", None, 2),
            ("FCAKE-COD", None, 2),
            ("FPOLL", None, 1),
            ("SHAD-DYED", None, 3),
            ("SALM-SUPR", "140-160g", 1),
            ("PEAS-MUSHY", None, 1),
            ("TART-SACH", None, 1),
        ),
        B(
            ("FHAKE", None, 1),
        ),
    ),
    (
        "saltwater-events",
        "Saltwater Events",
        "events caterer",
        "EMAIL",
        "orders@saltwaterevents.example",
        "en",
        "varied",
        6,
        2,
        B(
            ("SSAL-SIDE", None, 3),
            ("PRAWN-CP", None, 4),
            ("OYS-ROCK", "No.2", 96),
            ("SALM-SIDE", None, 10),
            ("GRAVAD", None, 4),
            ("KPRAWN-COOKED", None, 3),
            ("LUMP", "Red", 6),
            ("CRAB-WHITE", None, 2),
        ),
        B(),
    ),
    (
        "umi-rooftop",
        "Umi Rooftop",
        "sushi bar",
        "WHATSAPP",
        "+447700900511",
        "en",
        "regular",
        6,
        1,
        B(
            ("TUNA-LOIN", None, 6),
            ("SALM-SIDE", None, 12),
            ("SCAL-ROEOFF", None, 2),
            ("BATTER-TEMP", None, 4),
            ("PRAWN-TEMP", None, 2),
            ("OCTO", "1-2kg", 4),
            ("LUMP", "Red", 6),
            ("CRUMB-PANKO", None, 1),
        ),
        B(("MACK-FIL", None, 2), ("SQUID-FRESH", None, 2)),
    ),
    (
        "quayside-grill",
        "Quayside Grill",
        "steak and seafood restaurant",
        "WHATSAPP",
        "+447700900512",
        "en",
        "steady",
        6,
        2,
        B(
            ("DSOLE", "400-500g", 8),
            ("TURBOT", None, 6),
            ("HALI-STEAK", None, 4),
            ("LOB-CAN", None, 10),
            ("SKATE", None, 4),
            ("MUSS-ROPE", None, 1),
            ("COD-LOIN", None, 5),
            ("TART-TUB", None, 1),
        ),
        B(("SCAL-ROEON", None, 2), ("CRAB-BROWN", None, 1)),
    ),
    (
        "kingfisher-fish-bar",
        "Kingfisher Fish Bar",
        "fish and chip shop",
        "SMS",
        "+447700900513",
        "en",
        "regular",
        6,
        0,
        B(
            ("FCOD-BOX", "10-12oz", 2),
            ("FHAD-BOX", "6-8oz", 2),
            ("FAT-PALM", None, 3),
            ("BATTER-GF", "12.5kg", 1),
            ("BATTER-GLUT", None, 1),
            ("POT-MP", None, 10),
            ("PEAS-DRIED", None, 1),
            ("SCAMPI-WT", None, 1),
            ("VIN-MALT", None, 2),
            ("CHIPBOX", "Small", 1),
        ),
        B(("PEA-TAB", None, 1), ("FFINGER", None, 1)),
    ),
    (
        "brookfield-school",
        "Brookfield Primary School Kitchen",
        "school kitchen",
        "EMAIL",
        "kitchen@brookfieldprimary.example",
        "en",
        "steady",
        5,
        3,
        B(("FFINGER", None, 4), ("BCOD-PORT", None, 1), ("FCAKE-SALM", None, 1), ("FPOLL", None, 1)),
        B(
            ("FHAKE", None, 1),
        ),
    ),
    (
        "salty-shack",
        "The Salty Shack",
        "seafood food truck (new)",
        "WHATSAPP",
        "+447700900515",
        "en",
        "new",
        0,
        0,
        B(),
        B(),
    ),
    (
        "bay-fish-kitchen",
        "Bay Fish Kitchen",
        "fish and chip shop (new)",
        "EMAIL",
        "hello@bayfishkitchen.example",
        "en",
        "new",
        0,
        0,
        B(),
        B(),
    ),
    (
        "kaptan-fish-bar",
        "Kaptan Fish Bar",
        "fish and chip shop (Turkish-run)",
        "WHATSAPP",
        "+447700900517",
        "tr",
        "regular",
        7,
        0,
        B(
            ("FCOD-BOX", "8-10oz", 3),
            ("FHAD-BOX", "6-8oz", 2),
            ("FAT-PALM", None, 3),
            ("BATTER-GF", "12.5kg", 2),
            ("POT-MP", None, 14),
            ("CHIPBOX", "Small", 1),
            ("PEAS-MUSHY", None, 1),
            ("CURRY", None, 1),
        ),
        B(("SCAMPI-RF", None, 1), ("VIN-NBC", None, 1)),
    ),
    (
        "deniz-meze",
        "Deniz Meze & Balık",
        "Turkish seafood restaurant",
        "WHATSAPP",
        "+447700900518",
        "tr",
        "steady",
        6,
        3,
        B(
            ("BASS-WHOLE", "400-600g", 10),
            ("BREAM-WHOLE", None, 8),
            ("OCTO", "2-3kg", 5),
            ("CALAM", None, 2),
            ("MACK-WHOLE", None, 5),
            ("SARD", None, 4),
            ("KPRAWN-RAW", "16/20", 2),
            ("OIL-SUN", None, 1),
        ),
        B(("RMULLET", None, 2), ("SWORD", None, 2)),
    ),
    (
        "lucky-star-chippy",
        "Lucky Star Fish & Chips",
        "fish and chip shop (Cantonese-run)",
        "WHATSAPP",
        "+447700900519",
        "zh",
        "regular",
        6,
        1,
        B(
            ("FCOD-BOX", "6-8oz", 3),
            ("FHAD-BOX", "8-10oz", 1),
            ("FAT-DRIP", None, 2),
            ("FAT-PALM", None, 1),
            ("BATTER-GF", "12.5kg", 2),
            ("POT-MP", None, 12),
            ("SCAMPI-RF", None, 1),
            ("CURRY", None, 2),
            ("CHIPBOX", "Medium", 1),
        ),
        B(("SPSQUID", None, 1), ("FISHBOX", None, 1)),
    ),
    (
        "jade-harbour",
        "Jade Harbour",
        "Cantonese restaurant",
        "WHATSAPP",
        "+447700900520",
        "zh",
        "regular",
        6,
        4,
        B(
            ("KPRAWN-RAW", "21/25", 6),
            ("SCAL-ROEOFF", None, 2),
            ("LOB-NATIVE", "500-700g", 5),
            ("CRAB-LIVE", None, 8),
            ("BASS-WHOLE", "600-800g", 6),
            ("FSQUID", None, 1),
            ("TIGER-HOSO", None, 2),
        ),
        B(("SPSQUID", None, 2), ("CUTTLE", None, 2)),
    ),
    (
        "la-lonja",
        "La Lonja",
        "tapas bar",
        "WHATSAPP",
        "+447700900521",
        "es",
        "regular",
        6,
        1,
        B(
            ("BOQ", None, 2),
            ("OCTO", "2-3kg", 4),
            ("CALAM", None, 3),
            ("KPRAWN-RAW", "21/25", 4),
            ("BACALAO", None, 3),
            ("CLAM-PAL", None, 2),
            ("SARD", None, 3),
            ("RAZOR", None, 1),
        ),
        B(
            ("CUTTLE", None, 2),
        ),
    ),
    (
        "trattoria-gabbiano",
        "Trattoria Il Gabbiano",
        "Italian restaurant",
        "EMAIL",
        "cucina@ilgabbiano.example",
        "it",
        "steady",
        6,
        2,
        B(
            ("CLAM-PAL", None, 4),
            ("MUSS-ROPE", None, 2),
            ("SWORD", None, 3),
            ("BREAM-WHOLE", None, 6),
            ("ANCH-OIL", None, 2),
            ("SQUID-FRESH", None, 3),
            ("KPRAWN-RAW", "16/20", 2),
            ("TUNA-LOIN", None, 2),
        ),
        B(("RMULLET", None, 2), ("BOQ", None, 1)),
    ),
    (
        "brasserie-maree",
        "Brasserie La Marée",
        "French brasserie",
        "EMAIL",
        "chef@brasserielamaree.example",
        "fr",
        "regular",
        6,
        3,
        B(
            ("MUSS-ROPE", None, 4),
            ("OYS-ROCK", "No.2", 96),
            ("LSOLE-WHOLE", None, 6),
            ("SKATE", None, 4),
            ("SALM-SIDE", None, 8),
            ("BASS-FIL", None, 3),
            ("CRAB-LIVE", None, 6),
            ("SCAL-ROEON", None, 2),
        ),
        B(("TURBOT", None, 3), ("SHAD-NAT", None, 2)),
    ),
    (
        "tasca-atlantico",
        "Tasca Atlântico",
        "Portuguese restaurant",
        "WHATSAPP",
        "+447700900524",
        "pt",
        "steady",
        6,
        2,
        B(
            ("BACALAO", None, 6),
            ("SARD", None, 6),
            ("OCTO", "2-3kg", 3),
            ("CUTTLE", None, 2),
            ("CLAM-PAL", None, 2),
            ("KPRAWN-RAW", "26/30", 3),
            ("BREAM-WHOLE", None, 4),
        ),
        B(("RMULLET", None, 2), ("SWORD", None, 2)),
    ),
]

START = dt.date(2027, 5, 10)  # Monday of the first history week
MSG_START = dt.date(2027, 7, 5)  # Monday of the message week


def _vary(rng, usual, extras, kind):
    b = [list(x) for x in usual]
    if kind == "qty":
        i = rng.randrange(len(b))
        b[i][2] = b[i][2] + max(1, b[i][2] // 4)
    elif kind == "drop":
        i = rng.randrange(len(b))
        del b[i]
    elif kind == "extra" and extras:
        e = rng.choice(extras)
        if not any(x[0] == e[0] for x in b):
            b.append(list(e))
        else:
            b[0][2] += 1
    else:
        b[-1][2] += 1
    return [tuple(x) for x in b]


def _line(t):
    d = {"sku": t[0]}
    if t[1] is not None:
        d["variant"] = t[1]
    d["quantity"] = t[2]
    return d


def histories(has_variants):
    rng = random.Random(2525)
    out = []
    for key, name, kind, ch, addr, lang, style, weeks, wd, usual, extras in CUSTOMERS:
        for t in usual:
            assert (t[1] is not None) == has_variants(t[0]), (key, t)
        orders = []
        first = 8 - weeks
        baskets = []
        if style == "steady":
            vary_weeks = set(rng.sample(range(weeks - 1), 2))
            for w in range(weeks):
                if w in vary_weeks:
                    baskets.append(_vary(rng, usual, extras, rng.choice(["qty", "drop", "extra"])))
                else:
                    baskets.append(list(usual))
        elif style == "regular":
            vw = rng.randrange(weeks - 2)
            for w in range(weeks - 1):
                baskets.append(
                    _vary(rng, usual, extras, rng.choice(["qty", "drop", "extra"]))
                    if w == vw
                    else list(usual)
                )
            baskets.append(_vary(rng, usual, extras, ["qty", "drop", "extra"][weeks % 3]))
        elif style == "varied":
            for w in range(weeks):
                b = [list(x) for x in usual]
                sub = rng.sample(range(len(b)), k=len(b) - 2)
                b = [b[i] for i in sorted(sub)]
                for x in b:
                    x[2] = max(1, x[2] + rng.choice([-1, 0, 1, 2]) * max(1, x[2] // 3))
                baskets.append([tuple(x) for x in b])
        for w, b in enumerate(baskets):
            date = START + dt.timedelta(days=7 * (first + w) + wd)
            orders.append({"date": date.isoformat(), "lines": [_line(t) for t in b]})
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
