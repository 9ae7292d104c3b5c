# ruff: noqa  (hand-written data generator of blind set 50, kept as its writer left it)
"""Validate blind set 50 (reads the three files from the parent folder) and print its figures."""

import difflib
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import cat50  # noqa: E402

D = os.path.dirname(HERE)
ERR = []


def err(msg):
    ERR.append(msg)


cat = json.load(open(os.path.join(D, "catalog50.json"), encoding="utf-8"))
rows = [json.loads(l) for l in open(os.path.join(D, "holdout50.jsonl"), encoding="utf-8")]
hist = [json.loads(l) for l in open(os.path.join(D, "histories50.jsonl"), encoding="utf-8")]

UNITS = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tray", "box", "tub"}
VTYPES = {"SIZE", "COLOR", "VOLUME", "WEIGHT"}
PROD = {p["sku"]: p for p in cat["products"]}
HAS_VAR = {s for s, p in PROD.items() if p["variants"]}

# ---- catalog
seen_cat = set()
for c in cat["categories"]:
    if c["parent"] is not None and c["parent"] not in seen_cat:
        err("category parent after child: %s" % c["name"])
    seen_cat.add(c["name"])
skus = set()
vskus = set()
aliases = {}
fam = set(w.lower() for w in cat50.FAMILY_WORDS)
price_re = re.compile(r"^\d+\.\d\d$")
for p in cat["products"]:
    if p["sku"] in skus:
        err("dup sku %s" % p["sku"])
    skus.add(p["sku"])
    if p["category"] not in seen_cat:
        err("bad category %s" % p["sku"])
    if p["unit"] not in UNITS:
        err("bad unit %s" % p["sku"])
    if not price_re.match(p["unit_price"]):
        err("bad price %s" % p["sku"])
    als = list(p["aliases"]) + [a for v in p["variants"] for a in v["ai_aliases"]]
    for a in als:
        a = a.lower()
        if a in aliases and aliases[a] != p["sku"]:
            err("alias %r shared by %s and %s" % (a, aliases[a], p["sku"]))
        aliases[a] = p["sku"]
        if a in fam:
            err("alias %r is a family word" % a)
    vn = set()
    for v in p["variants"]:
        if v["variant_type"] not in VTYPES:
            err("bad variant type %s" % p["sku"])
        if not v.get("sku") or v["sku"] in vskus or v["sku"] in skus:
            err("bad/dup variant sku %s" % v.get("sku"))
        vskus.add(v["sku"])
        if not price_re.match(v.get("unit_price", "")):
            err("bad variant price %s" % v["sku"])
        if v["name"] in vn:
            err("dup variant name %s" % p["sku"])
        vn.add(v["name"])
for s in vskus & skus:
    err("variant sku equals product sku %s" % s)
nprod = len(cat["products"])
nvar = len(HAS_VAR)
if not (90 <= nprod <= 130):
    err("product count %d" % nprod)
if not (12 <= nvar <= 20):
    err("variant product count %d" % nvar)


def check_line(l, where, need_variant_key=True):
    if l["sku"] is not None:
        if l["sku"] not in PROD:
            err("%s: unknown sku %s" % (where, l["sku"]))
            return
        if l["sku"] in HAS_VAR:
            if "variant" not in l:
                err("%s: missing variant key %s" % (where, l["sku"]))
            elif l["variant"] is not None and l["variant"] not in [
                v["name"] for v in PROD[l["sku"]]["variants"]
            ]:
                err("%s: unknown variant %s %s" % (where, l["sku"], l["variant"]))
        elif "variant" in l:
            err("%s: variant key on product without variants %s" % (where, l["sku"]))
        if "candidates" in l:
            err("%s: candidates on a resolved line" % where)
    else:
        if "variant" in l:
            err("%s: variant on null sku" % where)
        if "candidates" in l:
            if len(l["candidates"]) < 2:
                err("%s: fewer than 2 candidates" % where)
            for c in l["candidates"]:
                if c not in PROD:
                    err("%s: unknown candidate %s" % (where, c))
            cv = l.get("candidate_variant")
            if cv and not any(
                cv in [v["name"] for v in PROD[c]["variants"]] for c in l["candidates"] if c in PROD
            ):
                err("%s: candidate_variant fits no candidate" % where)


def is_open(l):
    q = l["quantity"]
    return (
        l["sku"] is None
        or q is None
        or float(q) != int(q)
        or (l["sku"] in HAS_VAR and l.get("variant") is None)
    )


