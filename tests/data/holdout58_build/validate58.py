# ruff: noqa  (hand-written data generator of blind set 58, kept as its writer left it)
"""Checks catalog58.json, holdout58.jsonl and histories58.jsonl; prints the figures; exits 1 on any failure."""

import collections
import difflib
import json
import os
import re
import sys

from cat58 import FAMILY_WORDS

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
ERR = []


def err(msg):
    ERR.append(msg)


def load_jsonl(name):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for i, s in enumerate(f, 1):
            try:
                rows.append(json.loads(s))
            except ValueError as e:
                err("%s line %d: invalid JSON (%s)" % (name, i, e))
    return rows


try:
    with open(os.path.join(OUT, "catalog58.json"), encoding="utf-8") as f:
        cat = json.load(f)
except ValueError as e:
    print("catalog58.json invalid JSON", e)
    sys.exit(1)
rows = load_jsonl("holdout58.jsonl")
hists = load_jsonl("histories58.jsonl")

UNITS = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tray", "box", "tub"}
VTYPES = {"SIZE", "COLOR", "VOLUME", "WEIGHT"}
PRICE = re.compile(r"^\d+\.\d\d$")
INTENTS = {"ORDER", "QUESTION", "COMPLAINT", "OTHER", "CANCEL", "CHANGE"}
NOTE_PHRASES = ("ambiguous", "not in catalog", "quantities not stated", "not a whole number")

# ---------------------------------------------------------------- catalog
seen_cat = set()
for c in cat["categories"]:
    if c["parent"] is not None and c["parent"] not in seen_cat:
        err("category %s listed before its parent" % c["name"])
    seen_cat.add(c["name"])
prods = {}
vskus = set()
alias_owner = {}
fam = set(w.lower() for w in FAMILY_WORDS)
for p in cat["products"]:
    if p["sku"] in prods:
        err("duplicate sku %s" % p["sku"])
    prods[p["sku"]] = p
    if p["category"] not in seen_cat:
        err("%s: unknown category" % p["sku"])
    if p["unit"] not in UNITS:
        err("%s: bad unit %s" % (p["sku"], p["unit"]))
    if not PRICE.match(p["unit_price"]):
        err("%s: bad price" % p["sku"])
    als = [a.lower() for a in p["aliases"]]
    for v in p["variants"]:
        if v["variant_type"] not in VTYPES:
            err("%s/%s: bad variant type" % (p["sku"], v["name"]))
        if not v.get("sku") or not PRICE.match(v.get("unit_price", "")):
            err("%s/%s: variant without its own sku and unit_price" % (p["sku"], v["name"]))
        if v.get("sku") in vskus or v.get("sku") in prods:
            err("variant sku %s not unique" % v.get("sku"))
        vskus.add(v.get("sku"))
        als += [a.lower() for a in v.get("ai_aliases", [])]
    if len({v["name"] for v in p["variants"]}) != len(p["variants"]):
        err("%s: duplicate variant names" % p["sku"])
    for a in als:
        if a in alias_owner and alias_owner[a] != p["sku"]:
            err("alias %r shared by %s and %s" % (a, alias_owner[a], p["sku"]))
        alias_owner[a] = p["sku"]
        if a in fam:
            err("alias %r of %s is a bare family word" % (a, p["sku"]))
if vskus & set(prods):
    err("variant sku equals a product sku")
n_var = sum(1 for p in prods.values() if p["variants"])
if not 90 <= len(prods) <= 130:
    err("product count %d outside 90-130" % len(prods))
if not 12 <= n_var <= 20:
    err("products with variants %d outside 12-20" % n_var)


def vnames(sku):
    return [v["name"] for v in prods[sku]["variants"]]


