# ruff: noqa  (hand-written data generator of blind set 72, kept as its writer left it)
"""Customers of the seventy-second blind set, their hand-written usual baskets and the seeded history generator.

Every business and person is invented. Phone numbers are Ofcom drama numbers, e-mail addresses are under
`.example`. Histories are weekly orders between 2028-06-05 and 2028-07-28; the messages follow in the week
2028-07-31 .. 2028-08-06.
"""

import datetime
import random

import cat72

# Basket lines: (sku, quantity, variant-or-None). Variant only for products with variants.


def B(*lines):
    return [tuple(l) if len(l) == 3 else (l[0], l[1], None) for l in lines]


# key, name, kind, channel, phone, email, language, profile, weeks, weekday(0=Mon), usual, extras, last_change
CUSTOMERS = [
    dict(
        key="brightsmile-leeds",
        name="Brightsmile Dental Leeds",
        kind="dental practice (4 surgeries)",
        channel="EMAIL",
        phone="+447700900721",
        email="karen.holt@brightsmile-leeds.example",
        language="en",
        profile="regular",
        weeks=8,
        weekday=1,
        usual=B(
            ("GLV-NIT-BLUE", 6, "Small"),
            ("GLV-NIT-BLUE", 8, "Medium"),
            ("MASK-IIR-EAR", 6, "Blue"),
            ("WIPES-AF", 8),
            ("ANA-ART-100", 3),
            ("NEEDLE-DENT", 2, "30G Short 21mm"),
            ("COMP-SYR", 4, "A2"),
            ("COMP-SYR", 2, "A3"),
            ("BOND-UNIV", 1),
            ("POUCH", 3, "90 x 260mm"),
            ("SALIVA-EJ", 4, "White"),
            ("BIBS", 2, "Blue"),
            ("ALG-FAST", 4),
            ("AUTOCLAVE-WATER", 6),
        ),
        extras=B(("ETCH", 2), ("IND-CL6", 1), ("HANDRUB-500", 4)),
        last_change=("qty", 0, 2),
    ),
    dict(
        key="harbour-dental",
        name="Harbour Dental Care",
        kind="dental practice",
        channel="WHATSAPP",
        phone="+447700900722",
        email="hello@harbour-dental.example",
        language="en",
        profile="steady",
        weeks=7,
        weekday=2,
        usual=B(
            ("GLV-LATEX", 4, "Small"),
            ("GLV-LATEX", 4, "Medium"),
            ("MASK-IIR-EAR", 4, "Pink"),
            ("WIPES-ALC", 6),
            ("ANA-LIDO", 2),
            ("NEEDLE-DENT", 1, "27G Short 25mm"),
            ("COMP-CPL", 2, "A2"),
            ("ALG-REG", 3),
            ("ASP-TIPS", 3, "White"),
            ("COTTON-2", 2),
            ("CUPS-PLASTIC", 1),
            ("BIBS", 1, "Green"),
        ),
        extras=B(("TEMP-FILL", 1), ("HYPO-3", 2)),
        last_change=None,
    ),
    dict(
        key="oakfield-smiles",
        name="Oakfield Smiles",
        kind="dental practice",
        channel="SMS",
        phone="+447700900723",
        email="ravi@oakfield-smiles.example",
        language="en",
        profile="regular",
        weeks=6,
        weekday=3,
        usual=B(
            ("GLV-NIT-BLK", 4, "Medium"),
            ("GLV-NIT-BLK", 2, "Large"),
            ("MASK-IIR-TIE", 4),
            ("ANA-ART-200", 2),
            ("ANA-PRILO", 1),
            ("BUR-DIA-ROUND", 2, "ISO 012"),
            ("BUR-TC-330", 1),
            ("PVS-LB-REG", 2),
            ("PVS-PUTTY", 1),
            ("MIX-TIPS-YEL", 1),
            ("SPRAY-AF", 3),
            ("SHARPS", 2, "5L"),
        ),
        extras=B(("TRAY-ADH", 1), ("IMP-TRAYS", 2)),
        last_change=("drop", 9),
    ),
    dict(
        key="kings-road-group",
        name="Kings Road Dental Group",
        kind="group of three practices",
        channel="EMAIL",
        phone="+447700900724",
        email="procurement@kingsroad-dental.example",
        language="en",
        profile="regular",
        weeks=8,
        weekday=0,
        usual=B(
            ("GLV-NIT-BLUE", 20, "Medium"),
            ("GLV-NIT-BLUE", 10, "Large"),
            ("GLV-NIT-LAV", 6, "Small"),
            ("MASK-IIR-EAR", 12, "Blue"),
            ("MASK-FFP3", 2),
            ("WIPES-AF-REFILL", 3),
            ("WIPES-AF", 10),
            ("HANDRUB-5L", 2),
            ("ANA-ART-100", 6),
            ("ANA-LIDO", 4),
            ("NEEDLE-DENT", 5, "30G Short 21mm"),
            ("POUCH", 4, "57 x 130mm"),
            ("POUCH", 6, "90 x 260mm"),
            ("IND-CL6", 2),
            ("SENSOR-COVERS", 2, "Size 1"),
            ("SENSOR-COVERS", 3, "Size 2"),
            ("BIBS", 4, "White"),
            ("WASTE-ORANGE", 3),
        ),
        extras=B(("SUCTION-CLEAN", 2), ("MASK-IIR-TIE", 4)),
        last_change=("extra", ("SHARPS", 3, "7L")),
    ),
    dict(
        key="cedar-hygiene",
        name="Cedar Lane Hygiene Studio",
        kind="hygienist-led clinic",
        channel="WHATSAPP",
        phone="+447700900725",
        email="mia@cedarlane-hygiene.example",
        language="en",
        profile="steady",
        weeks=6,
        weekday=2,
        usual=B(
            ("PASTE-MINT-M", 2),
            ("PASTE-CHERRY", 1),
            ("PROPHY-ANGLES", 2),
            ("FLUOR-MINT", 1),
            ("DISCLOSING", 1),
            ("GLV-NIT-LAV", 3, "Small"),
            ("MASK-IIR-EAR", 3, "Black"),
            ("SALIVA-EJ", 2, "Pink"),
            ("BIBS", 2, "Lilac"),
            ("WIPES-AF", 4),
            ("SENSOR-COVERS", 1, "Size 2"),
        ),
        extras=B(("PROPHY-CUPS", 1), ("PASTE-MINT-F", 1)),
        last_change=None,
    ),
    dict(
        key="northgate-outreach",
        name="Northgate University Dental Outreach Clinic",
        kind="teaching outreach clinic",
        channel="EMAIL",
        phone="+447700900726",
        email="h.moss@northgate-uni.example",
        language="en",
        profile="irregular",
        weeks=6,
        weekday=4,
        pool=B(
            ("GLV-NIT-BLUE", 6, "Medium"),
            ("GLV-NIT-BLUE", 3, "Large"),
            ("GLV-LATEX", 2, "Medium"),
            ("MASK-IIR-EAR", 4, "White"),
            ("WIPES-AF", 5),
            ("ANA-LIDO", 3),
            ("ANA-ART-100", 2),
            ("NEEDLE-DENT", 2, "27G Short 25mm"),
            ("COMP-CPL", 2, "A3"),
            ("GIC-CAPS", 2),
            ("ALG-REG", 4),
            ("IMP-TRAYS", 2),
            ("BIBS", 2, "White"),
            ("SALIVA-EJ", 2, "Blue"),
            ("CUPS-PAPER", 1),
            ("POUCH", 2, "90 x 260mm"),
        ),
        usual=None,
        extras=None,
        last_change=None,
    ),
    dict(
        key="pearl-aesthetic",
        name="Pearl Aesthetic Dentistry",
        kind="cosmetic dental practice",
        channel="WHATSAPP",
        phone="+447700900727",
        email="amber@pearl-aesthetic.example",
        language="en",
        profile="regular",
        weeks=6,
        weekday=1,
        usual=B(
            ("COMP-SYR", 3, "A1"),
            ("COMP-SYR", 2, "B1"),
            ("COMP-SYR", 1, "OA2"),
            ("COMP-FLOW", 2, "A1"),
            ("BOND-UNIV-SD", 1),
            ("ETCH", 2),
            ("POL-DISCS", 1),
            ("BUR-DIA-FLAME-R", 2),
            ("BUR-TC-FIN", 1),
            ("GLV-NIT-BLK", 4, "Small"),
            ("MASK-IIR-EAR", 3, "White"),
            ("PVS-LB-FAST", 2),
            ("PVS-HB-FAST", 1),
            ("BITE-REG", 1),
        ),
        extras=B(("MICROBRUSH", 2), ("ART-PAPER", 1)),
        last_change=("qty", 0, 1),
    ),
    dict(
        key="smilebox-dental",
        name="Smilebox Dental",
        kind="new dental practice (opening 14 August)",
        channel="WHATSAPP",
        phone="+447700900728",
        email="nadia@smilebox-dental.example",
        language="en",
        profile="new",
        weeks=0,
        weekday=0,
        usual=None,
        extras=None,
        last_change=None,
    ),
    # ---------------------------------------------------------------- German
    dict(
        key="praxis-weber",
        name="Zahnarztpraxis Dr. Anja Weber",
        kind="dental practice",
        channel="EMAIL",
        phone="+447700900729",
        email="s.krueger@praxis-weber.example",
        language="de",
        profile="regular",
        weeks=7,
        weekday=0,
        usual=B(
            ("GLV-NIT-BLUE", 10, "Medium"),
            ("GLV-NIT-BLUE", 6, "Small"),
            ("MASK-IIR-EAR", 8, "Blue"),
            ("WIPES-AF", 6),
            ("SPRAY-AF", 4),
            ("ANA-ART-100", 4),
            ("ANA-ART-200", 2),
            ("NEEDLE-DENT", 3, "30G Short 21mm"),
            ("COMP-CPL", 3, "A2"),
            ("COMP-CPL", 2, "A3"),
            ("POUCH", 4, "90 x 260mm"),
            ("IND-CL4", 1),
            ("SALIVA-EJ", 3, "White"),
        ),
        extras=B(("BUR-DIA-CYL", 2), ("MATRIX-BANDS", 1)),
        last_change=("qty", 2, -2),
    ),
    dict(
        key="zahnarzt-hofmann",
        name="Zahnarztpraxis Hofmann",
        kind="dental practice",
        channel="WHATSAPP",
        phone="+447700900730",
        email="praxis@zahnarzt-hofmann.example",
        language="de",
        profile="steady",
        weeks=6,
        weekday=3,
        usual=B(
            ("GLV-LATEX", 6, "Medium"),
            ("GLV-VINYL", 2, "Large"),
            ("MASK-IIR-TIE", 3),
            ("ANA-MEPI", 2),
            ("ANA-LIDO", 2),
            ("NEEDLE-DENT", 1, "27G Long 35mm"),
            ("ALG-FAST", 3),
            ("IMP-TRAYS", 2),
            ("ASP-TIPS", 2, "Blue"),
            ("CUPS-PAPER", 1),
            ("HANDRUB-500", 6),
        ),
        extras=B(("GLASSES-PT", 2), ("HEADREST", 1)),
        last_change=None,
    ),
    dict(
        key="mvz-lindenhof",
        name="MVZ Zahnmedizin Lindenhof",
        kind="dental care centre",
        channel="SMS",
        phone="+447700900731",
        email="einkauf@mvz-lindenhof.example",
        language="de",
        profile="regular",
        weeks=7,
        weekday=2,
        usual=B(
            ("GLV-NIT-LAV", 4, "Medium"),
            ("GLV-NIT-LAV", 2, "Large"),
            ("MASK-FFP2", 2),
            ("WIPES-ALC", 5),
            ("SUCTION-CLEAN", 1),
            ("INSTR-DISINF", 1),
            ("BUR-DIA-TAPER-B", 2),
            ("BUR-DIA-ROUND", 2, "ISO 014"),
            ("BUR-TC-RA", 1, "ISO 014"),
            ("PVS-HB-REG", 1),
            ("PVS-LB-REG", 1),
            ("SHARPS", 2, "2.5L"),
        ),
        extras=B(("ULTRA-SOL", 1), ("MIX-TIPS-GRN", 1)),
        last_change=("extra", ("BARRIER", 2, None)),
    ),
    # ---------------------------------------------------------------- Italian
    dict(
        key="studio-bianchi",
        name="Studio Dentistico Bianchi",
        kind="dental practice",
        channel="WHATSAPP",
        phone="+447700900732",
        email="segreteria@studio-bianchi.example",
        language="it",
        profile="regular",
        weeks=7,
        weekday=1,
        usual=B(
            ("GLV-NIT-BLUE", 5, "Medium"),
            ("GLV-NIT-BLUE", 2, "X-Small"),
            ("MASK-IIR-EAR", 4, "Pink"),
            ("WIPES-AF", 5),
            ("ANA-ART-100", 3),
            ("NEEDLE-DENT", 2, "30G Extra Short 12mm"),
            ("COMP-SYR", 3, "A3"),
            ("COMP-SYR", 1, "A3.5"),
            ("BOND-TE", 1),
            ("ETCH", 1),
            ("COTTON-2", 2),
            ("SALIVA-EJ", 2, "Blue"),
        ),
        extras=B(("MICROBRUSH", 1), ("DAM-LATEX", 1)),
        last_change=("qty", 6, 1),
    ),
    dict(
        key="clinica-sorriso",
        name="Clinica Odontoiatrica Sorriso",
        kind="dental clinic",
        channel="EMAIL",
        phone="+447700900733",
        email="acquisti@clinica-sorriso.example",
        language="it",
        profile="steady",
        weeks=8,
        weekday=4,
        usual=B(
            ("GLV-NIT-LAV", 4, "Small"),
            ("GLV-NIT-LAV", 4, "Medium"),
            ("MASK-IIR-EAR", 5, "White"),
            ("SPRAY-ALC-1L", 4),
            ("SPRAY-ALC-5L", 1),
            ("ANA-MEPI", 3),
            ("ANA-ART-200", 2),
            ("POUCH", 2, "57 x 130mm"),
            ("POUCH", 1, "135 x 280mm"),
            ("REEL-100", 1),
            ("BIBS", 2, "White"),
            ("PVS-PUTTY", 1),
            ("PVS-LB-FAST", 2),
        ),
        extras=B(("HEADREST", 1), ("IND-CL4", 1)),
        last_change=None,
    ),
    dict(
        key="studio-ferri",
        name="Studio Dott. Paolo Ferri",
        kind="endodontic practice",
        channel="SMS",
        phone="+447700900734",
        email="paolo@studio-ferri.example",
        language="it",
        profile="regular",
        weeks=6,
        weekday=0,
        usual=B(
            ("GLV-LATEX", 3, "Large"),
            ("GLV-LATEX", 1, "X-Large"),
            ("MASK-IIR-TIE", 2),
            ("ANA-LIDO", 2),
            ("BUR-TC-557", 1),
            ("BUR-DIA-ROUND", 1, "ISO 016"),
            ("HYPO-3", 2),
            ("PAPER-POINTS", 1),
            ("GP-POINTS", 1),
            ("SYR-IRRIG", 1),
            ("TEMP-FILL", 1),
        ),
        extras=B(("CAOH", 1), ("COTTON-PELLETS", 1)),
        last_change=("drop", 8),
    ),
    # ---------------------------------------------------------------- Greek
    dict(
        key="odontiatreio-papadopoulou",
        name="Οδοντιατρείο Μαρίας Παπαδοπούλου",
        kind="dental practice",
        channel="WHATSAPP",
        phone="+447700900735",
        email="info@papadopoulou-dental.example",
        language="el",
        profile="regular",
        weeks=7,
        weekday=2,
        usual=B(
            ("GLV-NIT-BLUE", 4, "Small"),
            ("GLV-NIT-BLUE", 3, "Medium"),
            ("MASK-IIR-EAR", 4, "Blue"),
            ("WIPES-AF", 4),
            ("ANA-ART-100", 2),
            ("ANA-LIDO", 1),
            ("COMP-SYR", 2, "A2"),
            ("COMP-FLOW", 1, "A2"),
            ("BOND-UNIV", 1),
            ("SALIVA-EJ", 2, "Green"),
            ("POUCH", 2, "90 x 260mm"),
            ("ALG-REG", 2),
        ),
        extras=B(("ETCH", 1), ("TEMP-CEM", 1)),
        last_change=("qty", 3, 2),
    ),
    dict(
        key="kyriakou-dental",
        name="Kyriakou Dental Clinic",
        kind="dental practice",
        channel="SMS",
        phone="+447700900736",
        email="nikos@kyriakou-dental.example",
        language="el",
        profile="steady",
        weeks=6,
        weekday=1,
        usual=B(
            ("GLV-VINYL", 4, "Medium"),
            ("GLV-VINYL", 2, "Large"),
            ("MASK-IIR-EAR", 2, "Black"),
            ("WIPES-ALC", 3),
            ("ANA-ART-200", 2),
            ("NEEDLE-DENT", 1, "27G Short 25mm"),
            ("BUR-DIA-TAPER-R", 1),
            ("BUR-TC-330", 1),
            ("ASP-TIPS", 2, "Yellow"),
            ("CUPS-PLASTIC", 1),
            ("AUTOCLAVE-WATER", 4),
        ),
        extras=B(("HANDWASH", 2), ("GAUZE", 2)),
        last_change=None,
    ),
    dict(
        key="alexiou-centre",
        name="Οδοντιατρικό Κέντρο Αλεξίου",
        kind="dental centre",
        channel="EMAIL",
        phone="+447700900737",
        email="e.stavrou@alexiou-dental.example",
        language="el",
        profile="regular",
        weeks=7,
        weekday=3,
        usual=B(
            ("GLV-LATEX", 8, "Medium"),
            ("GLV-LATEX", 4, "Small"),
            ("MASK-FFP2", 1),
            ("MASK-IIR-TIE", 4),
            ("SPRAY-AF", 3),
            ("IMPR-DISINF", 1),
            ("PVS-HB-FAST", 2),
            ("PVS-LB-FAST", 2),
            ("MIX-TIPS-GRN", 1),
            ("MIX-TIPS-YEL", 1),
            ("SENSOR-COVERS", 1, "Size 1"),
            ("WASTE-TIGER", 1),
            ("DAM-LATEX", 1),
        ),
        extras=B(("BITE-REG", 1), ("TRAY-ADH", 1)),
        last_change=("extra", ("PSP-ENV", 1, None)),
    ),
    # ---------------------------------------------------------------- Hindi (romanised)
    dict(
        key="sharma-dental",
        name="Sharma Dental Care",
        kind="dental practice",
        channel="WHATSAPP",
        phone="+447700900738",
        email="pooja@sharma-dental.example",
        language="hi",
        profile="regular",
        weeks=7,
        weekday=0,
        usual=B(
            ("GLV-NIT-BLUE", 6, "Medium"),
            ("GLV-NIT-BLUE", 3, "Large"),
            ("MASK-IIR-EAR", 5, "Blue"),
            ("WIPES-AF", 5),
            ("ANA-LIDO", 3),
            ("ANA-ART-100", 2),
            ("NEEDLE-DENT", 2, "30G Short 21mm"),
            ("COMP-CPL", 2, "A3"),
            ("GIC-CAPS", 1),
            ("COTTON-2", 2),
            ("SALIVA-EJ", 3, "White"),
            ("BIBS", 1, "Blue"),
        ),
        extras=B(("TEMP-FILL", 1), ("CAOH", 1)),
        last_change=("qty", 0, 2),
    ),
    dict(
        key="smile-point",
        name="Smile Point Dental",
        kind="dental practice",
        channel="WHATSAPP",
        phone="+447700900739",
        email="raj@smilepoint-dental.example",
        language="hi",
        profile="steady",
        weeks=6,
        weekday=4,
        usual=B(
            ("GLV-LATEX", 3, "Small"),
            ("GLV-LATEX", 3, "Medium"),
            ("MASK-IIR-EAR", 3, "Pink"),
            ("WIPES-ALC", 4),
            ("ANA-PRILO", 2),
            ("SYR-LUER", 1, "5ml"),
            ("BUR-DIA-ROUND", 1, "ISO 010"),
            ("BUR-TC-RA", 1, "ISO 018"),
            ("TEMP-CEM", 1),
            ("CAOH", 1),
            ("ASP-TIPS", 2, "Green"),
            ("POUCH", 2, "57 x 130mm"),
        ),
        extras=B(("GLASSES-PT", 1), ("ART-PAPER", 1)),
        last_change=None,
    ),
    dict(
        key="gupta-clinic",
        name="Dr Gupta's Family Clinic",
        kind="small clinic (GP, minor surgery, vaccinations)",
        channel="SMS",
        phone="+447700900740",
        email="drgupta@guptaclinic.example",
        language="hi",
        profile="regular",
        weeks=6,
        weekday=2,
        usual=B(
            ("GLV-VINYL", 5, "Medium"),
            ("GLV-NIT-BLUE", 3, "Medium"),
            ("GLV-SURG", 1, "7.5"),
            ("MASK-IIR-TIE", 2),
            ("SYR-LUER", 2, "2ml"),
            ("SYR-LUER", 1, "5ml"),
            ("NEEDLE-HYPO-23", 2),
            ("NEEDLE-HYPO-25", 1),
            ("SHARPS", 2, "5L"),
            ("HANDRUB-500", 4),
            ("GAUZE", 4),
            ("WASTE-ORANGE", 1),
        ),
        extras=B(("PHARMA-BIN", 1), ("HANDWASH", 2)),
        last_change=("drop", 7),
    ),
    # ---------------------------------------------------------------- Arabic (script)
    dict(
        key="ibtisama-dental",
        name="عيادة ابتسامة لطب الأسنان (Ibtisama Dental Clinic)",
        kind="dental practice",
        channel="WHATSAPP",
        phone="+447700900741",
        email="rana@ibtisama-dental.example",
        language="ar",
        profile="regular",
        weeks=6,
        weekday=3,
        usual=B(
            ("GLV-NIT-BLUE", 4, "Small"),
            ("GLV-NIT-BLUE", 4, "Medium"),
            ("MASK-IIR-EAR", 4, "Black"),
            ("WIPES-AF", 4),
            ("ANA-ART-100", 3),
            ("NEEDLE-DENT", 1, "27G Long 35mm"),
            ("COMP-SYR", 2, "A2"),
            ("COMP-SYR", 1, "A3"),
            ("ALG-FAST", 2),
            ("SALIVA-EJ", 2, "Blue"),
            ("BIBS", 2, "Green"),
        ),
        extras=B(("BOND-UNIV", 1), ("ETCH", 1)),
        last_change=("qty", 4, 1),
    ),
    dict(
        key="al-noor-centre",
        name="مركز النور الطبي لطب الأسنان (Al Noor Medical & Dental Centre)",
        kind="medical and dental centre",
        channel="EMAIL",
        phone="+447700900742",
        email="k.mansour@alnoor-centre.example",
        language="ar",
        profile="regular",
        weeks=7,
        weekday=1,
        usual=B(
            ("GLV-NIT-LAV", 6, "Medium"),
            ("GLV-LATEX", 2, "Large"),
            ("MASK-IIR-TIE", 4),
            ("MASK-FFP3", 1),
            ("SPRAY-ALC-1L", 3),
            ("HANDWASH", 4),
            ("ANA-LIDO", 3),
            ("ANA-MEPI", 1),
            ("POUCH", 3, "90 x 260mm"),
            ("IND-CL6", 1),
            ("SENSOR-COVERS", 1, "Size 0"),
            ("SHARPS", 1, "7L"),
            ("WASTE-ORANGE", 2),
        ),
        extras=B(("WASTE-TIGER", 1), ("GLASSES-OP", 2)),
        last_change=("qty", 4, 1),
    ),
    dict(
        key="shifa-dental",
        name="عيادة شفاء لطب الأسنان (Shifa Dental)",
        kind="new dental practice",
        channel="WHATSAPP",
        phone="+447700900743",
        email="mariam@shifa-dental.example",
        language="ar",
        profile="new",
        weeks=0,
        weekday=0,
        usual=None,
        extras=None,
        last_change=None,
    ),
]

