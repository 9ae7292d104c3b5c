# ruff: noqa  (hand-written data generator of blind set 60, kept as its writer left it)
"""Checks catalog60.json, holdout60.jsonl and histories60.jsonl; prints the figures; exits 1 on any failure."""

import json, os, re, sys, difflib
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cat60

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ERR = []


def fail(msg):
    ERR.append(msg)


def load():
    try:
        cat = json.load(open(os.path.join(OUT, "catalog60.json"), encoding="utf-8"))
        rows = [json.loads(l) for l in open(os.path.join(OUT, "holdout60.jsonl"), encoding="utf-8")]
        hist = [json.loads(l) for l in open(os.path.join(OUT, "histories60.jsonl"), encoding="utf-8")]
    except Exception as e:
        print("FAIL: invalid JSON:", e)
        sys.exit(1)
    return cat, rows, hist


cat, rows, hist = load()
PROD = {p["sku"]: p for p in cat["products"]}
VARS = {p["sku"]: [v["name"] for v in p["variants"]] for p in cat["products"]}
HIST = {h["customer"]: h for h in hist}
UNITS = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tray", "box", "tub"}
VTYPES = {"SIZE", "COLOR", "VOLUME", "WEIGHT"}
PRICE = re.compile(r"^\d+\.\d\d$")

# ---- catalog
names = set()
for c in cat["categories"]:
    if c["parent"] is not None and c["parent"] not in names:
        fail("category parent not listed first: %s" % c["name"])
    names.add(c["name"])
skus, vskus, aliases = set(), set(), {}
fam = {w.lower() for w in cat60.FAMILY_WORDS}
for p in cat["products"]:
    if p["sku"] in skus or p["sku"] in vskus:
        fail("duplicate sku " + p["sku"])
    skus.add(p["sku"])
    if p["category"] not in names:
        fail("unknown category " + p["category"])
    if p["unit"] not in UNITS:
        fail("bad unit %s" % p["sku"])
    if not PRICE.match(p["unit_price"]):
        fail("bad price %s" % p["sku"])
    als = list(p["aliases"])
    for v in p["variants"]:
        if v["variant_type"] not in VTYPES:
            fail("bad variant type %s" % v["sku"])
        if not v.get("sku") or not PRICE.match(v.get("unit_price", "")):
            fail("variant without own sku/price %s" % p["sku"])
        if v["sku"] in vskus or v["sku"] in skus:
            fail("duplicate variant sku " + v["sku"])
        vskus.add(v["sku"])
        als += v["ai_aliases"]
    for a in als:
        a = a.lower()
        if a in aliases and aliases[a] != p["sku"]:
            fail("alias shared: %r (%s, %s)" % (a, aliases[a], p["sku"]))
        aliases[a] = p["sku"]
        if a in fam:
            fail("alias is a family word: %r (%s)" % (a, p["sku"]))
nvar = sum(1 for p in cat["products"] if p["variants"])
if not 90 <= len(cat["products"]) <= 130:
    fail("product count %d" % len(cat["products"]))
if not 12 <= nvar <= 20:
    fail("products with variants %d" % nvar)


# ---- helpers
def check_line(l, where, need_review_row, review, notes, order_row=True):
    sku = l.get("sku")
    if sku is not None:
        if sku not in PROD:
            fail("%s: unknown sku %s" % (where, sku))
            return
        if VARS[sku]:
            if "variant" not in l:
                fail("%s: variant key missing on %s" % (where, sku))
            elif l["variant"] is not None and l["variant"] not in VARS[sku]:
                fail("%s: unknown variant %r of %s" % (where, l["variant"], sku))
        elif "variant" in l:
            fail("%s: variant key on %s which has no variants" % (where, sku))
        if "candidates" in l:
            fail("%s: candidates on a line with a sku" % where)
    else:
        if "variant" in l:
            fail("%s: variant key on a null-sku line" % where)
        if "candidates" in l:
            if len(l["candidates"]) < 2:
                fail("%s: fewer than two candidates" % where)
            for s in l["candidates"]:
                if s not in PROD:
                    fail("%s: unknown candidate %s" % (where, s))
            cv = l.get("candidate_variant")
            if cv is not None and not any(cv in VARS.get(s, []) for s in l["candidates"]):
                fail("%s: candidate_variant %r fits no candidate" % (where, cv))
    q = l.get("quantity")
    is_open = sku is None or q is None or ("variant" in l and l["variant"] is None)
    if order_row and is_open:
        if not review:
            fail("%s: open line on a row without review" % where)
        if sku is None and "candidates" in l and "ambiguous" not in notes:
            fail("%s: candidates without 'ambiguous' in notes" % where)
        if sku is None and "candidates" not in l and "not in catalog" not in notes:
            fail("%s: not-in-catalog line without note" % where)
        if sku and "variant" in l and l["variant"] is None and "ambiguous" not in notes:
            fail("%s: null variant without 'ambiguous'" % where)
        if q is None and "quantities not stated" not in notes and "not a whole number" not in notes:
            fail("%s: null quantity without note" % where)
    if order_row and q is not None and q != int(q) and not review:
        fail("%s: fractional quantity on a shippable row" % where)