def check_line(ctx, ln, allow_open=True):
    sku = ln.get("sku")
    if sku is not None and sku not in prods:
        err("%s: unknown sku %s" % (ctx, sku))
        return
    if sku is not None:
        if prods[sku]["variants"]:
            if "variant" not in ln:
                err("%s: %s lacks a variant key" % (ctx, sku))
            elif ln["variant"] is not None and ln["variant"] not in vnames(sku):
                err("%s: %s has no variant %r" % (ctx, sku, ln["variant"]))
        elif "variant" in ln:
            err("%s: variant key on %s, which has no variants" % (ctx, sku))
        if "candidates" in ln:
            err("%s: candidates on a line with a sku" % ctx)
    else:
        if "variant" in ln:
            err("%s: variant key on a null-sku line" % ctx)
        if "candidates" in ln:
            cs = ln["candidates"]
            if len(cs) < 2:
                err("%s: fewer than two candidates" % ctx)
            for cnd in cs:
                if cnd not in prods:
                    err("%s: unknown candidate %s" % (ctx, cnd))
            cv = ln.get("candidate_variant")
            if cv and not any(
                cv in vnames(cnd) or cv.lower() in prods[cnd]["name"].lower() for cnd in cs if cnd in prods
            ):
                err("%s: candidate_variant %r fits no candidate" % (ctx, cv))
        elif "candidate_variant" in ln:
            err("%s: candidate_variant without candidates" % ctx)
    q = ln.get("quantity")
    if q is not None and (not isinstance(q, (int, float)) or q <= 0):
        err("%s: bad quantity %r" % (ctx, q))
    if not allow_open and is_open(ln):
        err("%s: open line where none is allowed" % ctx)


def is_open(ln):
    s = ln.get("sku")
    return (
        s is None
        or ln.get("quantity") is None
        or (s in prods and prods[s]["variants"] and ln.get("variant") is None)
    )


def is_fraction(ln):
    q = ln.get("quantity")
    s = ln.get("sku")
    return s in prods and q is not None and q != int(q) and prods[s]["unit"] != "kg"


# ---------------------------------------------------------------- histories
hist = {}
for h in hists:
    for k in ("customer", "name", "kind", "channel", "address", "language", "orders"):
        if k not in h:
            err("history %s lacks %s" % (h.get("customer"), k))
    hist[h["customer"]] = h
    prev = ""
    for o in h["orders"]:
        if o["date"] <= prev:
            err("history %s: dates not increasing" % h["customer"])
        prev = o["date"]
        for ln in o["lines"]:
            check_line("history %s %s" % (h["customer"], o["date"]), ln, allow_open=False)
new_customers = [c for c, h in hist.items() if not h["orders"]]
if len(new_customers) != 2:
    err("expected two first-time customers, found %d" % len(new_customers))

# ---------------------------------------------------------------- messages
for i, r in enumerate(rows, 1):
    if r.get("id") != "ea%03d" % i:
        err("id %r out of sequence at row %d" % (r.get("id"), i))