# ---- histories
hcust = {}
for h in hist:
    hcust[h["customer"]] = h
    for k in ("customer", "name", "kind", "channel", "address", "language", "orders"):
        if k not in h:
            err("history missing %s" % k)
    prev = ""
    for o in h["orders"]:
        if o["date"] <= prev:
            err("history dates not ascending %s" % h["customer"])
        prev = o["date"]
        if o["date"] <= "2028-06-01":
            err("history date too early %s" % h["customer"])
        for l in o["lines"]:
            check_line(l, "history %s %s" % (h["customer"], o["date"]))
            if is_open(l):
                err("incomplete history line %s" % h["customer"])

# ---- messages
DRAMA = re.compile(r"(\+44\s?7700\s?900\d{3}|07700\s?900\s?\d{3}|020\s?7946\s?0\d{3})")
PHONEISH = re.compile(r"(\+?\d[\d ]{9,}\d)")
EMAIL = re.compile(r"[\w.+-]+@([\w-]+\.)+([\w-]+)")
ids = [r["id"] for r in rows]
if ids != ["vt%03d" % i for i in range(1, len(rows) + 1)]:
    err("ids not vt001.. without gaps")
INTENTS = {"ORDER", "QUESTION", "COMPLAINT", "OTHER", "CANCEL", "CHANGE"}
for r in rows:
    w = r["id"]
    if r["intent"] not in INTENTS:
        err("%s bad intent" % w)
    if r["customer"] not in hcust:
        err("%s unknown customer" % w)
        continue
    if r["date"] <= "2028-06-01":
        err("%s date too early" % w)
    for o in hcust[r["customer"]]["orders"]:
        if o["date"] >= r["date"]:
            err("%s history order not before message" % w)
    hasH = "lines_with_history" in r
    if hasH != ("expect_review_with_history" in r):
        err("%s history fields not together" % w)
    if r["intent"] != "ORDER":
        if r["lines"] or "expect_review" in r or hasH:
            err("%s non-order with lines/review fields" % w)
    else:
        if "expect_review" not in r:
            err("%s ORDER without expect_review" % w)
        for l in r["lines"]:
            check_line(l, w)
        notes = r["notes"]
        for tag, ls, rv in (
            ("lines", r["lines"], r.get("expect_review")),
            ("with history", r.get("lines_with_history", []), r.get("expect_review_with_history")),
        ):
            for l in ls:
                if tag == "with history":
                    check_line(l, w + " lwh")
                if is_open(l) and rv is not True:
                    err("%s open line on a shippable row (%s)" % (w, tag))
                if l["sku"] is None and not ("ambiguous" in notes or "not in catalog" in notes):
                    err("%s null sku without note" % w)
                if l["sku"] in HAS_VAR and l.get("variant") is None and "ambiguous" not in notes:
                    err("%s null variant without note" % w)
                if l["quantity"] is None and "quantities not stated" not in notes:
                    err("%s null quantity without note" % w)
                if (
                    l["quantity"] is not None
                    and float(l["quantity"]) != int(l["quantity"])
                    and "not a whole number" not in notes
                ):
                    err("%s fraction without note" % w)
        if (
            hasH
            and r["lines_with_history"] == r["lines"]
            and r["expect_review_with_history"] == r["expect_review"]
        ):
            err("%s history fields change nothing" % w)
        if "reference" in r["tags"] and not r["expect_review"]:
            err("%s reference row not in review" % w)
        shippable = r["expect_review"] is False
        out = "outlier" in r["tags"]
        if ("clean" in r["tags"]) != (shippable and not out):
            err("%s clean tag wrong" % w)
        if out:
            if r["expect_review"] is not False or r.get("expect_review_with_history") is not True:
                err("%s outlier review fields" % w)
            for l in r["lines"]:
                prev = max(
                    [
                        hl["quantity"]
                        for o in hcust[r["customer"]]["orders"]
                        for hl in o["lines"]
                        if hl["sku"] == l["sku"]
                    ]
                    or [0]
                )
                if prev == 0 or l["quantity"] < 4 * prev:
                    err("%s outlier not 4x the largest earlier quantity" % w)
    if ("change_lines" in r) != (r["intent"] == "CHANGE"):
        err("%s change_lines only and always on CHANGE" % w)
    for l in r.get("change_lines", []):
        check_line(l, w + " change")
    # training examples
    low = r["text"].lower()
    for p in cat["products"]:
        for ex in p["ai_training_examples"]:
            if ex.lower() in low:
                err("%s contains a training example" % w)
    for m in PHONEISH.finditer(r["text"]):
        s = m.group(1)
        if sum(ch.isdigit() for ch in s) >= 10 and not DRAMA.search(s):
            err("%s non-drama phone %r" % (w, s))
    for m in EMAIL.finditer(r["text"]):
        if m.group(2) != "example":
            err("%s e-mail not under .example" % w)
for h in hist:
    a = h["address"]
    if "@" in a:
        if not a.endswith(".example"):
            err("address not .example %s" % a)
    elif not DRAMA.fullmatch(a):
        err("address not a drama number %s" % a)

