# ruff: noqa  (hand-written data generator of blind set 51, kept as its writer left it)
"""Checks catalog51.json, holdout51.jsonl and histories51.jsonl (in the parent folder) and prints the figures."""

import collections
import difflib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import cat51  # noqa: E402

D = os.path.dirname(HERE)
ERR = []


def err(msg):
    ERR.append(msg)


cat = json.load(open(os.path.join(D, "catalog51.json"), encoding="utf-8"))
rows = [json.loads(l) for l in open(os.path.join(D, "holdout51.jsonl"), encoding="utf-8")]
hists = [json.loads(l) for l in open(os.path.join(D, "histories51.jsonl"), encoding="utf-8")]
P = {p["sku"]: p for p in cat["products"]}
VN = {s: [v["name"] for v in p["variants"]] for s, p in P.items()}
H = {h["customer"]: h for h in hists}

# ---------------------------------------------------------------- catalog
UNITS = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tray", "box", "tub"}
seen_cat = set()
for c in cat["categories"]:
    if c["parent"] is not None and c["parent"] not in seen_cat:
        err("category parent after child: " + c["name"])
    seen_cat.add(c["name"])
if not 90 <= len(P) <= 130:
    err("product count %d" % len(P))
nvar = sum(1 for p in P.values() if p["variants"])
if not 12 <= nvar <= 20:
    err("products with variants %d" % nvar)
allskus = set()
aliases = {}
famw = set(w.lower() for w in cat51.FAMILY_WORDS)
for p in cat["products"]:
    if p["sku"] in allskus:
        err("dup sku " + p["sku"])
    allskus.add(p["sku"])
    if p["category"] not in seen_cat:
        err("bad category " + p["sku"])
    if p["unit"] not in UNITS:
        err("bad unit " + p["sku"])
    if not re.fullmatch(r"\d+\.\d\d", p["unit_price"]):
        err("bad price " + p["sku"])
    for a in p["aliases"] + [x for v in p["variants"] for x in v["ai_aliases"]]:
        k = a.lower()
        if k in aliases and aliases[k] != p["sku"]:
            err("shared alias %r" % a)
        aliases[k] = p["sku"]
        if k in famw:
            err("alias is a family word: %r" % a)
    for v in p["variants"]:
        if v["variant_type"] not in ("SIZE", "COLOR", "VOLUME", "WEIGHT"):
            err("bad variant type " + p["sku"])
        if not v.get("sku") or not re.fullmatch(r"\d+\.\d\d", v.get("unit_price", "")):
            err("variant without sku/price " + p["sku"])
        if v["sku"] in allskus:
            err("dup variant sku " + v["sku"])
        allskus.add(v["sku"])
examples = [e.lower() for p in cat["products"] for e in p["ai_training_examples"]]


def check_line(l, where, rid):
    s = l.get("sku")
    if s is not None:
        if s not in P:
            err("%s %s unknown sku %s" % (rid, where, s))
            return
        if VN[s]:
            if "variant" not in l:
                err("%s %s missing variant key %s" % (rid, where, s))
            elif l["variant"] is not None and l["variant"] not in VN[s]:
                err("%s %s bad variant %s" % (rid, where, l["variant"]))
        elif "variant" in l:
            err("%s %s variant on plain product %s" % (rid, where, s))
        if "candidates" in l:
            err("%s %s candidates on sku line" % (rid, where))
    else:
        if "variant" in l:
            err("%s %s variant on null sku" % (rid, where))
        if "candidates" in l:
            if len(l["candidates"]) < 2 or any(c not in P for c in l["candidates"]):
                err("%s %s bad candidates" % (rid, where))
            cv = l.get("candidate_variant")
            if cv and not any(cv in VN[c] for c in l["candidates"]):
                err("%s %s candidate_variant fits no candidate" % (rid, where))
    if "quantity" not in l:
        err("%s %s no quantity" % (rid, where))


def nullish(lines):
    return any(
        l["sku"] is None or l["quantity"] is None or ("variant" in l and l["variant"] is None) for l in lines
    )