min_date = {}
for r in rows:
    ctx = r["id"]
    if r["intent"] not in INTENTS:
        err("%s: bad intent" % ctx)
    if r["channel"] not in ("WHATSAPP", "SMS", "EMAIL"):
        err("%s: bad channel" % ctx)
    if r["customer"] not in hist:
        err("%s: unknown customer" % ctx)
        continue
    if not r["date"] > "2028-06-01":
        err("%s: date not after 2028-06-01" % ctx)
    min_date[r["customer"]] = min(min_date.get(r["customer"], "9999"), r["date"])
    tags = set(r["tags"])
    notes = r.get("notes", "")
    for j, ln in enumerate(r["lines"]):
        check_line("%s line %d" % (ctx, j), ln)
    for j, ln in enumerate(r.get("lines_with_history", [])):
        check_line("%s history line %d" % (ctx, j), ln)
    for j, ln in enumerate(r.get("change_lines", [])):
        check_line("%s change line %d" % (ctx, j), ln, allow_open=False)
    if r["intent"] != "ORDER":
        if r["lines"]:
            err("%s: non-ORDER row with lines" % ctx)
        for k in ("expect_review", "lines_with_history", "expect_review_with_history"):
            if k in r:
                err("%s: non-ORDER row with %s" % (ctx, k))
    else:
        if "expect_review" not in r:
            err("%s: ORDER row without expect_review" % ctx)
        for which, lines, rev in (
            ("", r["lines"], r.get("expect_review")),
            (" (history)", r.get("lines_with_history"), r.get("expect_review_with_history")),
        ):
            if lines is None:
                continue
            for ln in lines:
                if is_open(ln) and rev is not True:
                    err("%s%s: open line on a shippable row" % (ctx, which))
                if is_fraction(ln) and rev is not True:
                    err("%s%s: fractional quantity on a shippable row" % (ctx, which))
                if ln.get("sku") is None and ln.get("candidates") and "ambiguous" not in notes:
                    err("%s: candidate line without 'ambiguous' in notes" % ctx)
                if ln.get("sku") is None and not ln.get("candidates") and "not in catalog" not in notes:
                    err("%s: not-in-catalog line without the note" % ctx)
                if (
                    ln.get("sku")
                    and prods[ln["sku"]]["variants"]
                    and ln.get("variant") is None
                    and "ambiguous" not in notes
                ):
                    err("%s: null variant without 'ambiguous' in notes" % ctx)
                if ln.get("quantity") is None and not (
                    "quantities not stated" in notes or "not a whole number" in notes
                ):
                    err("%s: null quantity without the note" % ctx)
        if ("reference" in tags) and r.get("expect_review") is not True:
            err("%s: reference row not in review" % ctx)
        shippable = r.get("expect_review") is False
        if ("clean" in tags) != (shippable and "outlier" not in tags):
            err("%s: clean tag wrong" % ctx)
        if "outlier" in tags:
            if r.get("expect_review") is not False or r.get("expect_review_with_history") is not True:
                err("%s: outlier review fields wrong" % ctx)
            earlier = collections.defaultdict(float)
            for o in hist[r["customer"]]["orders"]:
                for ln in o["lines"]:
                    earlier[ln["sku"]] = max(earlier[ln["sku"]], ln["quantity"])
            if not any(
                ln["sku"] and earlier[ln["sku"]] and ln["quantity"] >= 4 * earlier[ln["sku"]]
                for ln in r["lines"]
            ):
                err("%s: outlier is not 4x the largest earlier quantity" % ctx)
    if ("lines_with_history" in r) != ("expect_review_with_history" in r):
        err("%s: history fields do not come together" % ctx)
    if "lines_with_history" in r:
        same = json.dumps(r["lines_with_history"], sort_keys=True) == json.dumps(r["lines"], sort_keys=True)
        if same and r["expect_review_with_history"] == r["expect_review"]:
            err("%s: history fields that change nothing" % ctx)
    if ("change_lines" in r) != (r["intent"] == "CHANGE"):
        err("%s: change_lines only and always on CHANGE" % ctx)
for c, d in min_date.items():
    for o in hist[c]["orders"]:
        if o["date"] >= d:
            err("history of %s not before its first message" % c)

# ---------------------------------------------------------------- training examples, phones, e-mail
texts = [r["text"] for r in rows]
for p in prods.values():
    for ex in p["ai_training_examples"]:
        for r in rows:
            if ex.lower() in r["text"].lower():
                err("training example of %s inside %s" % (p["sku"], r["id"]))
PHONE = re.compile(r"(?:\+44\s?|0)\d[\d ]{8,12}\d")
DRAMA = [re.compile(r"^\+447700900\d{3}$"), re.compile(r"^07700900\d{3}$"), re.compile(r"^02079460\d{3}$")]


def drama(num):
    n = num.replace(" ", "")
    return any(d.match(n) for d in DRAMA)


for r in rows:
    for num in PHONE.findall(r["text"]):
        if not drama(num):
            err("%s: phone %r is not a drama number" % (r["id"], num))
    for em in re.findall(r"[\w.+-]+@[\w.-]+", r["text"]):
        if not em.endswith(".example"):
            err("%s: e-mail %s not under .example" % (r["id"], em))
for h in hists:
    a = h["address"]
    if "@" in a:
        if not a.endswith(".example"):
            err("history %s: e-mail not under .example" % h["customer"])
    elif not drama(a):
        err("history %s: address %s is not a drama number" % (h["customer"], a))

# ---------------------------------------------------------------- similarity, size, clean share
best = (0, None, None)
for i in range(len(texts)):
    for j in range(i + 1, len(texts)):
        sm = difflib.SequenceMatcher(None, texts[i], texts[j])
        if sm.real_quick_ratio() < best[0] and sm.real_quick_ratio() < 0.7:
            continue
        if sm.quick_ratio() < max(best[0], 0.0) and sm.quick_ratio() < 0.7:
            continue
        rt = sm.ratio()
        if rt >= 0.7:
            err("texts %s and %s too similar (%.2f)" % (rows[i]["id"], rows[j]["id"], rt))
        if rt > best[0]:
            best = (rt, rows[i]["id"], rows[j]["id"])
