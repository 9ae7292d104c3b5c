# ruff: noqa  (hand-written data generator of blind set 34, kept as its writer left it)
"""Validate the thirty-fourth blind set and print its figures. Standard library only.

Run: python3 validate34.py   (reads the files in the parent folder)
"""

import difflib
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import cat34  # noqa: E402

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


with open(os.path.join(OUT, "catalog34.json"), encoding="utf-8") as f:
    CAT = json.load(f)
HOLD = load_jsonl("holdout34.jsonl")
HIST = load_jsonl("histories34.jsonl")

PROD = {p["sku"]: p for p in CAT["products"]}
VARS = {p["sku"]: [v["name"] for v in p["variants"]] for p in CAT["products"]}
INTENTS = {"ORDER", "QUESTION", "COMPLAINT", "OTHER", "CANCEL", "CHANGE"}
WORDS = ("ambiguous", "not in catalog", "quantities not stated", "not a whole number")

# ---------------------------------------------------------------- catalog
if len(CAT["products"]) != len(PROD):
    err("duplicate product skus")
seen_cat = set()
for c in CAT["categories"]:
    if c["parent"] is not None and c["parent"] not in seen_cat:
        err("category %s listed before its parent" % c["name"])
    seen_cat.add(c["name"])
vskus = set()
alias_owner = {}
fam = {w.lower() for w in cat34.FAMILY_WORDS}
for p in CAT["products"]:
    if p["category"] not in seen_cat:
        err("%s: unknown category" % p["sku"])
    if p["unit"] not in cat34.UNITS:
        err("%s: bad unit %s" % (p["sku"], p["unit"]))
    if not re.fullmatch(r"\d+\.\d\d", p["unit_price"]):
        err("%s: bad price" % p["sku"])
    als = [(a, p["sku"]) for a in p["aliases"]]
    for v in p["variants"]:
        if v["variant_type"] not in ("SIZE", "COLOR", "VOLUME", "WEIGHT"):
            err("%s: bad variant type" % p["sku"])
        if not re.fullmatch(r"\d+\.\d\d", v["unit_price"]):
            err("%s/%s: bad variant price" % (p["sku"], v["name"]))
        if v["sku"] in vskus or v["sku"] in PROD:
            err("variant sku %s not unique" % v["sku"])
        vskus.add(v["sku"])
        als += [(a, p["sku"]) for a in v["ai_aliases"]]
    for a, s in als:
        k = a.lower()
        if k in alias_owner and alias_owner[k] != s:
            err("alias %r shared by %s and %s" % (a, alias_owner[k], s))
        alias_owner[k] = s
        if k in fam:
            err("alias %r of %s is a bare family word" % (a, s))
n_prod = len(PROD)
n_var_prod = sum(1 for p in CAT["products"] if p["variants"])
n_var = sum(len(p["variants"]) for p in CAT["products"])
if not 90 <= n_prod <= 120:
    err("product count %d outside 90-120" % n_prod)
if not 12 <= n_var_prod <= 18:
    err("products with variants %d outside 12-18" % n_var_prod)
examples = [e for p in CAT["products"] for e in p["ai_training_examples"]]
for r in HOLD:
    low = r["text"].lower()
    for e in examples:
        if e.lower() in low:
            err("%s: training example inside message" % r["id"])


# ---------------------------------------------------------------- lines
def check_line(l, where, hist_line=False):
    sku = l.get("sku")
    if "quantity" not in l:
        err("%s: line without quantity" % where)
    if sku is None:
        if hist_line:
            err("%s: history line without sku" % where)
        if "variant" in l:
            err("%s: variant key on null-sku line" % where)
        c = l.get("candidates")
        if c is not None:
            if len(c) < 2:
                err("%s: fewer than 2 candidates" % where)
            for s in c:
                if s not in PROD:
                    err("%s: unknown candidate %s" % (where, s))
            cv = l.get("candidate_variant")
            if cv is not None and not any(
                cv in VARS.get(s, []) or any(cv in n for n in VARS.get(s, [])) for s in c
            ):
                err("%s: candidate_variant %s fits no candidate" % (where, cv))
        return
    if sku not in PROD:
        err("%s: unknown sku %s" % (where, sku))
        return
    if VARS[sku]:
        if "variant" not in l:
            err("%s: missing variant key for %s" % (where, sku))
        elif l["variant"] is not None and l["variant"] not in VARS[sku]:
            err("%s: unknown variant %s of %s" % (where, l["variant"], sku))
        if hist_line and l.get("variant") is None:
            err("%s: history line without variant" % where)
    elif "variant" in l:
        err("%s: variant key on %s, which has no variants" % (where, sku))
    if hist_line and (l.get("quantity") is None or l["quantity"] <= 0):
        err("%s: history line without quantity" % where)