# ---------------------------------------------------------------- histories
hl = 0
ho = 0
hdates = []
for h in hists:
    for o in h["orders"]:
        ho += 1
        hdates.append(o["date"])
        for l in o["lines"]:
            hl += 1
            check_line(l, "history", h["customer"])
            if l["sku"] is None or l["quantity"] is None or ("variant" in l and l["variant"] is None):
                err("incomplete history line " + h["customer"])
    if not (h["address"].endswith(".example") or re.fullmatch(r"\+447700900\d\d\d", h["address"])):
        err("bad address " + h["address"])

# ---------------------------------------------------------------- holdout
for i, r in enumerate(rows, 1):
    if r["id"] != "et%03d" % i:
        err("id gap at %d" % i)
texts = [r["text"] for r in rows]
for r in rows:
    rid = r["id"]
    if r["customer"] not in H:
        err(rid + " unknown customer")
    if r["date"] <= "2028-06-01":
        err(rid + " date too early")
    for o in H[r["customer"]]["orders"]:
        if o["date"] >= r["date"]:
            err(rid + " history not before message")
    low = r["text"].lower()
    for e in examples:
        if e in low:
            err(rid + " contains training example")
    for ph in re.findall(r"\+?\d[\d \-]{8,}\d", r["text"]):
        digits = re.sub(r"\D", "", ph)
        if len(digits) >= 10 and not (
            digits.startswith("447700900") or digits.startswith("07700900") or digits.startswith("02079460")
        ):
            err(rid + " non-drama phone " + ph)
    for em in re.findall(r"[\w.+-]+@[\w.-]+", r["text"]):
        if not em.rstrip(".").endswith(".example"):
            err(rid + " bad email " + em)
    tags = set(r["tags"])
    if r["intent"] == "ORDER":
        for l in r["lines"]:
            check_line(l, "lines", rid)
        if "expect_review" not in r:
            err(rid + " no review")
        rv = r["expect_review"]
        if nullish(r["lines"]) and not rv:
            err(rid + " null line on shippable row")
        if any(isinstance(l["quantity"], float) for l in r["lines"]) and not rv:
            err(rid + " fraction on shippable row")
        n = r["notes"]
        for l in r["lines"]:
            if l["sku"] is None and "candidates" in l and "ambiguous" not in n:
                err(rid + " notes lack ambiguous")
            if l["sku"] is None and "candidates" not in l and "not in catalog" not in n:
                err(rid + " notes lack not in catalog")
            if "variant" in l and l["variant"] is None and "ambiguous" not in n:
                err(rid + " notes lack ambiguous (variant)")
            if l["quantity"] is None and "quantities not stated" not in n and "not a whole number" not in n:
                err(rid + " notes lack quantities not stated")
        if ("lines_with_history" in r) != ("expect_review_with_history" in r):
            err(rid + " history fields apart")
        if "lines_with_history" in r:
            for l in r["lines_with_history"]:
                check_line(l, "lwh", rid)
            if nullish(r["lines_with_history"]) and not r["expect_review_with_history"]:
                err(rid + " null line with history on shippable row")
            if r["lines_with_history"] == r["lines"] and r["expect_review_with_history"] == rv:
                err(rid + " history fields change nothing")
        if "reference" in tags and not rv:
            err(rid + " reference row not in review")
        if ("clean" in tags) != (not rv and "outlier" not in tags):
            err(rid + " clean tag wrong")
        if "outlier" in tags:
            if rv or r.get("expect_review_with_history") is not True:
                err(rid + " outlier review fields")
            for l in r["lines"]:
                prev = [
                    x["quantity"]
                    for o in H[r["customer"]]["orders"]
                    for x in o["lines"]
                    if x["sku"] == l["sku"]
                ]
                if prev and l["quantity"] < 4 * max(prev):
                    err(rid + " outlier below 4x")
                if not prev:
                    err(rid + " outlier product never bought")
        if "change_lines" in r:
            err(rid + " change_lines on ORDER")
    else:
        if r["lines"]:
            err(rid + " lines on non-order")
        for k in ("expect_review", "lines_with_history", "expect_review_with_history"):
            if k in r:
                err(rid + " review field on non-order")
        if (r["intent"] == "CHANGE") != ("change_lines" in r):
            err(rid + " change_lines")
        for l in r.get("change_lines", []):
            check_line(l, "change", rid)

# similarity
maxsim, pair = 0.0, None
for i in range(len(texts)):
    for j in range(i + 1, len(texts)):
        sm = difflib.SequenceMatcher(None, texts[i], texts[j])
        if sm.real_quick_ratio() < maxsim or sm.quick_ratio() < maxsim:
            continue
        r_ = sm.ratio()
        if r_ > maxsim:
            maxsim, pair = r_, (rows[i]["id"], rows[j]["id"])