n = len(rows)
clean = sum(1 for r in rows if "clean" in r["tags"])
if n < 180:
    err("only %d messages" % n)
if clean < 0.4 * n:
    err("clean %d is under 40%% of %d" % (clean, n))

# ---------------------------------------------------------------- figures
orders = [r for r in rows if r["intent"] == "ORDER"]
print(
    "catalog: %d categories (%d top-level), %d products, %d with variants (%d variants)"
    % (
        len(cat["categories"]),
        sum(1 for c in cat["categories"] if c["parent"] is None),
        len(prods),
        n_var,
        sum(len(p["variants"]) for p in prods.values()),
    )
)
print("units:", dict(collections.Counter(p["unit"] for p in prods.values()).most_common()))
ho = sum(len(h["orders"]) for h in hists)
hl = sum(len(o["lines"]) for h in hists for o in h["orders"])
alld = [o["date"] for h in hists for o in h["orders"]]
print(
    "histories: %d customers, %d orders, %d lines, %s to %s, first-time: %s"
    % (len(hists), ho, hl, min(alld), max(alld), ", ".join(sorted(new_customers)))
)
print("messages: %d, dates %s to %s" % (n, min(r["date"] for r in rows), max(r["date"] for r in rows)))
print("intents:", dict(collections.Counter(r["intent"] for r in rows).most_common()))
print("channels:", dict(collections.Counter(r["channel"] for r in rows).most_common()))
print(
    "languages:",
    dict(collections.Counter(r["language"] for r in rows).most_common()),
    "non-English ORDER:",
    sum(1 for r in orders if r["language"] != "en"),
)
lines = [ln for r in orders for ln in r["lines"]]
print(
    "order lines: %d; null sku %d (%d with candidates, %d not in catalog); variant-product lines %d "
    "(%d without variant); null quantity %d"
    % (
        len(lines),
        sum(1 for x in lines if x["sku"] is None),
        sum(1 for x in lines if x["sku"] is None and x.get("candidates")),
        sum(1 for x in lines if x["sku"] is None and not x.get("candidates")),
        sum(1 for x in lines if x["sku"] and prods[x["sku"]]["variants"]),
        sum(1 for x in lines if x["sku"] and prods[x["sku"]]["variants"] and x.get("variant") is None),
        sum(1 for x in lines if x["quantity"] is None),
    )
)
ship = sum(1 for r in orders if r["expect_review"] is False)
print(
    "review: %d shippable (%d clean + %d outliers), %d expect_review; clean %d of %d = %.1f%%"
    % (ship, clean, ship - clean, len(orders) - ship, clean, n, 100.0 * clean / n)
)
wh = [r for r in orders if "lines_with_history" in r]
print(
    "history rows: %d; review->no review %d; stay in review %d; no review->review %d; shippable with history %d"
    % (
        len(wh),
        sum(1 for r in wh if r["expect_review"] and not r["expect_review_with_history"]),
        sum(1 for r in wh if r["expect_review"] and r["expect_review_with_history"]),
        sum(1 for r in wh if not r["expect_review"] and r["expect_review_with_history"]),
        sum(1 for r in orders if not r.get("expect_review_with_history", r["expect_review"])),
    )
)
used = set()
for r in rows:
    for ln in r["lines"] + r.get("change_lines", []) + r.get("lines_with_history", []):
        if ln["sku"]:
            used.add(ln["sku"])
        used.update(ln.get("candidates", []))
print("coverage: %d of %d products in a label or as a candidate" % (len(used & set(prods)), len(prods)))
print(
    "tags:",
    ", ".join("%s %d" % kv for kv in collections.Counter(t for r in rows for t in r["tags"]).most_common()),
)
print("highest difflib ratio between two texts: %.2f (%s, %s)" % best)
if ERR:
    print("\nFAILED (%d):" % len(ERR))
    for e in ERR:
        print(" -", e)
    sys.exit(1)
print("\nall checks passed")
