# ruff: noqa  (hand-written data generator of blind set 15, kept as its writer left it)
"""Checks catalog15.json, histories15.jsonl and holdout15.jsonl and prints the figures for readme15.md.

python3 validate15.py   (standard library only; exits 1 on the first group of failures)
"""

import difflib
import json
import os
import re
import sys
from collections import Counter

import cat15

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.environ.get("HOLDOUT15_DIR") or os.path.dirname(HERE)
ERR = []


def err(msg):
    ERR.append(msg)


def load_jsonl(name):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: invalid JSON (%s)" % (name, i, e))
    return rows


with open(os.path.join(OUT, "catalog15.json"), encoding="utf-8") as f:
    CAT = json.load(f)
HIST = load_jsonl("histories15.jsonl")
ROWS = load_jsonl("holdout15.jsonl")

# ---------------------------------------------------------------- catalog
PRICE = re.compile(r"^\d+\.\d{2}$")
seen_cats = set()
for c in CAT["categories"]:
    if c["parent"] is not None and c["parent"] not in seen_cats:
        err("category %s listed before its parent %s" % (c["name"], c["parent"]))
    seen_cats.add(c["name"])
PRODS = {}
VAR_SKUS = set()
for p in CAT["products"]:
    if p["sku"] in PRODS:
        err("duplicate sku " + p["sku"])
    PRODS[p["sku"]] = p
    if p["category"] not in seen_cats:
        err("unknown category " + p["category"])
    if p["unit"] not in cat15.UNITS:
        err("bad unit %s on %s" % (p["unit"], p["sku"]))
    if not PRICE.match(p["unit_price"]):
        err("bad price on " + p["sku"])
    if "variants" not in p:
        err("no variants key on " + p["sku"])
    for v in p["variants"]:
        if v.get("variant_type") not in cat15.VARIANT_TYPES:
            err("bad variant type on %s/%s" % (p["sku"], v.get("name")))
        if not v.get("sku") or not PRICE.match(v.get("unit_price", "")):
            err("variant without its own sku/price on %s/%s" % (p["sku"], v.get("name")))
        if v["sku"] in VAR_SKUS:
            err("duplicate variant sku " + v["sku"])
        VAR_SKUS.add(v["sku"])
    names = [v["name"] for v in p["variants"]]
    if len(names) != len(set(names)):
        err("duplicate variant name on " + p["sku"])
if VAR_SKUS & set(PRODS):
    err("variant sku equal to a product sku: %s" % (VAR_SKUS & set(PRODS)))
VNAMES = {s: [v["name"] for v in p["variants"]] for s, p in PRODS.items()}

alias_owner = {}
family_words = set(cat15.FAMILIES)
for p in CAT["products"]:
    als = list(p["aliases"]) + [a for v in p["variants"] for a in v["ai_aliases"]]
    for a in als:
        k = a.lower().strip()
        if k in alias_owner and alias_owner[k] != p["sku"]:
            err("alias %r shared by %s and %s" % (a, alias_owner[k], p["sku"]))
        alias_owner[k] = p["sku"]
        if k in family_words:
            err("alias %r of %s is a bare family word" % (a, p["sku"]))
for fam, members in cat15.FAMILIES.items():
    for s in members:
        if s not in PRODS:
            err("family %s: unknown member %s" % (fam, s))

texts_lower = [r["text"].lower() for r in ROWS]
for p in CAT["products"]:
    for ex in p["ai_training_examples"]:
        for r, t in zip(ROWS, texts_lower):
            if ex.lower() in t:
                err("training example %r of %s occurs in %s" % (ex, p["sku"], r["id"]))


