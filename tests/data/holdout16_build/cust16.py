# ruff: noqa  (hand-written data generator of blind set 16, kept as its writer left it)
"""Customers of the sixteenth blind set, their hand-written usual baskets, and the seeded history generator.

A basket line is (sku, quantity) or (sku, variant, quantity). Weekday 0 = Monday.
pattern:
  steady    - every week is the usual, except two earlier weeks that vary by one quantity, one dropped line
              or one extra line; the last order is the usual
  regular   - one earlier week varies; the last order differs from the usual by `last` (hand-written)
  irregular - never repeats a basket (no usual); drawn from `pool`
  new       - first-time customer, no orders
"""

import datetime
import random

from cat16 import has_variants, VARIANTS

FIRST_MONDAY = datetime.date(2027, 1, 4)  # first possible history week
LAST_MONDAY = datetime.date(2027, 2, 22)  # every customer's last order is in this week
MESSAGE_MONDAY = datetime.date(2027, 3, 1)  # messages run 2027-03-01 .. 03-07


def C(
    key,
    name,
    kind,
    channel,
    address,
    language,
    pattern,
    weekday=0,
    weeks=0,
    usual=(),
    extras=(),
    last=None,
    pool=(),
    seed=0,
):
    return dict(
        key=key,
        name=name,
        kind=kind,
        channel=channel,
        address=address,
        language=language,
        pattern=pattern,
        weekday=weekday,
        weeks=weeks,
        usual=list(usual),
        extras=list(extras),
        last=last,
        pool=list(pool),
        seed=seed,
    )