# ---- histories
for h in hist:
    for o in h["orders"]:
        for l in o["lines"]:
            if l.get("sku") is None or l.get("quantity") is None or ("variant" in l and l["variant"] is None):
                fail("incomplete history line %s" % h["customer"])
            check_line(l, "history " + h["customer"], False, True, "", order_row=False)

# ---- rows
ids = [r["id"] for r in rows]
if ids != ["ib%03d" % i for i in range(1, len(rows) + 1)]:
    fail("ids not ib001.. without gaps")
texts = [r["text"] for r in rows]
for r in rows:
    w = r["id"]
    for k in ("customer", "channel", "date", "language", "text", "intent", "lines", "notes", "tags"):
        if k not in r:
            fail("%s: missing %s" % (w, k))
    if r["customer"] not in HIST:
        fail("%s: unknown customer" % w)
    if r["date"] <= "2028-06-01":
        fail("%s: date not after 2028-06-01" % w)
    for o in HIST[r["customer"]]["orders"]:
        if o["date"] >= r["date"]:
            fail("%s: history date %s not before message" % (w, o["date"]))
    if r["intent"] != "ORDER":
        if r["lines"] or any(
            k in r for k in ("expect_review", "lines_with_history", "expect_review_with_history")
        ):
            fail("%s: non-ORDER row with lines or review fields" % w)
    else:
        if "expect_review" not in r:
            fail("%s: ORDER without expect_review" % w)
        for l in r["lines"]:
            check_line(l, w, True, r["expect_review"], r["notes"])
        if ("lines_with_history" in r) != ("expect_review_with_history" in r):
            fail("%s: history fields not together" % w)
        if "lines_with_history" in r:
            if (
                r["lines_with_history"] == r["lines"]
                and r["expect_review_with_history"] == r["expect_review"]
            ):
                fail("%s: history fields change nothing" % w)
            for l in r["lines_with_history"]:
                check_line(l, w + " (history)", True, r["expect_review_with_history"], r["notes"])
        if "reference" in r["tags"] and not r["expect_review"]:
            fail("%s: reference row not in review" % w)
        clean = not r["expect_review"] and "outlier" not in r["tags"]
        if clean != ("clean" in r["tags"]):
            fail("%s: clean tag wrong" % w)
        if "outlier" in r["tags"]:
            if r["expect_review"] or r.get("expect_review_with_history") is not True:
                fail("%s: outlier review flags" % w)
            for l in r["lines"]:
                prev = [
                    hl["quantity"]
                    for o in HIST[r["customer"]]["orders"]
                    for hl in o["lines"]
                    if hl["sku"] == l["sku"]
                ]
                if not prev or l["quantity"] < 4 * max(prev):
                    fail("%s: outlier not 4x the largest earlier quantity" % w)
    if ("change_lines" in r) != (r["intent"] == "CHANGE"):
        fail("%s: change_lines only and always on CHANGE" % w)
    for l in r.get("change_lines", []):
        check_line(l, w + " change", False, True, "", order_row=False)
    t = r["text"].lower()
    for p in cat["products"]:
        for ex in p["ai_training_examples"]:
            if ex.lower() in t:
                fail("%s: training example of %s in text" % (w, p["sku"]))
    for ph in re.findall(r"\+?\d[\d ]{8,}\d", r["text"]):
        d = ph.replace(" ", "")
        if not (d.startswith("+447700900") or d.startswith("07700900") or d.startswith("02079460")):
            fail("%s: phone-like number not a drama number: %s" % (w, ph))
    for em in re.findall(r"[\w.+-]+@[\w.-]+", r["text"]):
        if not em.endswith(".example"):
            fail("%s: e-mail not under .example" % w)
for h in hist:
    a = h["address"]
    if "@" in a:
        if not a.endswith(".example"):
            fail("address not .example: " + a)
    elif not a.startswith("+447700900"):
        fail("address not a drama number: " + a)