# similarity
texts = [r["text"] for r in rows]
maxsim = 0.0
for i in range(len(texts)):
    for j in range(i + 1, len(texts)):
        sm = difflib.SequenceMatcher(None, texts[i], texts[j])
        if sm.real_quick_ratio() < 0.7 or sm.quick_ratio() < 0.7:
            rr = 0 if sm.quick_ratio() < maxsim else sm.ratio()
        else:
            rr = sm.ratio()
        maxsim = max(maxsim, rr)
        if rr >= 0.7:
            err("texts too similar: %s %s %.2f" % (rows[i]["id"], rows[j]["id"], rr))

n = len(rows)
clean = sum("clean" in r["tags"] for r in rows)
if n < 180:
    err("fewer than 180 messages")
if clean < 0.4 * n:
    err("clean share below 40%%: %d/%d" % (clean, n))

# ---- figures
orders = [r for r in rows if r["intent"] == "ORDER"]
lines = [l for r in orders for l in r["lines"]]
print(
    "catalog: %d categories (%d top-level), %d products, %d with variants (%d variants), units %s"
    % (
        len(cat["categories"]),
        sum(c["parent"] is None for c in cat["categories"]),
        nprod,
        nvar,
        sum(len(p["variants"]) for p in cat["products"]),
        dict(Counter(p["unit"] for p in cat["products"]).most_common()),
    )
)
hc = [h for h in hist if h["orders"]]
allo = [o for h in hist for o in h["orders"]]
print(
    "histories: %d customers, %d with orders, %d orders, %d lines, %s to %s"
    % (
        len(hist),
        len(hc),
        len(allo),
        sum(len(o["lines"]) for o in allo),
        min(o["date"] for o in allo),
        max(o["date"] for o in allo),
    )
)
print("messages: %d (%s to %s)" % (n, min(r["date"] for r in rows), max(r["date"] for r in rows)))
print("intents:", dict(Counter(r["intent"] for r in rows).most_common()))
print("channels:", dict(Counter(r["channel"] for r in rows).most_common()))
print(
    "languages:",
    dict(Counter(r["language"] for r in rows).most_common()),
    "non-English ORDER:",
    sum(r["language"] != "en" for r in orders),
)
print(
    "order lines: %d; null sku %d (%d with candidates, %d not in catalog); of a product with variants %d (%d no variant); null quantity %d; fractional %d"
    % (
        len(lines),
        sum(l["sku"] is None for l in lines),
        sum(l["sku"] is None and "candidates" in l for l in lines),
        sum(l["sku"] is None and "candidates" not in l for l in lines),
        sum(l["sku"] in HAS_VAR for l in lines),
        sum(l["sku"] in HAS_VAR and l.get("variant") is None for l in lines),
        sum(l["quantity"] is None for l in lines),
        sum(l["quantity"] is not None and float(l["quantity"]) != int(l["quantity"]) for l in lines),
    )
)
print(
    "review: %d shippable (%d clean + %d outliers), %d expect_review; clean %d/%d = %.1f%%"
    % (
        sum(not r["expect_review"] for r in orders),
        clean,
        sum("outlier" in r["tags"] for r in orders),
        sum(r["expect_review"] for r in orders),
        clean,
        n,
        100.0 * clean / n,
    )
)
wh = [r for r in orders if "lines_with_history" in r]
print(
    "history: lines_with_history on %d rows: %d review->no review, %d keep review, %d no review->review; "
    "with history %d of %d orders shippable"
    % (
        len(wh),
        sum(r["expect_review"] and not r["expect_review_with_history"] for r in wh),
        sum(r["expect_review"] and r["expect_review_with_history"] for r in wh),
        sum((not r["expect_review"]) and r["expect_review_with_history"] for r in wh),
        sum(not r.get("expect_review_with_history", r["expect_review"]) for r in orders),
        len(orders),
    )
)
print(
    "review rows unchanged by history (no history fields): %d"
    % sum(r["expect_review"] and "lines_with_history" not in r for r in orders)
)
cov = set(l["sku"] for r in orders for l in r["lines"] + r.get("lines_with_history", []) if l["sku"])
cov |= set(c for r in orders for l in r["lines"] for c in l.get("candidates", []))
cov |= set(l["sku"] for r in rows for l in r.get("change_lines", []))
print("coverage: %d of %d products appear in a label or as a candidate" % (len(cov & set(PROD)), nprod))
print("tags:", ", ".join("%s %d" % kv for kv in Counter(t for r in rows for t in r["tags"]).most_common()))
print("highest difflib similarity between two texts: %.2f" % maxsim)
if ERR:
    print("\nFAILED: %d problems" % len(ERR))
    for e in ERR[:60]:
        print(" -", e)
    sys.exit(1)
print("\nOK: all checks pass")