CUSTOMERS = [
    C(
        "singh-superstore",
        "Singh's Superstore",
        "convenience store",
        "WHATSAPP",
        "+447700900161",
        "pa",
        "steady",
        weekday=0,
        weeks=8,
        seed=161,
        usual=[
            ("COKE-CAN24", 3),
            ("ZERO-CAN24", 1),
            ("RB-250-PMP24", 2),
            ("MONG-500-PMP12", 1),
            ("WALK-CO-25", 2),
            ("WALK-RS-25", 1),
            ("WALK-SV-25", 1),
            ("CDM", "45g (outer of 48)", 2),
            ("HARIBO-STAR-140", 1),
            ("RIZLA-REG", "Green", 2),
            ("SWAN-XSLIM-TIPS", 1),
            ("CLIPPER-LG", 1),
            ("MILK-SEMI", "4 Pint", 12),
            ("MILK-WHOLE", "4 Pint", 6),
            ("WB-TOASTIE-800", 10),
            ("CARLING-4PK-PMP", 4),
            ("HS-STILL-500", 2),
        ],
        extras=[("FANTA-CAN24", 1), ("PRINGLES-ORIG", "165g (case of 6)", 1), ("DURACELL-PLUS4", "AA", 1)],
    ),
    C(
        "raja-news",
        "Raja Newsagents",
        "newsagent",
        "WHATSAPP",
        "+447700900162",
        "ur",
        "regular",
        weekday=1,
        weeks=7,
        seed=162,
        usual=[
            ("COKE-500-PMP12", 2),
            ("DIET-500-PMP12", 1),
            ("LUCE-380-PMP12", 1),
            ("RB-250-24", 1),
            ("CDM", "45g (outer of 48)", 1),
            ("MARS-51", 1),
            ("SNICKERS-48", 1),
            ("TWIX-50", 1),
            ("KITKAT-4F", 1),
            ("MALTESERS-37", 1),
            ("EXTRA-PEP", 1),
            ("POLO-34", 1),
            ("RIZLA-REG", "Blue", 1),
            ("RIZLA-KSS", "Silver", 1),
            ("RIZLA-USLIM-TIPS", 1),
            ("BIC-J26", 1),
            ("SWAN-VESTAS", 1),
            ("WALK-CO-GB", 1),
            ("KP-SALTED-50", 1),
            ("DURACELL-PLUS4", "AA", 1),
        ],
        extras=[("SKITTLES-45", 1), ("STARBURST-45", 1)],
        last=("extra", ("GALAXY-42", 1)),
    ),
    C(
        "khan-convenience",
        "Khan Convenience Store",
        "convenience store",
        "WHATSAPP",
        "+447700900163",
        "ur",
        "steady",
        weekday=2,
        weeks=6,
        seed=163,
        usual=[
            ("PMAX-CAN24", 1),
            ("PMAX-500-PMP24", 2),
            ("MONG-500-PMP12", 2),
            ("MONUW-500-PMP12", 1),
            ("COKE-CAN24", 2),
            ("DIET-CAN24", 1),
            ("RUBICON-MANGO24", 2),
            ("HARIBO-STAR-140", 2),
            ("HARIBO-TANG-140", 1),
            ("PRINGLES-ORIG", "165g (case of 6)", 1),
            ("WALK-CO-GB", 1),
            ("DURACELL-PLUS4", "AA", 1),
            ("CARRIER-VEST", "Medium", 1),
            ("ANDREX-CC", "4 Roll (case of 10)", 1),
            ("FAIRY-383-PMP", 1),
            ("MILK-SEMI", "2 Pint", 12),
            ("WB-MEDWHITE", "800g", 8),
        ],
        extras=[("WALK-SV-GB", 1), ("BOOST-250-PMP24", 1)],
    ),
    C(
        "patel-corner",
        "Patel's Corner Shop",
        "corner shop",
        "SMS",
        "+447700900164",
        "en",
        "regular",
        weekday=3,
        weeks=8,
        seed=164,
        usual=[
            ("MILK-SEMI", "2 Pint", 12),
            ("MILK-SEMI", "4 Pint", 6),
            ("MILK-WHOLE", "2 Pint", 6),
            ("MILK-SKIM", "1 Pint", 6),
            ("WB-MEDWHITE", "800g", 6),
            ("HOVIS-WM", "800g", 4),
            ("KM-5050-800", 4),
            ("WB-CRUMPETS6", 6),
            ("COKE-CAN24", 2),
            ("DIET-CAN24", 1),
            ("WALK-RS-25", 1),
            ("WALK-CO-25", 1),
            ("WALK-SV-25", 1),
            ("PGTIPS-80", 1),
            ("SUGAR-1KG", 1),
            ("HEINZ-BEANS", 1),
            ("LURPAK-500", 4),
            ("RIZLA-REG", "Green", 1),
            ("CLIPPER-LG", 1),
        ],
        extras=[("PN-CHKMUSH", 1), ("HEINZ-TOMSOUP", 1)],
        last=("qty", "WB-CRUMPETS6", None, 8),
    ),
    C(
        "sylhet-mini",
        "Sylhet Mini Market",
        "convenience store",
        "WHATSAPP",
        "+447700900165",
        "bn",
        "regular",
        weekday=0,
        weeks=6,
        seed=165,
        usual=[
            ("COKE-CAN24", 2),
            ("RUBICON-MANGO24", 3),
            ("PMAX-CAN24", 1),
            ("HS-STILL-1500", 4),
            ("CAPRI-ORANGE40", 1),
            ("WALK-CO-25", 1),
            ("WALK-PC-25", 1),
            ("HULA-ORIG", 1),
            ("CDM", "45g (outer of 48)", 1),
            ("PGTIPS-80", 2),
            ("SUGAR-1KG", 1),
            ("NESCAFE-100", 1),
            ("MILK-WHOLE", "4 Pint", 8),
            ("WB-TOASTIE-800", 6),
            ("HEINZ-BEANS", 1),
            ("FELIX-AGAIL", 1),
            ("ANDREX-CC", "9 Roll (case of 5)", 1),
        ],
        extras=[("PN-CHKMUSH", 1), ("LUCS-500-PMP12", 1)],
        last=("drop", "HULA-ORIG"),
    ),
    C(
        "bismillah-fw",
        "Bismillah Food & Wine",
        "off-licence and convenience",
        "WHATSAPP",
        "+447700900166",
        "bn",
        "steady",
        weekday=4,
        weeks=7,
        seed=166,
        usual=[
            ("CARLING-CAN24", 3),
            ("STELLA-CAN24", 2),
            ("STRONGBOW-CAN24", 2),
            ("ECHO-ROSE-6", 2),
            ("SMIRNOFF-RED", "70cl", 6),
            ("SMIRNOFF-RED", "35cl", 6),
            ("RB-250-24", 2),
            ("COKE-CAN24", 2),
            ("WALK-CO-GB", 1),
            ("WALK-SV-GB", 1),
            ("MCCOYS-FGS", 1),
            ("KP-DRY-50", 1),
            ("CLIPPER-MICRO", 1),
            ("RIZLA-KSS", "Blue", 1),
            ("CARRIER-VEST", "Large", 1),
        ],
        extras=[("PRINGLES-SCO-165", 1), ("MMUNCH-PO", 1)],
    ),
    C(
        "orzel-sklep",
        "Sklep Orzeł",
        "Polish grocery shop",
        "WHATSAPP",
        "+447700900167",
        "pl",
        "regular",
        weekday=1,
        weeks=7,
        seed=167,
        usual=[
            ("PMAX-CAN24", 2),
            ("COKE-CAN24", 1),
            ("RB-250-24", 2),
            ("MONG-500-12", 1),
            ("HS-SPARK-500", 2),
            ("HS-STILL-1500", 3),
            ("CAPRI-ORANGE40", 1),
            ("WALK-PC-25", 1),
            ("PRINGLES-ORIG", "40g (case of 12)", 1),
            ("HARIBO-STAR-140", 1),
            ("KITKAT-4F", 1),
            ("MILK-WHOLE", "2 Pint", 6),
            ("WB-TOASTIE-800", 4),
            ("CARLING-CAN24", 2),
            ("STRONGBOW-CAN24", 1),
            ("SMIRNOFF-RED", "70cl", 4),
            ("REFUSE-10R", "Black", 1),
        ],
        extras=[("GALAXY-42", 1), ("FAIRY-383-PMP", 1)],
        last=("qty", "SMIRNOFF-RED", "70cl", 5),
    ),
    C(
        "delikatesy-ania",
        "Delikatesy Ania",
        "Polish delicatessen",
        "EMAIL",
        "ania@delikatesy-ania.example",
        "pl",
        "steady",
        weekday=3,
        weeks=6,
        seed=168,
        usual=[
            ("HS-STILL-500", 2),
            ("HS-SPARK-500", 2),
            ("FANTA-CAN24", 1),
            ("PMAX-500-PMP24", 1),
            ("LUCS-500-PMP12", 1),
            ("WALK-RS-25", 1),
            ("WALK-SV-25", 1),
            ("MALTESERS-37", 1),
            ("SKITTLES-45", 1),
            ("HARIBO-TANG-140", 1),
            ("NESCAFE-100", 1),
            ("YORKS-80", 1),
            ("SUGAR-1KG", 1),
            ("HOVIS-WM", "800g", 6),
            ("MILK-SEMI", "1 Pint", 12),
            ("LURPAK-500", 3),
            ("DOMESTOS-750", 1),
            ("MARIGOLD", "Medium", 1),
        ],
        extras=[("PN-BEEFTOM", 1), ("HEINZ-TOMSOUP", 1)],
    ),
    C(
        "jaffna-stores",
        "Jaffna Stores",
        "convenience store",
        "WHATSAPP",
        "+447700900169",
        "ta",
        "regular",
        weekday=2,
        weeks=7,
        seed=169,
        usual=[
            ("COKE-CAN24", 2),
            ("FANTA-CAN24", 1),
            ("RUBICON-MANGO24", 2),
            ("RB-250-PMP24", 1),
            ("MONG-500-PMP12", 1),
            ("MONUW-500-PMP12", 1),
            ("LUCE-380-PMP12", 1),
            ("WALK-CO-25", 1),
            ("WALK-SV-25", 1),
            ("CDM", "45g (outer of 48)", 1),
            ("KITKAT-CHUNKY", 1),
            ("PGTIPS-80", 1),
            ("NESCAFE-100", 1),
            ("MILK-WHOLE", "4 Pint", 6),
            ("MILK-SEMI", "4 Pint", 6),
            ("WB-TOASTIE-800", 6),
            ("DURACELL-PLUS4", "AAA", 1),
            ("CLIPPER-LG", 1),
            ("RIZLA-REG", "Green", 1),
        ],
        extras=[("POLO-34", 1), ("QUAVERS-16", 1)],
        last=("qty", "COKE-CAN24", None, 3),
    ),
    C(
        "lanka-fw",
        "Lanka Food & Wine",
        "off-licence",
        "SMS",
        "+447700900170",
        "ta",
        "steady",
        weekday=4,
        weeks=6,
        seed=170,
        usual=[
            ("CARLING-4PK-PMP", 3),
            ("STELLA-CAN24", 2),
            ("STRONGBOW-CAN24", 1),
            ("ECHO-RED-6", 2),
            ("SMIRNOFF-RED", "35cl", 6),
            ("COKE-175-PMP6", 2),
            ("COKE-CAN24", 1),
            ("RB-250-24", 1),
            ("KP-SALTED-50", 1),
            ("WALK-SV-GB", 1),
            ("PRINGLES-SCO-165", 1),
            ("BIC-J26", 1),
            ("RIZLA-REG", "Red", 1),
            ("RIZLA-USLIM-TIPS", 1),
        ],
        extras=[("MCCOYS-FGS", 1), ("HULA-ORIG", 1)],
    ),
    C(
        "dacia-magazin",
        "Magazin Dacia",
        "Romanian grocery shop",
        "WHATSAPP",
        "+447700900171",
        "ro",
        "regular",
        weekday=3,
        weeks=6,
        seed=171,
        usual=[
            ("COKE-CAN24", 1),
            ("PMAX-CAN24", 1),
            ("HS-SPARK-500", 3),
            ("HS-STILL-500", 1),
            ("FANTA-CAN24", 1),
            ("RB-250-24", 1),
            ("MONG-500-12", 1),
            ("WALK-PC-25", 1),
            ("KITKAT-4F", 1),
            ("HARIBO-STAR-140", 1),
            ("NESCAFE-100", 1),
            ("SUGAR-1KG", 1),
            ("MILK-WHOLE", "2 Pint", 6),
            ("WB-MEDWHITE", "800g", 4),
            ("CARLING-CAN24", 1),
            ("SMIRNOFF-RED", "70cl", 3),
            ("FAIRY-383-PMP", 1),
            ("REFUSE-10R", "Black", 1),
        ],
        extras=[("STELLA-CAN24", 1), ("MARIGOLD", "Large", 1)],
        last=("extra", ("DOMESTOS-750", 1)),
    ),
    C(
        "fairfield-services",
        "Fairfield Road Service Station",
        "petrol station shop",
        "EMAIL",
        "shop@fairfieldroad-services.example",
        "en",
        "regular",
        weekday=0,
        weeks=8,
        seed=172,
        usual=[
            ("COKE-500-PMP12", 3),
            ("DIET-500-PMP12", 2),
            ("ZERO-500-PMP12", 2),
            ("PMAX-500-PMP24", 2),
            ("RB-250-PMP24", 3),
            ("RBSF-250-24", 1),
            ("MONG-500-PMP12", 3),
            ("MONUW-500-PMP12", 2),
            ("LUCE-380-PMP12", 2),
            ("LUCS-500-PMP12", 1),
            ("HS-STILL-500", 4),
            ("WALK-CO-GB", 2),
            ("WALK-SV-GB", 1),
            ("MCCOYS-FGS", 2),
            ("MMUNCH-PO", 1),
            ("KP-SALTED-50", 1),
            ("KP-DRY-50", 1),
            ("CDM", "45g (outer of 48)", 1),
            ("MARS-51", 1),
            ("SNICKERS-48", 1),
            ("TWIX-50", 1),
            ("MALTESERS-37", 1),
            ("EXTRA-PEP", 1),
            ("EXTRA-SPEAR", 1),
            ("HARIBO-STAR-140", 1),
            ("CLIPPER-LG", 1),
            ("DURACELL-PLUS4", "AA", 1),
        ],
        extras=[("PRINGLES-ORIG", "40g (case of 12)", 1), ("GALAXY-42", 1)],
        last=("qty", "MONG-500-PMP12", None, 4),
    ),
    C(
        "hilltop-services",
        "Hilltop Service Station",
        "petrol station shop",
        "EMAIL",
        "orders@hilltopservices.example",
        "en",
        "steady",
        weekday=2,
        weeks=7,
        seed=173,
        usual=[
            ("COKE-500-PMP12", 2),
            ("ZERO-500-PMP12", 1),
            ("PMAX-500-PMP24", 1),
            ("IRN-500-PMP24", 2),
            ("RB-250-24", 2),
            ("MONG-500-12", 2),
            ("LUCS-500-PMP12", 1),
            ("HS-STILL-500", 3),
            ("HS-SPARK-500", 1),
            ("WALK-CO-GB", 1),
            ("MCCOYS-FGS", 1),
            ("PRINGLES-ORIG", "40g (case of 12)", 1),
            ("SNICKERS-48", 1),
            ("KITKAT-CHUNKY", 1),
            ("POLO-34", 1),
            ("EXTRA-SPEAR", 1),
            ("DURACELL-PLUS4", "AA", 1),
            ("DURACELL-9V", 1),
            ("BIC-J26", 1),
            ("MILK-SEMI", "1 Pint", 12),
        ],
        extras=[("TWIX-50", 1), ("GALAXY-42", 1)],
    ),
    C(
        "brook-lane-garage",
        "Brook Lane Garage",
        "petrol station shop",
        "SMS",
        "+447700900174",
        "en",
        "regular",
        weekday=4,
        weeks=5,
        seed=174,
        usual=[
            ("COKE-500-PMP12", 1),
            ("PMAX-500-PMP24", 1),
            ("RB-250-PMP24", 2),
            ("MONG-500-PMP12", 1),
            ("BOOST-250-PMP24", 2),
            ("HS-STILL-500", 1),
            ("WALK-CO-GB", 1),
            ("MMUNCH-PO", 1),
            ("SNICKERS-48", 1),
            ("MARS-51", 1),
            ("CLIPPER-MICRO", 1),
            ("MILK-SEMI", "2 Pint", 6),
        ],
        extras=[("TWIX-50", 1), ("MCCOYS-FGS", 1)],
        last=("drop", "MMUNCH-PO"),
    ),
    C(
        "daily-stop",
        "Daily Stop Mill Road",
        "convenience store",
        "WHATSAPP",
        "+447700900175",
        "en",
        "steady",
        weekday=1,
        weeks=8,
        seed=175,
        usual=[
            ("COKE-CAN24", 2),
            ("DIET-CAN24", 1),
            ("ZERO-CAN24", 1),
            ("PMAX-CAN24", 1),
            ("FANTA-CAN24", 1),
            ("RB-250-PMP24", 2),
            ("MONG-500-PMP12", 2),
            ("HS-STILL-500", 2),
            ("HS-STILL-1500", 2),
            ("WALK-RS-25", 1),
            ("WALK-CO-25", 1),
            ("WALK-SV-25", 1),
            ("WALK-PC-25", 1),
            ("QUAVERS-16", 1),
            ("HULA-ORIG", 1),
            ("CDM", "45g (outer of 48)", 1),
            ("TWIX-50", 1),
            ("KITKAT-4F", 1),
            ("HARIBO-STAR-140", 1),
            ("MILK-SEMI", "4 Pint", 10),
            ("MILK-SEMI", "2 Pint", 10),
            ("MILK-WHOLE", "4 Pint", 4),
            ("WB-TOASTIE-800", 8),
            ("WB-MEDWHITE", "800g", 6),
            ("HOVIS-WM", "800g", 4),
            ("ANDREX-CC", "4 Roll (case of 10)", 1),
            ("FAIRY-383-PMP", 1),
            ("BRIGHTWAY-BLEACH", 1),
            ("DURACELL-PLUS4", "AA", 1),
            ("PNM-COLA", 2),
            ("PNM-JBABY", 2),
        ],
        extras=[("CARRIER-VEST", "Medium", 1), ("PLENTY-2R", 1)],
    ),
    C(
        "corner-cabin",
        "The Corner Cabin",
        "newsagent",
        "SMS",
        "+447700900176",
        "en",
        "regular",
        weekday=5,
        weeks=7,
        seed=176,
        usual=[
            ("CDM", "45g (outer of 48)", 1),
            ("CDM", "110g PMP £1.85 (outer of 18)", 1),
            ("TWIRL-43", 1),
            ("MARS-51", 1),
            ("GALAXY-42", 1),
            ("MALTESERS-37", 1),
            ("SKITTLES-45", 1),
            ("STARBURST-45", 1),
            ("PASTILLES-TUBE", 1),
            ("POLO-34", 1),
            ("EXTRA-PEP", 1),
            ("HARIBO-STAR-140", 1),
            ("HARIBO-TANG-140", 1),
            ("RIZLA-REG", "Green", 1),
            ("RIZLA-KSS", "Silver", 1),
            ("SWAN-XSLIM-TIPS", 1),
            ("SWAN-VESTAS", 1),
            ("CLIPPER-LG", 1),
            ("COKE-CAN24", 1),
            ("WALK-CO-25", 1),
            ("MILK-SEMI", "1 Pint", 12),
        ],
        extras=[("KITKAT-4F", 1), ("TWIX-50", 1)],
        last=("qty", "RIZLA-REG", "Green", 2),
    ),
    C(
        "hillside-offy",
        "Hillside Off Licence",
        "off-licence",
        "WHATSAPP",
        "+447700900177",
        "en",
        "regular",
        weekday=3,
        weeks=6,
        seed=177,
        usual=[
            ("CARLING-CAN24", 4),
            ("STELLA-CAN24", 3),
            ("STRONGBOW-CAN24", 2),
            ("ECHO-RED-6", 2),
            ("ECHO-ROSE-6", 2),
            ("SMIRNOFF-RED", "70cl", 6),
            ("SMIRNOFF-RED", "35cl", 6),
            ("COKE-175-PMP6", 3),
            ("COKE-CAN24", 1),
            ("RB-250-24", 1),
            ("HS-SPARK-500", 1),
            ("KP-SALTED-50", 1),
            ("KP-DRY-50", 1),
            ("PRINGLES-ORIG", "165g (case of 6)", 1),
            ("MCCOYS-FGS", 1),
            ("CARRIER-VEST", "Large", 1),
            ("CLIPPER-LG", 1),
        ],
        extras=[("WALK-CO-GB", 1), ("MMUNCH-PO", 1)],
        last=("qty", "STELLA-CAN24", None, 4),
    ),
    C(
        "late-shop",
        "The Late Shop",
        "late-night convenience store",
        "WHATSAPP",
        "+447700900178",
        "en",
        "steady",
        weekday=5,
        weeks=6,
        seed=178,
        usual=[
            ("COKE-CAN24", 2),
            ("RB-250-PMP24", 2),
            ("MONG-500-PMP12", 2),
            ("PMAX-500-PMP24", 1),
            ("LUCE-380-PMP12", 1),
            ("WALK-CO-GB", 1),
            ("WALK-SV-GB", 1),
            ("PRINGLES-ORIG", "165g (case of 6)", 2),
            ("PRINGLES-SCO-165", 1),
            ("HARIBO-STAR-140", 1),
            ("MALTESERS-37", 1),
            ("CDM", "110g PMP £1.85 (outer of 18)", 1),
            ("PN-CHKMUSH", 1),
            ("PN-BEEFTOM", 1),
            ("MILK-SEMI", "2 Pint", 8),
            ("WB-TOASTIE-800", 4),
            ("RIZLA-KSS", "Silver", 2),
            ("RIZLA-USLIM-TIPS", 1),
            ("BIC-J26", 1),
            ("CARRIER-VEST", "Small", 1),
            ("PNM-COLA", 1),
            ("PNM-MILKB", 1),
            ("SWEET-BAGS", "Small 5 x 7in", 1),
        ],
        extras=[("BOOST-250-PMP24", 1), ("TWIX-50", 1)],
    ),
    C(
        "greenway-conv",
        "Greenway Convenience",
        "convenience store",
        "EMAIL",
        "helen@greenway-convenience.example",
        "en",
        "regular",
        weekday=2,
        weeks=7,
        seed=179,
        usual=[
            ("COKE-CAN24", 2),
            ("DIET-CAN24", 2),
            ("ZERO-CAN24", 1),
            ("HS-STILL-500", 2),
            ("ROB-ORANGE-1L", 1),
            ("ROB-SUMMER-1L", 1),
            ("CAPRI-ORANGE40", 1),
            ("RIBENA-500-PMP12", 1),
            ("WALK-RS-25", 1),
            ("WALK-CO-25", 1),
            ("WALK-SV-25", 1),
            ("HULA-ORIG", 1),
            ("CDM", "45g (outer of 48)", 2),
            ("GALAXY-42", 1),
            ("KITKAT-4F", 1),
            ("PGTIPS-80", 1),
            ("NESCAFE-100", 1),
            ("SUGAR-1KG", 1),
            ("HEINZ-BEANS", 2),
            ("HEINZ-TOMSOUP", 1),
            ("ANDREX-CC", "9 Roll (case of 5)", 1),
            ("PLENTY-2R", 1),
            ("FAIRY-383-PMP", 1),
            ("DOMESTOS-750", 1),
            ("BACOFOIL-30", 1),
            ("FELIX-AGAIL", 1),
            ("WHISKAS-1PLUS", 1),
            ("PEDIGREE-CHUNKS", 1),
            ("MILK-SEMI", "2 Pint", 12),
            ("MILK-WHOLE", "2 Pint", 6),
            ("HOVIS-WM", "800g", 6),
            ("KM-5050-800", 4),
        ],
        extras=[("DREAMIES-60", 1), ("LURPAK-500", 2)],
        last=("extra", ("DREAMIES-60", 1)),
    ),
    C(
        "station-kiosk",
        "Platform 2 Kiosk",
        "railway station newsagent",
        "EMAIL",
        "tom@platform2kiosk.example",
        "en",
        "steady",
        weekday=0,
        weeks=6,
        seed=180,
        usual=[
            ("COKE-500-PMP12", 2),
            ("DIET-500-PMP12", 2),
            ("ZERO-500-PMP12", 1),
            ("HS-STILL-500", 4),
            ("HS-SPARK-500", 1),
            ("LUCS-500-PMP12", 1),
            ("RB-250-24", 1),
            ("WALK-CO-GB", 1),
            ("KP-SALTED-50", 1),
            ("CDM", "45g (outer of 48)", 1),
            ("KITKAT-4F", 1),
            ("TWIX-50", 1),
            ("MALTESERS-37", 1),
            ("EXTRA-PEP", 1),
            ("POLO-34", 1),
            ("MILK-SEMI", "1 Pint", 12),
        ],
        extras=[("SNICKERS-48", 1), ("STARBURST-45", 1)],
    ),
    C(
        "campus-mart",
        "Campus Mini Mart",
        "university convenience store",
        "WHATSAPP",
        "+447700900181",
        "en",
        "regular",
        weekday=1,
        weeks=6,
        seed=181,
        usual=[
            ("COKE-CAN24", 2),
            ("ZERO-CAN24", 2),
            ("PMAX-CAN24", 2),
            ("RB-250-24", 2),
            ("RBSF-250-24", 1),
            ("MONG-500-12", 2),
            ("MONUW-500-PMP12", 1),
            ("LUCS-500-PMP12", 1),
            ("HS-STILL-500", 3),
            ("WALK-RS-25", 1),
            ("WALK-CO-25", 1),
            ("PRINGLES-ORIG", "165g (case of 6)", 2),
            ("PRINGLES-SCO-165", 1),
            ("PN-CHKMUSH", 2),
            ("PN-BEEFTOM", 2),
            ("HARIBO-TANG-140", 1),
            ("MILK-SEMI", "2 Pint", 10),
            ("WB-TOASTIE-800", 6),
            ("HEINZ-BEANS", 1),
            ("ENERGIZER-MAX4", "AA", 1),
        ],
        extras=[("QUAVERS-16", 1), ("HULA-ORIG", 1)],
        last=("qty", "PMAX-CAN24", None, 3),
    ),
    C(
        "bayview-stores",
        "Bay View Stores",
        "seaside convenience store",
        "WHATSAPP",
        "+447700900182",
        "en",
        "regular",
        weekday=5,
        weeks=5,
        seed=182,
        usual=[
            ("COKE-CAN24", 2),
            ("COKE-175-PMP6", 2),
            ("FANTA-CAN24", 2),
            ("HS-STILL-500", 3),
            ("HS-STILL-1500", 2),
            ("CAPRI-ORANGE40", 2),
            ("WALK-RS-25", 1),
            ("WALK-CO-25", 1),
            ("WALK-SV-25", 1),
            ("WALK-PC-25", 1),
            ("HARIBO-STAR-140", 2),
            ("PNM-FOAMB", 2),
            ("PNM-COLA", 2),
            ("PNM-JBABY", 1),
            ("SWEET-BAGS", "Large 7 x 9in", 1),
            ("MILK-SEMI", "4 Pint", 6),
            ("WB-TOASTIE-800", 6),
            ("CLIPPER-MICRO", 1),
            ("BACOFOIL-30", 1),
        ],
        extras=[("KITKAT-4F", 1), ("SKITTLES-45", 1)],
        last=("qty", "HS-STILL-500", None, 2),
    ),
    C(
        "harbour-kiosk",
        "Harbour Kiosk",
        "seasonal seafront kiosk",
        "SMS",
        "+447700900183",
        "en",
        "irregular",
        weekday=6,
        weeks=5,
        seed=183,
        pool=[
            ("COKE-CAN24", 1, 3),
            ("COKE-500-PMP12", 1, 2),
            ("HS-STILL-500", 1, 4),
            ("CAPRI-ORANGE40", 1, 3),
            ("WALK-RS-25", 1, 2),
            ("WALK-CO-25", 1, 2),
            ("HARIBO-STAR-140", 1, 3),
            ("PNM-COLA", 1, 3),
            ("PNM-FOAMB", 1, 2),
            ("SWEET-BAGS", "Small 5 x 7in", 1, 1),
            ("CLIPPER-MICRO", 1, 1),
            ("MILK-SEMI", "1 Pint", 6, 12),
            ("FANTA-CAN24", 1, 2),
        ],
    ),
    C(
        "westmoor-leisure",
        "Westmoor Leisure Centre Kiosk",
        "leisure centre kiosk",
        "EMAIL",
        "kiosk@westmoor-leisure.example",
        "en",
        "irregular",
        weekday=3,
        weeks=6,
        seed=184,
        pool=[
            ("HS-STILL-500", 2, 5),
            ("HS-SPARK-500", 1, 2),
            ("LUCS-500-PMP12", 1, 4),
            ("RBSF-250-24", 1, 2),
            ("KP-SALTED-50", 1, 2),
            ("KITKAT-4F", 1, 2),
            ("CDM", "45g (outer of 48)", 1, 1),
            ("RIBENA-500-PMP12", 1, 2),
            ("WALK-RS-25", 1, 2),
            ("HULA-ORIG", 1, 2),
            ("ZERO-CAN24", 1, 2),
        ],
    ),
    C(
        "quickstop-express",
        "Quick Stop Express",
        "new convenience store",
        "WHATSAPP",
        "+447700900185",
        "en",
        "new",
    ),
    C("nowak-market", "Nowak Market", "new Polish grocery shop", "WHATSAPP", "+447700900186", "pl", "new"),
]