BY_KEY = {c["key"]: c for c in CUSTOMERS}

LAST_WEEK_MONDAY = datetime.date(2028, 7, 24)


def _line(t):
    sku, q, v = t
    d = {"sku": sku, "quantity": q}
    if cat72.has_variants(sku):
        if v is None:
            raise ValueError("history line without variant: %r" % (t,))
        d["variant"] = v
    elif v is not None:
        raise ValueError("variant on plain product: %r" % (t,))
    return d


def _canon(basket):
    return tuple(sorted((sku, v or "", q) for sku, q, v in basket))


def history(c):
    """The customer's orders, oldest first, generated with a fixed seed from the usual basket."""
    n = c["weeks"]
    if n == 0:
        return []
    rng = random.Random("dn72-" + c["key"])
    dates = [
        (
            LAST_WEEK_MONDAY + datetime.timedelta(days=c["weekday"]) - datetime.timedelta(weeks=n - 1 - k)
        ).isoformat()
        for k in range(n)
    ]
    weeks = []
    if c["profile"] == "irregular":
        pool = c["pool"]
        seen = set()
        while len(weeks) < n:
            k = rng.randint(6, 9)
            picks = sorted(rng.sample(range(len(pool)), k))
            basket = []
            for i in picks:
                sku, q, v = pool[i]
                basket.append((sku, max(1, q + rng.choice([-1, 0, 0, 1])), v))
            key = _canon(basket)
            if key in seen:
                continue
            seen.add(key)
            weeks.append(basket)
    else:
        usual = list(c["usual"])
        weeks = [list(usual) for _ in range(n)]
        extras = c["extras"]
        if c["profile"] == "steady":
            i1, i2 = rng.sample(range(0, n - 1), 2)
            j = rng.randrange(len(usual))
            sku, q, v = usual[j]
            weeks[i1][j] = (sku, q + rng.choice([1, 2]) if q > 1 else q + 1, v)
            weeks[i2].append(extras[rng.randrange(len(extras))])
        else:  # regular
            i1 = rng.randrange(0, n - 2)
            weeks[i1].append(extras[rng.randrange(len(extras))])
            kind = c["last_change"]
            last = weeks[-1]
            if kind[0] == "qty":
                sku, q, v = last[kind[1]]
                last[kind[1]] = (sku, q + kind[2], v)
            elif kind[0] == "drop":
                del last[kind[1]]
            elif kind[0] == "extra":
                last.append(kind[1])
    return [{"date": d, "lines": [_line(t) for t in w]} for d, w in zip(dates, weeks)]


def histories():
    out = []
    for c in CUSTOMERS:
        out.append(
            {
                "customer": c["key"],
                "name": c["name"],
                "kind": c["kind"],
                "channel": c["channel"],
                "address": c["email"] if c["channel"] == "EMAIL" else c["phone"],
                "language": c["language"],
                "orders": history(c),
            }
        )
    return out