if maxsim >= 0.7:
    err("similar texts %s %.2f" % (pair, maxsim))
clean = sum("clean" in r["tags"] for r in rows)
if len(rows) < 180:
    err("fewer than 180 messages")
if clean < 0.4 * len(rows):
    err("clean below 40%")

# ---------------------------------------------------------------- figures
orders = [r for r in rows if r["intent"] == "ORDER"]
lines = [l for r in orders for l in r["lines"]]
print(
    "catalog: %d categories (%d top-level), %d products, %d with %d variants; units %s"
    % (
        len(cat["categories"]),
        sum(c["parent"] is None for c in cat["categories"]),
        len(P),
        nvar,
        sum(len(p["variants"]) for p in P.values()),
        ", ".join("%s (%d)" % kv for kv in collections.Counter(p["unit"] for p in P.values()).most_common()),
    )
)
withorders = [h for h in hists if h["orders"]]
print(
    "histories: %d customers, %d with orders, %d orders, %d lines, %s to %s; %d first-time"
    % (len(hists), len(withorders), ho, hl, min(hdates), max(hdates), len(hists) - len(withorders))
)
print(
    "messages: %d, ids %s-%s, dates %s to %s"
    % (len(rows), rows[0]["id"], rows[-1]["id"], min(r["date"] for r in rows), max(r["date"] for r in rows))
)
print(
    "intents:",
    ", ".join("%d %s" % (v, k) for k, v in collections.Counter(r["intent"] for r in rows).most_common()),
)
print(
    "channels:",
    ", ".join("%d %s" % (v, k) for k, v in collections.Counter(r["channel"] for r in rows).most_common()),
)
print(
    "languages:",
    ", ".join("%d %s" % (v, k) for k, v in collections.Counter(r["language"] for r in rows).most_common()),
    "(%d ORDER not English)" % sum(r["language"] != "en" for r in orders),
)
nulls = [l for l in lines if l["sku"] is None]
print(
    "order lines: %d; null sku %d (%d ambiguous with candidates, %d not in catalog); %d of a product with variants "
    "(%d with no variant); %d null quantity"
    % (
        len(lines),
        len(nulls),
        sum("candidates" in l for l in nulls),
        sum("candidates" not in l for l in nulls),
        sum("variant" in l for l in lines),
        sum("variant" in l and l["variant"] is None for l in lines),
        sum(l["quantity"] is None for l in lines),
    )
)
ship = [r for r in orders if not r["expect_review"]]
print(
    "review: %d shippable (%d clean + %d outliers), %d expect_review; clean %d of %d messages (%.1f%%)"
    % (
        len(ship),
        clean,
        len(ship) - clean,
        len(orders) - len(ship),
        clean,
        len(rows),
        100.0 * clean / len(rows),
    )
)
hr = [r for r in rows if "lines_with_history" in r]
print(
    "history: lines_with_history on %d rows: %d review->no review, %d keep review, %d no review->review; "
    "with history %d of %d orders shippable"
    % (
        len(hr),
        sum(r["expect_review"] and not r["expect_review_with_history"] for r in hr),
        sum(r["expect_review"] and r["expect_review_with_history"] for r in hr),
        sum(not r["expect_review"] and r["expect_review_with_history"] for r in hr),
        sum(not r.get("expect_review_with_history", r["expect_review"]) for r in orders),
        len(orders),
    )
)
used = set()
for r in orders:
    for l in r["lines"] + r.get("lines_with_history", []):
        if l["sku"]:
            used.add(l["sku"])
        used.update(l.get("candidates", []))
for r in rows:
    for l in r.get("change_lines", []):
        used.add(l["sku"])
print("coverage: %d of %d products in a label or as a candidate" % (len(used & set(P)), len(P)))
print(
    "tags:",
    ", ".join("%s %d" % kv for kv in collections.Counter(t for r in rows for t in r["tags"]).most_common()),
)
print("max difflib similarity %.2f %s" % (maxsim, pair))
if ERR:
    print("\n%d ERRORS" % len(ERR))
    for e in ERR[:60]:
        print(" -", e)
    sys.exit(1)
print("OK")