CUST = {c["key"]: c for c in CUSTOMERS}


def norm(line):
    """basket tuple -> history line dict"""
    if len(line) == 3:
        sku, var, q = line
        return {"sku": sku, "variant": var, "quantity": q}
    sku, q = line
    d = {"sku": sku, "quantity": q}
    assert not has_variants(sku), sku
    return d


def key_of(line):
    return (line["sku"], line.get("variant"))


def basket_sig(lines):
    return tuple(sorted((l["sku"], l.get("variant") or "", l["quantity"]) for l in lines))


def vary(rng, usual, extras, kind):
    b = [dict(l) for l in usual]
    if kind == "qty":
        i = rng.randrange(len(b))
        q = b[i]["quantity"]
        b[i]["quantity"] = q + 1 if (q < 4 or rng.random() < 0.5) else q - 2
    elif kind == "drop":
        i = rng.randrange(len(b))
        del b[i]
    elif kind == "extra":
        b.append(norm(rng.choice(extras)))
    return b


def apply_last(usual, last):
    b = [dict(l) for l in usual]
    kind = last[0]
    if kind == "qty":
        _, sku, var, q = last
        hits = [l for l in b if l["sku"] == sku and (var is None or l.get("variant") == var)]
        assert len(hits) == 1, last
        hits[0]["quantity"] = q
    elif kind == "extra":
        b.append(norm(last[1]))
    elif kind == "drop":
        n = len(b)
        b = [l for l in b if l["sku"] != last[1]]
        assert len(b) == n - 1, last
    return b