def is_open(l):
    q = l["quantity"]
    return (
        l["sku"] is None
        or q is None
        or float(q) != int(q)
        or (bool(VARS.get(l["sku"])) and l.get("variant") is None)
    )


# ---------------------------------------------------------------- histories
HBY = {}
for h in HIST:
    HBY[h["customer"]] = h
    for o in h["orders"]:
        for l in o["lines"]:
            check_line(l, "history %s %s" % (h["customer"], o["date"]), hist_line=True)
for r in HOLD:
    h = HBY.get(r.get("customer"))
    if h is None:
        err("%s: unknown customer" % r["id"])
        continue
    for o in h["orders"]:
        if o["date"] >= r["date"]:
            err("%s: history order %s not before message date %s" % (r["id"], o["date"], r["date"]))
    if not r["date"] > "2028-01-01":
        err("%s: date before 2028" % r["id"])

# ---------------------------------------------------------------- rows
for i, r in enumerate(HOLD, 1):
    rid = r["id"]
    if rid != "bt%03d" % i:
        err("id %s out of sequence (expected bt%03d)" % (rid, i))
    if r["intent"] not in INTENTS:
        err("%s: bad intent" % rid)
    if r["channel"] not in ("WHATSAPP", "SMS", "EMAIL"):
        err("%s: bad channel" % rid)
    tags = r["tags"]
    hf = ("lines_with_history" in r, "expect_review_with_history" in r)
    if hf[0] != hf[1]:
        err("%s: history fields not together" % rid)
    if r["intent"] == "CHANGE":
        if "change_lines" not in r:
            err("%s: CHANGE without change_lines" % rid)
        for l in r.get("change_lines", []):
            check_line(l, rid + " change")
    elif "change_lines" in r:
        err("%s: change_lines on a non-CHANGE row" % rid)
    if r["intent"] != "ORDER":
        if r["lines"] or "expect_review" in r or hf[0]:
            err("%s: non-ORDER row with lines or review fields" % rid)
        if "clean" in tags:
            err("%s: clean on a non-order" % rid)
        continue
    if "expect_review" not in r:
        err("%s: ORDER without expect_review" % rid)
        continue
    for l in r["lines"]:
        check_line(l, rid)
    for l in r.get("lines_with_history", []):
        check_line(l, rid + " history")
    notes = r["notes"].lower()
    for ls, rv in (
        (r["lines"], r["expect_review"]),
        (r.get("lines_with_history", []), r.get("expect_review_with_history", False)),
    ):
        for l in ls:
            if is_open(l):
                if not rv:
                    err("%s: open line on a shippable row" % rid)
                if not any(w in notes for w in WORDS):
                    err("%s: open line without a standard note" % rid)
    if "reference" in tags and not r["expect_review"]:
        err("%s: reference row not in review" % rid)
    if hf[0]:
        if r["lines_with_history"] == r["lines"] and r["expect_review_with_history"] == r["expect_review"]:
            err("%s: history fields change nothing" % rid)
    shippable = not r["expect_review"]
    if "outlier" in tags:
        if r["expect_review"] or r.get("expect_review_with_history") is not True:
            err("%s: outlier review flags wrong" % rid)
        h = HBY[r["customer"]]
        for l in r["lines"]:
            mx = max([x["quantity"] for o in h["orders"] for x in o["lines"] if x["sku"] == l["sku"]] or [0])
            if mx and l["quantity"] >= 4 * mx:
                break
        else:
            err("%s: outlier not 4 times the largest earlier quantity" % rid)
    if ("clean" in tags) != (shippable and "outlier" not in tags):
        err("%s: clean tag wrong" % rid)

# ---------------------------------------------------------------- contact data
DRAMA = (re.compile(r"^(?:\+44|0)7700900\d{3}$"), re.compile(r"^(?:\+44|0)2079460\d{3}$"))
texts = [r["text"] for r in HOLD] + [h["address"] for h in HIST]
for t in texts:
    for m in re.findall(r"(?:\+44|\b0)\d[\d ]{7,13}\d", t):
        d = m.replace(" ", "")
        if not any(p.match(d) for p in DRAMA):
            err("non-drama phone number %r" % m)
    for m in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", t):
        if not m.endswith(".example"):
            err("e-mail address not under .example: %s" % m)

# ---------------------------------------------------------------- similarity
maxsim, pair = 0.0, None
T = [r["text"] for r in HOLD]
for i in range(len(T)):
    sm = difflib.SequenceMatcher(None, "", T[i], autojunk=False)
    for j in range(i + 1, len(T)):
        sm.set_seq1(T[j])
        if sm.real_quick_ratio() < maxsim or sm.quick_ratio() < maxsim:
            continue
        s = sm.ratio()
        if s > maxsim:
            maxsim, pair = s, (HOLD[i]["id"], HOLD[j]["id"])