# ---------------------------------------------------------------- lines
def check_line(ln, where, allow_null=True):
    sku = ln.get("sku", "MISSING")
    q = ln.get("quantity", "MISSING")
    if q == "MISSING":
        err("%s: line without quantity" % where)
    elif q is not None and (not isinstance(q, (int, float)) or q < 0):
        err("%s: bad quantity %r" % (where, q))
    if sku is None:
        if not allow_null:
            err("%s: null sku not allowed here" % where)
        if "variant" in ln:
            err("%s: variant key on a null-sku line" % where)
        for c in ln.get("candidates", []):
            if c not in PRODS:
                err("%s: unknown candidate %s" % (where, c))
        if "candidate_variant" in ln:
            if not any(ln["candidate_variant"] in VNAMES[c] for c in ln.get("candidates", [])):
                err("%s: candidate_variant fits no candidate" % where)
        return
    if sku not in PRODS:
        err("%s: unknown sku %s" % (where, sku))
        return
    if "candidates" in ln or "candidate_variant" in ln:
        err("%s: candidates on a resolved line" % where)
    if VNAMES[sku]:
        if "variant" not in ln:
            err("%s: %s has variants but the line has no variant key" % (where, sku))
        elif ln["variant"] is not None and ln["variant"] not in VNAMES[sku]:
            err("%s: unknown variant %r of %s" % (where, ln["variant"], sku))
        elif ln["variant"] is None and not allow_null:
            err("%s: null variant not allowed here" % where)
    elif "variant" in ln:
        err("%s: variant key on %s, which has no variants" % (where, sku))
    if isinstance(q, float) and q != int(q) and PRODS[sku]["unit"] != "kg":
        err("%s: fractional quantity %r of %s (unit %s)" % (where, q, sku, PRODS[sku]["unit"]))
    if q is None and not allow_null:
        err("%s: null quantity not allowed here" % where)


def has_null(lines):
    return any(
        l["sku"] is None or l["quantity"] is None or ("variant" in l and l["variant"] is None) for l in lines
    )


# ---------------------------------------------------------------- histories
HBY = {}
for h in HIST:
    for k in ("customer", "name", "kind", "channel", "address", "language", "orders"):
        if k not in h:
            err("history %s: missing %s" % (h.get("customer"), k))
    HBY[h["customer"]] = h
    prev = ""
    for o in h["orders"]:
        if o["date"] <= prev:
            err("history %s: orders not in date order" % h["customer"])
        prev = o["date"]
        for ln in o["lines"]:
            check_line(ln, "history %s %s" % (h["customer"], o["date"]), allow_null=False)


def usual_of(h):
    cnt = Counter(json.dumps(o["lines"], sort_keys=True) for o in h["orders"])
    if not cnt:
        return None, 0
    top = cnt.most_common()
    if len(top) > 1 and top[1][1] == top[0][1]:
        return None, top[0][1]
    return top[0][0], top[0][1]


import cust15  # noqa: E402

for c in cust15.CUSTOMERS:
    h = HBY.get(c["key"])
    if h is None:
        err("no history for " + c["key"])
        continue
    u, n = usual_of(h)
    if c["pattern"] in ("steady", "regular"):
        if u is None or n < 3:
            err("%s: the usual is a tie or too rare" % c["key"])
        last = json.dumps(h["orders"][-1]["lines"], sort_keys=True)
        if c["pattern"] == "steady" and last != u:
            err("%s: steady but last order is not the usual" % c["key"])
        if c["pattern"] == "regular" and last == u:
            err("%s: regular but last order is the usual" % c["key"])
    elif c["pattern"] == "none":
        if u is not None:
            err("%s: should have no usual basket" % c["key"])
    elif h["orders"]:
        err("%s: new customer with orders" % c["key"])