# similarity
maxsim = 0.0
for i in range(len(texts)):
    for j in range(i + 1, len(texts)):
        sm = difflib.SequenceMatcher(None, texts[i], texts[j])
        if sm.real_quick_ratio() <= maxsim or sm.quick_ratio() <= maxsim:
            continue
        r_ = sm.ratio()
        maxsim = max(maxsim, r_)
for i in range(len(texts)):
    for j in range(i + 1, len(texts)):
        sm = difflib.SequenceMatcher(None, texts[i], texts[j])
        if sm.real_quick_ratio() >= 0.7 and sm.quick_ratio() >= 0.7 and sm.ratio() >= 0.7:
            fail("texts too similar: %s %s %.2f" % (ids[i], ids[j], sm.ratio()))

orders = [r for r in rows if r["intent"] == "ORDER"]
clean = [r for r in rows if "clean" in r["tags"]]
if len(rows) < 180:
    fail("fewer than 180 messages")
if len(clean) < 0.4 * len(rows):
    fail("clean share below 40%")

# ---- figures
print(
    "catalog: %d categories (%d top-level), %d products, %d with variants, %d variants; units %s"
    % (
        len(cat["categories"]),
        sum(1 for c in cat["categories"] if c["parent"] is None),
        len(cat["products"]),
        nvar,
        sum(len(p["variants"]) for p in cat["products"]),
        dict(Counter(p["unit"] for p in cat["products"]).most_common()),
    )
)
ho = [o for h in hist for o in h["orders"]]
print(
    "histories: %d customers, %d with orders, %d orders, %d lines, %s to %s"
    % (
        len(hist),
        sum(1 for h in hist if h["orders"]),
        len(ho),
        sum(len(o["lines"]) for o in ho),
        min(o["date"] for o in ho),
        max(o["date"] for o in ho),
    )
)
print(
    "messages: %d, dates %s to %s" % (len(rows), min(r["date"] for r in rows), max(r["date"] for r in rows))
)
print("intents:", dict(Counter(r["intent"] for r in rows).most_common()))
print("channels:", dict(Counter(r["channel"] for r in rows).most_common()))
print(
    "languages:",
    dict(Counter(r["language"] for r in rows).most_common()),
    "; non-English ORDER:",
    sum(1 for r in orders if r["language"] != "en"),
)
L = [l for r in orders for l in r["lines"]]
print(
    "order lines: %d; null sku %d (ambiguous %d, not in catalog %d); of a product with variants %d (no variant %d); null quantity %d"
    % (
        len(L),
        sum(1 for l in L if l["sku"] is None),
        sum(1 for l in L if "candidates" in l),
        sum(1 for l in L if l["sku"] is None and "candidates" not in l),
        sum(1 for l in L if "variant" in l),
        sum(1 for l in L if "variant" in l and l["variant"] is None),
        sum(1 for l in L if l["quantity"] is None),
    )
)
ship = [r for r in orders if not r["expect_review"]]
print(
    "review: %d ORDER shippable (%d clean + %d outliers), %d in review; clean %d of %d = %.1f%%"
    % (
        len(ship),
        len(clean),
        len(ship) - len(clean),
        len(orders) - len(ship),
        len(clean),
        len(rows),
        100.0 * len(clean) / len(rows),
    )
)
wh = [r for r in rows if "lines_with_history" in r]
print(
    "history rows: %d; review->no review %d; keep review %d; no review->review %d; shippable with history %d of %d"
    % (
        len(wh),
        sum(1 for r in wh if r["expect_review"] and not r["expect_review_with_history"]),
        sum(1 for r in wh if r["expect_review"] and r["expect_review_with_history"]),
        sum(1 for r in wh if not r["expect_review"] and r["expect_review_with_history"]),
        sum(1 for r in orders if not r.get("expect_review_with_history", r["expect_review"])),
        len(orders),
    )
)
cov = set(l["sku"] for l in L if l["sku"]) | set(s for l in L for s in l.get("candidates", []))
cov |= set(l["sku"] for r in rows for l in r.get("change_lines", []))
print("coverage: %d of %d products in a label or as a candidate" % (len(cov & set(PROD)), len(PROD)))
print("tags:", ", ".join("%s %d" % kv for kv in Counter(t for r in rows for t in r["tags"]).most_common()))
print("highest difflib ratio between two texts: %.2f" % maxsim)
if ERR:
    for e in ERR:
        print("FAIL:", e)
    sys.exit(1)
print("OK")