if maxsim >= 0.7:
    err("texts %s and %s have similarity %.2f" % (pair[0], pair[1], maxsim))

n = len(HOLD)
orders = [r for r in HOLD if r["intent"] == "ORDER"]
clean = [r for r in HOLD if "clean" in r["tags"]]
if n < 170:
    err("only %d messages" % n)
if len(clean) < 0.4 * n:
    err("clean orders %d are below 40%% of %d" % (len(clean), n))

# ---------------------------------------------------------------- figures
ic = Counter(r["intent"] for r in HOLD)
cc = Counter(r["channel"] for r in HOLD)
lc = Counter(r["language"] for r in HOLD)
lines = [l for r in orders for l in r["lines"]]
amb = sum(1 for l in lines if l["sku"] is None and l.get("candidates"))
nic = sum(1 for l in lines if l["sku"] is None and not l.get("candidates"))
varl = [l for l in lines if l["sku"] and VARS[l["sku"]]]
nullq = sum(1 for l in lines if l["quantity"] is None)
frac = sum(1 for l in lines if l["quantity"] is not None and float(l["quantity"]) != int(l["quantity"]))
review = sum(1 for r in orders if r["expect_review"])
ship = len(orders) - review
outl = sum(1 for r in orders if "outlier" in r["tags"])
hrows = [r for r in orders if "lines_with_history" in r]
to_ship = sum(1 for r in hrows if r["expect_review"] and not r["expect_review_with_history"])
keep = sum(1 for r in hrows if r["expect_review"] and r["expect_review_with_history"])
to_rev = sum(1 for r in hrows if not r["expect_review"] and r["expect_review_with_history"])
ship_h = sum(1 for r in orders if not r.get("expect_review_with_history", r["expect_review"]))
used = set()
for r in HOLD:
    for l in r["lines"] + r.get("lines_with_history", []) + r.get("change_lines", []):
        if l["sku"]:
            used.add(l["sku"])
        used.update(l.get("candidates", []))
tagc = Counter(t for r in HOLD for t in r["tags"])
non_en_orders = sum(1 for r in orders if r["language"] != "en")
n_hist_orders = sum(len(h["orders"]) for h in HIST)
n_hist_lines = sum(len(o["lines"]) for h in HIST for o in h["orders"])
hdates = sorted(o["date"] for h in HIST for o in h["orders"])

print(
    "catalog: %d categories, %d products, %d with %d variants; units %s"
    % (
        len(CAT["categories"]),
        n_prod,
        n_var_prod,
        n_var,
        ", ".join("%s %d" % kv for kv in Counter(p["unit"] for p in CAT["products"]).most_common()),
    )
)
print(
    "histories: %d customers, %d orders, %d lines, %s to %s, %d without orders"
    % (len(HIST), n_hist_orders, n_hist_lines, hdates[0], hdates[-1], sum(1 for h in HIST if not h["orders"]))
)
print("messages: %d (%s to %s)" % (n, min(r["date"] for r in HOLD), max(r["date"] for r in HOLD)))
print(
    "intents: "
    + ", ".join("%d %s" % (v, k) for k, v in ic.most_common())
    + " (ORDER %.0f%%)" % (100.0 * ic["ORDER"] / n)
)
print("channels: " + ", ".join("%d %s" % (v, k) for k, v in cc.most_common()))
print(
    "languages: "
    + ", ".join("%d %s" % (v, k) for k, v in lc.most_common())
    + " (%d ORDER messages not English)" % non_en_orders
)
print(
    "order lines: %d: %d null sku (%d ambiguous with candidates, %d not in catalog), %d of a product with variants "
    "(%d with no variant given), %d null quantity, %d fractional"
    % (len(lines), amb + nic, amb, nic, len(varl), sum(1 for l in varl if l["variant"] is None), nullq, frac)
)
print(
    "review: %d ORDER shippable as written (%d clean + %d outliers), %d need a human; clean %d of %d messages (%.1f%%)"
    % (ship, len(clean), outl, review, len(clean), n, 100.0 * len(clean) / n)
)
print(
    "history: fields on %d rows: %d review -> ship, %d keep review, %d outliers ship -> review; "
    "with history %d of %d orders shippable" % (len(hrows), to_ship, keep, to_rev, ship_h, len(orders))
)
print("coverage: %d of %d products in a label or as a candidate" % (len(used & set(PROD)), n_prod))
print("tags: " + ", ".join("%s %d" % kv for kv in sorted(tagc.items(), key=lambda kv: (-kv[1], kv[0]))))
print("max difflib similarity: %.2f (%s, %s)" % (maxsim, pair[0], pair[1]))
if ERR:
    print("\nFAILED: %d problem(s)" % len(ERR))
    for e in ERR:
        print("  - " + e)
    sys.exit(1)
print("\nOK: all checks passed")