# ---------------------------------------------------------------- messages
INTENTS = {"ORDER", "QUESTION", "COMPLAINT", "OTHER", "CANCEL", "CHANGE"}
for i, r in enumerate(ROWS, 1):
    rid = r.get("id")
    if rid != "q%03d" % i:
        err("id %s out of sequence (expected q%03d)" % (rid, i))
    for k in ("channel", "text", "intent", "lines", "notes", "customer", "date", "language", "tags"):
        if k not in r:
            err("%s: missing %s" % (rid, k))
    if r["intent"] not in INTENTS:
        err("%s: bad intent" % rid)
    if r["channel"] not in ("WHATSAPP", "SMS", "EMAIL"):
        err("%s: bad channel" % rid)
    if r["customer"] not in HBY:
        err("%s: unknown customer" % rid)
        continue
    h = HBY[r["customer"]]
    for o in h["orders"]:
        if o["date"] >= r["date"]:
            err("%s: history order %s not before message date %s" % (rid, o["date"], r["date"]))
    for ln in r["lines"]:
        check_line(ln, rid)
    notes = r["notes"].lower()
    tags = r["tags"]
    if r["intent"] != "ORDER":
        if r["lines"]:
            err("%s: non-ORDER row with lines" % rid)
        for k in ("expect_review", "lines_with_history", "expect_review_with_history"):
            if k in r:
                err("%s: %s on a non-ORDER row" % (rid, k))
    else:
        if "expect_review" not in r:
            err("%s: ORDER row without expect_review" % rid)
        if has_null(r["lines"]) and not r["expect_review"]:
            err("%s: null sku/quantity/variant but expect_review false" % rid)
        for ln in r["lines"]:
            if ln["sku"] is None and ln.get("candidates") and "ambiguous" not in notes:
                err("%s: candidates but no 'ambiguous' in notes" % rid)
            if ln["sku"] is None and not ln.get("candidates") and "not in catalog" not in notes:
                err("%s: null sku without candidates but no 'not in catalog' in notes" % rid)
            if "variant" in ln and ln["variant"] is None and "variant not stated" not in notes:
                err("%s: null variant but no 'variant not stated' in notes" % rid)
            if ln["quantity"] is None and not (
                "quantities not stated" in notes or "not a whole number" in notes
            ):
                err("%s: null quantity without reason in notes" % rid)
        if "reference" in tags and not r["expect_review"]:
            err("%s: reference row not in review" % rid)
        if ("credit" in tags or "conditional" in tags) and not r["expect_review"]:
            err("%s: credit/conditional row not in review" % rid)
        if "clean" in tags and (r["expect_review"] or "outlier" in tags):
            err("%s: clean tag on a review/outlier row" % rid)
        if ("lines_with_history" in r) != ("expect_review_with_history" in r):
            err("%s: history fields do not come together" % rid)
        if "lines_with_history" in r:
            for ln in r["lines_with_history"]:
                check_line(ln, rid + " (with history)")
            if has_null(r["lines_with_history"]) and not r["expect_review_with_history"]:
                err("%s: null with history but expect_review_with_history false" % rid)
            if (
                r["lines_with_history"] == r["lines"]
                and r["expect_review_with_history"] == r["expect_review"]
            ):
                err("%s: history fields that change nothing" % rid)
            if not h["orders"]:
                err("%s: history fields for a customer without history" % rid)
        if "outlier" in tags:
            if r["expect_review"] or not r.get("expect_review_with_history"):
                err("%s: outlier must be review false / true with history" % rid)
            for ln in r["lines"]:
                mx = max(
                    [
                        l["quantity"]
                        for o in h["orders"]
                        for l in o["lines"]
                        if l["sku"] == ln["sku"] and l.get("variant") == ln.get("variant")
                    ]
                    or [0]
                )
                if mx == 0 or ln["quantity"] < 4 * mx:
                    err(
                        "%s: outlier %s=%s is not 4x the largest earlier %s"
                        % (rid, ln["sku"], ln["quantity"], mx)
                    )
    if r["intent"] == "CHANGE":
        if "change_lines" not in r:
            err("%s: CHANGE without change_lines" % rid)
        for ln in r.get("change_lines", []):
            check_line(ln, rid + " (change)", allow_null=False)
    elif "change_lines" in r:
        err("%s: change_lines on a non-CHANGE row" % rid)
    # personal data
    for m in re.findall(r"(?:\+44|\b0)\d[\d ]{8,13}\d", r["text"]):
        d = m.replace(" ", "")
        if not (d.startswith("07700900") or d.startswith("+447700900") or d.startswith("02079460")):
            err("%s: phone-like number %r is not a drama number" % (rid, m))
    for m in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", r["text"]):
        if not m.endswith(".example"):
            err("%s: e-mail %r not under .example" % (rid, m))
for h in HIST:
    a = h["address"]
    if "@" in a:
        if not a.endswith(".example"):
            err("history %s: e-mail not .example" % h["customer"])
    elif not a.startswith("+447700900"):
        err("history %s: phone not a drama number" % h["customer"])

# similarity
texts = [r["text"] for r in ROWS]
best = (0, None, None)
for i in range(len(texts)):
    for j in range(i + 1, len(texts)):
        sm = difflib.SequenceMatcher(None, texts[i], texts[j])
        if sm.real_quick_ratio() < 0.7 or sm.quick_ratio() < 0.7:
            continue
        rt = sm.ratio()
        if rt > best[0]:
            best = (rt, ROWS[i]["id"], ROWS[j]["id"])
        if rt >= 0.7:
            err("texts %s and %s have similarity %.2f" % (ROWS[i]["id"], ROWS[j]["id"], rt))