def history_for(c):
    if c["pattern"] == "new":
        return []
    rng = random.Random(c["seed"])
    n = c["weeks"]
    first = LAST_MONDAY - datetime.timedelta(weeks=n - 1)
    assert first >= FIRST_MONDAY
    dates = [(first + datetime.timedelta(weeks=w, days=c["weekday"])).isoformat() for w in range(n)]
    usual = [norm(l) for l in c["usual"]]
    if c["pattern"] == "irregular":
        seen = set()
        orders = []
        for d in dates:
            while True:
                k = rng.randint(5, min(8, len(c["pool"])))
                picks = rng.sample(c["pool"], k)
                lines = []
                for p in picks:
                    if len(p) == 4:
                        sku, var, lo, hi = p
                        lines.append({"sku": sku, "variant": var, "quantity": rng.randint(lo, hi)})
                    else:
                        sku, lo, hi = p
                        lines.append({"sku": sku, "quantity": rng.randint(lo, hi)})
                sig = basket_sig(lines)
                if sig not in seen:
                    seen.add(sig)
                    break
            orders.append({"date": d, "lines": sorted(lines, key=lambda l: l["sku"])})
        return orders
    baskets = [usual] * n
    seen = {basket_sig(usual)}
    if c["pattern"] == "steady":
        idx = sorted(rng.sample(range(n - 1), 2))
    else:
        idx = [rng.randrange(n - 1)]
        last = apply_last(usual, c["last"])
        baskets = baskets[:-1] + [last]
        seen.add(basket_sig(last))
    baskets = list(baskets)
    for i in idx:
        while True:
            kind = rng.choice(["qty", "drop", "extra"] if c["extras"] else ["qty", "drop"])
            b = vary(rng, usual, c["extras"], kind)
            sig = basket_sig(b)
            if sig not in seen:
                seen.add(sig)
                break
        baskets[i] = b
    return [{"date": d, "lines": [dict(l) for l in b]} for d, b in zip(dates, baskets)]


def build_histories():
    out = []
    for c in CUSTOMERS:
        out.append(
            {
                "customer": c["key"],
                "name": c["name"],
                "kind": c["kind"],
                "channel": c["channel"],
                "address": c["address"],
                "language": c["language"],
                "orders": history_for(c),
            }
        )
    return out


def clean_line(l):
    d = {"sku": l["sku"], "quantity": l["quantity"]}
    if has_variants(l["sku"]):
        d["variant"] = l["variant"]
    return d


def output_histories():
    hs = build_histories()
    for h in hs:
        for o in h["orders"]:
            o["lines"] = [clean_line(l) for l in o["lines"]]
    return hs
