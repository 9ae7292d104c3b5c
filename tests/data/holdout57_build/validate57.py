# ruff: noqa  (hand-written data generator of blind set 57, kept as its writer left it)
# -*- coding: utf-8 -*-
"""Checks catalog57.json, histories57.jsonl and holdout57.jsonl; prints the figures; exits 1 on any failure."""

import collections
import difflib
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cat57  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
ERR = []


def fail(msg):
    ERR.append(msg)


def load_jsonl(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                fail("%s line %d: invalid JSON (%s)" % (path, i, e))
    return rows


try:
    with open(os.path.join(OUT, "catalog57.json"), encoding="utf-8") as f:
        CAT = json.load(f)
except ValueError as e:
    print("catalog57.json invalid JSON:", e)
    sys.exit(1)
HIST = load_jsonl(os.path.join(OUT, "histories57.jsonl"))
ROWS = load_jsonl(os.path.join(OUT, "holdout57.jsonl"))

UNITS = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tray", "box", "tub"}
VTYPES = {"SIZE", "COLOR", "VOLUME", "WEIGHT"}
PRICE = re.compile(r"^\d+\.\d\d$")

# ------------------------------------------------------------------------------------------------ catalog
PRODS = {p["sku"]: p for p in CAT["products"]}
VARN = {s: [v["name"] for v in p["variants"]] for s, p in PRODS.items()}
HASV = {s: bool(v) for s, v in VARN.items()}
seen_cats = set()
for c in CAT["categories"]:
    if c["parent"] is not None and c["parent"] not in seen_cats:
        fail("category %s listed before its parent" % c["name"])
    seen_cats.add(c["name"])
allskus = collections.Counter()
aliases = collections.Counter()
famwords = set(w.lower() for w in cat57.FAMILY_WORDS)
for p in CAT["products"]:
    allskus[p["sku"]] += 1
    if p["category"] not in seen_cats:
        fail("%s: unknown category" % p["sku"])
    if p["unit"] not in UNITS:
        fail("%s: bad unit %s" % (p["sku"], p["unit"]))
    if not PRICE.match(p["unit_price"]) or float(p["unit_price"]) <= 0:
        fail("%s: bad price" % p["sku"])
    for a in p["aliases"]:
        aliases[a.lower()] += 1
    for v in p["variants"]:
        if v["variant_type"] not in VTYPES:
            fail("%s: bad variant type" % p["sku"])
        if not v.get("sku") or not PRICE.match(v.get("unit_price", "")) or float(v["unit_price"]) <= 0:
            fail("%s/%s: variant without own sku or price" % (p["sku"], v["name"]))
        allskus[v.get("sku")] += 1
        for a in v.get("ai_aliases", []):
            aliases[a.lower()] += 1
    if len(set(VARN[p["sku"]])) != len(VARN[p["sku"]]):
        fail("%s: duplicate variant names" % p["sku"])
for s, n in allskus.items():
    if n > 1:
        fail("sku %s used %d times" % (s, n))
for a, n in aliases.items():
    if n > 1:
        fail("alias %r shared" % a)
    if a in famwords:
        fail("alias %r is a bare family word" % a)
for fam, cands in cat57.FAMILIES.items():
    for c in cands:
        if c not in PRODS:
            fail("family %s: unknown %s" % (fam, c))
NPROD = len(PRODS)
NVARP = sum(1 for s in HASV if HASV[s])
if not 90 <= NPROD <= 130:
    fail("%d products (want 90-130)" % NPROD)
if not 12 <= NVARP <= 20:
    fail("%d products with variants (want 12-20)" % NVARP)
TRAIN = [t.lower() for p in CAT["products"] for t in p.get("ai_training_examples", [])]


# ------------------------------------------------------------------------------------------------ lines
def check_line(ln, where, allow_null=True):
    sku = ln.get("sku", "MISSING")
    if sku == "MISSING":
        fail(where + ": line without sku key")
        return
    if sku is not None:
        if sku not in PRODS:
            fail(where + ": unknown sku %s" % sku)
            return
        if HASV[sku]:
            if "variant" not in ln:
                fail(where + ": %s without variant key" % sku)
            elif ln["variant"] is not None and ln["variant"] not in VARN[sku]:
                fail(where + ": %s unknown variant %r" % (sku, ln["variant"]))
            elif ln["variant"] is None and not allow_null:
                fail(where + ": null variant")
        elif "variant" in ln:
            fail(where + ": variant key on %s (no variants)" % sku)
        if "candidates" in ln:
            fail(where + ": candidates on a line with a sku")
    else:
        if "variant" in ln:
            fail(where + ": variant key on a null-sku line")
        if "candidates" in ln:
            cs = ln["candidates"]
            if len(cs) < 2 or len(set(cs)) != len(cs):
                fail(where + ": fewer than two candidates")
            for c in cs:
                if c not in PRODS:
                    fail(where + ": unknown candidate %s" % c)
            cv = ln.get("candidate_variant")
            if cv and not any(
                cv in VARN.get(c, []) or cv.lower() in PRODS.get(c, {}).get("name", "").lower() for c in cs
            ):
                fail(where + ": candidate_variant %r fits no candidate" % cv)
        elif "candidate_variant" in ln:
            fail(where + ": candidate_variant without candidates")
        if not allow_null:
            fail(where + ": null sku")
    if "quantity" not in ln:
        fail(where + ": no quantity key")
    elif ln["quantity"] is None and not allow_null:
        fail(where + ": null quantity")
    elif ln["quantity"] is not None and (not isinstance(ln["quantity"], (int, float)) or ln["quantity"] <= 0):
        fail(where + ": bad quantity")


def is_open(ln):
    if ln["sku"] is None or ln["quantity"] is None:
        return True
    if HASV[ln["sku"]] and ln.get("variant") is None:
        return True
    return not float(ln["quantity"]).is_integer()


# ------------------------------------------------------------------------------------------------ histories
HBY = {}
for h in HIST:
    for k in ("customer", "name", "kind", "channel", "address", "language", "orders"):
        if k not in h:
            fail("history %s: missing %s" % (h.get("customer"), k))
    HBY[h["customer"]] = h
    prev = ""
    for o in h["orders"]:
        if o["date"] <= prev:
            fail("history %s: dates not increasing" % h["customer"])
        prev = o["date"]
        for ln in o["lines"]:
            check_line(ln, "history %s %s" % (h["customer"], o["date"]), allow_null=False)

# ------------------------------------------------------------------------------------------------ holdout
ids = [r.get("id") for r in ROWS]
if ids != ["ce%03d" % i for i in range(1, len(ROWS) + 1)]:
    fail("ids do not run ce001... without gaps")
INTENTS = {"ORDER", "QUESTION", "COMPLAINT", "OTHER", "CANCEL", "CHANGE"}
for r in ROWS:
    rid = r.get("id")
    for k in ("id", "channel", "customer", "date", "language", "text", "intent", "lines", "notes", "tags"):
        if k not in r:
            fail("%s: missing %s" % (rid, k))
    if r["intent"] not in INTENTS:
        fail("%s: bad intent" % rid)
    if r["channel"] not in ("WHATSAPP", "SMS", "EMAIL"):
        fail("%s: bad channel" % rid)
    if r["customer"] not in HBY:
        fail("%s: unknown customer" % rid)
        continue
    if r["date"] <= "2028-06-01":
        fail("%s: date not after 2028-06-01" % rid)
    for o in HBY[r["customer"]]["orders"]:
        if o["date"] >= r["date"]:
            fail("%s: history order %s not before message" % (rid, o["date"]))
    notes = r["notes"].lower()
    tags = r["tags"]
    for t in TRAIN:
        if t in r["text"].lower():
            fail("%s: training example inside text" % rid)
    hist_fields = [k for k in ("lines_with_history", "expect_review_with_history") if k in r]
    if r["intent"] != "ORDER":
        if r["lines"]:
            fail("%s: non-order with lines" % rid)
        for k in ("expect_review", "lines_with_history", "expect_review_with_history"):
            if k in r:
                fail("%s: non-order with %s" % (rid, k))
        if "clean" in tags:
            fail("%s: clean on a non-order" % rid)
    else:
        if "expect_review" not in r:
            fail("%s: ORDER without expect_review" % rid)
            continue
        if len(hist_fields) == 1:
            fail("%s: history fields not together" % rid)
        sets = [("lines", r["lines"], r["expect_review"])]
        if hist_fields and len(hist_fields) == 2:
            sets.append(("lines_with_history", r["lines_with_history"], r["expect_review_with_history"]))
            if (
                r["lines_with_history"] == r["lines"]
                and r["expect_review_with_history"] == r["expect_review"]
            ):
                fail("%s: history fields that change nothing" % rid)
        for name, lines, rev in sets:
            for i, ln in enumerate(lines):
                check_line(ln, "%s %s[%d]" % (rid, name, i))
                if is_open(ln):
                    if not rev:
                        fail("%s %s[%d]: open line on a shippable row" % (rid, name, i))
                    if ln["sku"] is None and ln.get("candidates") and "ambiguous" not in notes:
                        fail("%s: candidates but notes lack 'ambiguous'" % rid)
                    if ln["sku"] is None and not ln.get("candidates") and "not in catalog" not in notes:
                        fail("%s: not-in-catalog line but notes lack the phrase" % rid)
                    if (
                        ln["sku"] is not None
                        and HASV[ln["sku"]]
                        and ln.get("variant") is None
                        and "ambiguous" not in notes
                    ):
                        fail("%s: null variant but notes lack 'ambiguous'" % rid)
                    if (
                        ln["quantity"] is None
                        and "quantities not stated" not in notes
                        and "not a whole number" not in notes
                    ):
                        fail("%s: null quantity but notes lack the phrase" % rid)
        if "reference" in tags and not r["expect_review"]:
            fail("%s: reference row not in review" % rid)
        outlier = "outlier" in tags
        if outlier:
            if r["expect_review"] or r.get("expect_review_with_history") is not True:
                fail("%s: outlier review fields wrong" % rid)
            for ln in r["lines"]:
                earlier = [
                    h["quantity"]
                    for o in HBY[r["customer"]]["orders"]
                    for h in o["lines"]
                    if h["sku"] == ln["sku"] and h.get("variant") == ln.get("variant")
                ]
                if earlier and ln["quantity"] < 4 * max(earlier):
                    fail("%s: outlier below 4x the largest earlier quantity" % rid)
                if not earlier:
                    fail("%s: outlier on a product never bought" % rid)
        shippable = not r["expect_review"] and not outlier
        if shippable != ("clean" in tags):
            fail("%s: clean tag does not match" % rid)
    if ("change_lines" in r) != (r["intent"] == "CHANGE"):
        fail("%s: change_lines only and always on CHANGE" % rid)
    for i, ln in enumerate(r.get("change_lines", [])):
        check_line(ln, "%s change_lines[%d]" % (rid, i), allow_null=False)

# phones and e-mail
DRAMA = [re.compile(r"^(?:\+?44|0)7700900\d{3}$"), re.compile(r"^(?:\+?44|0)2079460\d{3}$")]
PHONE = re.compile(r"(?<![\w-])\+?\d[\d ]{8,15}\d(?![\w-])")
EMAIL = re.compile(r"[\w.+-]+@[\w.-]+")


def check_contacts(text, where):
    for m in PHONE.finditer(text):
        digits = re.sub(r"\D", "", m.group(0))
        if len(digits) < 10:
            continue
        if not any(
            p.match(("+" if m.group(0).startswith("+") else "") + digits) or p.match(digits) for p in DRAMA
        ):
            fail("%s: non-drama phone number %r" % (where, m.group(0)))
    for m in EMAIL.finditer(text):
        if not m.group(0).rstrip(".").endswith(".example"):
            fail("%s: e-mail %r not under .example" % (where, m.group(0)))


for r in ROWS:
    check_contacts(r["text"], r["id"])
for h in HIST:
    check_contacts(h["address"], "history " + h["customer"])
    if h["channel"] == "EMAIL" and "@" not in h["address"]:
        fail("history %s: e-mail customer without an address" % h["customer"])

# similarity
texts = [(r["id"], r["text"]) for r in ROWS]
hi = 0.0
for i in range(len(texts)):
    for j in range(i + 1, len(texts)):
        sm = difflib.SequenceMatcher(None, texts[i][1], texts[j][1])
        floor = min(hi, 0.7)
        if sm.real_quick_ratio() < floor or sm.quick_ratio() < floor:
            continue
        rr = sm.ratio()
        hi = max(hi, rr)
        if rr >= 0.7:
            fail("%s and %s: difflib ratio %.2f" % (texts[i][0], texts[j][0], rr))

orders = [r for r in ROWS if r["intent"] == "ORDER"]
clean = [r for r in ROWS if "clean" in r["tags"]]
if len(ROWS) < 180:
    fail("only %d messages" % len(ROWS))
if len(clean) < 0.4 * len(ROWS):
    fail("clean orders %d of %d, below 40%%" % (len(clean), len(ROWS)))

# ------------------------------------------------------------------------------------------------ figures
C = collections.Counter


def fmt(counter):
    return ", ".join("%s %d" % (k, v) for k, v in counter.most_common())


print(
    "catalog: %d categories (%d top-level), %d products, %d with variants, %d variants; units: %s"
    % (
        len(CAT["categories"]),
        sum(1 for c in CAT["categories"] if c["parent"] is None),
        NPROD,
        NVARP,
        sum(len(v) for v in VARN.values()),
        fmt(C(p["unit"] for p in CAT["products"])),
    )
)
nord = sum(len(h["orders"]) for h in HIST)
nl = sum(len(o["lines"]) for h in HIST for o in h["orders"])
dts = sorted(o["date"] for h in HIST for o in h["orders"])
print(
    "histories: %d customers (%d first-time), %d orders, %d lines, %s to %s"
    % (len(HIST), sum(1 for h in HIST if not h["orders"]), nord, nl, dts[0], dts[-1])
)
print(
    "messages: %d, dates %s to %s" % (len(ROWS), min(r["date"] for r in ROWS), max(r["date"] for r in ROWS))
)
print("intents:", fmt(C(r["intent"] for r in ROWS)))
print("channels:", fmt(C(r["channel"] for r in ROWS)))
print(
    "languages:",
    fmt(C(r["language"] for r in ROWS)),
    "| non-English ORDER:",
    sum(1 for r in orders if r["language"] != "en"),
)
L = [ln for r in orders for ln in r["lines"]]
print(
    "order lines: %d; null sku %d (%d with candidates, %d not in catalog); of a product with variants %d "
    "(%d with no variant); null quantity %d; fractional %d"
    % (
        len(L),
        sum(1 for x in L if x["sku"] is None),
        sum(1 for x in L if x.get("candidates")),
        sum(1 for x in L if x["sku"] is None and not x.get("candidates")),
        sum(1 for x in L if x["sku"] and HASV[x["sku"]]),
        sum(1 for x in L if x["sku"] and HASV[x["sku"]] and x.get("variant") is None),
        sum(1 for x in L if x["quantity"] is None),
        sum(1 for x in L if x["quantity"] is not None and not float(x["quantity"]).is_integer()),
    )
)
outl = [r for r in orders if "outlier" in r["tags"]]
print(
    "review: %d shippable (%d clean + %d outliers), %d expect_review; clean %d of %d = %.1f%%"
    % (
        sum(1 for r in orders if not r["expect_review"]),
        len(clean),
        len(outl),
        sum(1 for r in orders if r["expect_review"]),
        len(clean),
        len(ROWS),
        100.0 * len(clean) / len(ROWS),
    )
)
wh = [r for r in orders if "lines_with_history" in r]
print(
    "history: lines_with_history on %d rows: %d review->no review, %d keep review, %d outliers "
    "(no review->review); with history %d of %d orders shippable"
    % (
        len(wh),
        sum(1 for r in wh if r["expect_review"] and not r["expect_review_with_history"]),
        sum(1 for r in wh if r["expect_review"] and r["expect_review_with_history"]),
        sum(1 for r in wh if not r["expect_review"] and r["expect_review_with_history"]),
        sum(1 for r in orders if not r.get("expect_review_with_history", r["expect_review"])),
        len(orders),
    )
)
cov = set()
for r in ROWS:
    for ln in r["lines"] + r.get("change_lines", []):
        if ln["sku"]:
            cov.add(ln["sku"])
        cov.update(ln.get("candidates", []))
print("coverage: %d of %d products in a label or as a candidate" % (len(cov), NPROD))
missing = sorted(set(PRODS) - cov)
if missing:
    print("  not covered:", ", ".join(missing))
print("tags:", fmt(C(t for r in ROWS for t in r["tags"])))
print("highest difflib ratio between two texts: %.2f" % hi)
if ERR:
    print("\nFAILED (%d):" % len(ERR))
    for e in ERR:
        print("  " + e)
    sys.exit(1)
print("\nall checks passed")