if ERR:
    print("\n".join(ERR))
    print("FAILED: %d problems" % len(ERR))
    sys.exit(1)

# ---------------------------------------------------------------- figures
orders = [r for r in ROWS if r["intent"] == "ORDER"]
lines = [l for r in orders for l in r["lines"]]
print("OK")
print(
    "catalog: %d categories (%d top-level), %d products, %d with variants, %d variants; units %s"
    % (
        len(CAT["categories"]),
        sum(1 for c in CAT["categories"] if c["parent"] is None),
        len(PRODS),
        sum(1 for v in VNAMES.values() if v),
        sum(len(v) for v in VNAMES.values()),
        dict(Counter(p["unit"] for p in CAT["products"]).most_common()),
    )
)
hc = [h for h in HIST if h["orders"]]
print(
    "histories: %d customers, %d with orders, %d orders, %d lines, %s to %s"
    % (
        len(HIST),
        len(hc),
        sum(len(h["orders"]) for h in HIST),
        sum(len(o["lines"]) for h in HIST for o in h["orders"]),
        min(o["date"] for h in hc for o in h["orders"]),
        max(o["date"] for h in hc for o in h["orders"]),
    )
)
print(
    "messages: %d, dates %s to %s" % (len(ROWS), min(r["date"] for r in ROWS), max(r["date"] for r in ROWS))
)
print("intents:", dict(Counter(r["intent"] for r in ROWS).most_common()))
print("channels:", dict(Counter(r["channel"] for r in ROWS).most_common()))
print(
    "languages:",
    dict(Counter(r["language"] for r in ROWS).most_common()),
    "; non-English ORDER:",
    sum(1 for r in orders if r["language"] != "en"),
)
nullsku = [l for l in lines if l["sku"] is None]
print(
    "order lines: %d; null sku %d (%d with candidates, %d not in catalog); %d of a product with variants "
    "(%d with no variant); %d null quantity"
    % (
        len(lines),
        len(nullsku),
        sum(1 for l in nullsku if l.get("candidates")),
        sum(1 for l in nullsku if not l.get("candidates")),
        sum(1 for l in lines if "variant" in l),
        sum(1 for l in lines if "variant" in l and l["variant"] is None),
        sum(1 for l in lines if l["quantity"] is None),
    )
)
clean = [r for r in orders if "clean" in r["tags"]]
print(
    "review: %d ORDER rows review false (%d clean + %d outliers), %d review true; clean = %.1f%% of all messages"
    % (
        sum(1 for r in orders if not r["expect_review"]),
        len(clean),
        sum(1 for r in orders if "outlier" in r["tags"]),
        sum(1 for r in orders if r["expect_review"]),
        100.0 * len(clean) / len(ROWS),
    )
)
wh = [r for r in orders if "lines_with_history" in r]
print(
    "history: %d rows with history fields: %d review->no review, %d stay in review, %d no review->review; "
    "%d review rows without history fields; with history %d of %d orders ship as written"
    % (
        len(wh),
        sum(1 for r in wh if r["expect_review"] and not r["expect_review_with_history"]),
        sum(1 for r in wh if r["expect_review"] and r["expect_review_with_history"]),
        sum(1 for r in wh if not r["expect_review"] and r["expect_review_with_history"]),
        sum(1 for r in orders if r["expect_review"] and "lines_with_history" not in r),
        sum(1 for r in orders if not r.get("expect_review_with_history", r["expect_review"])),
        len(orders),
    )
)
used = set()
for r in ROWS:
    for l in r["lines"] + r.get("change_lines", []) + r.get("lines_with_history", []):
        if l["sku"]:
            used.add(l["sku"])
        used.update(l.get("candidates", []))
print(
    "coverage: %d of %d products appear in a label or as a candidate; missing: %s"
    % (len(used & set(PRODS)), len(PRODS), sorted(set(PRODS) - used))
)
print("tags:", ", ".join("%s %d" % kv for kv in Counter(t for r in ROWS for t in r["tags"]).most_common()))
print("highest text similarity: %.2f (%s, %s)" % best)
