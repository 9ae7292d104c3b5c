# ruff: noqa  (hand-written data generator for the seventh blind set, kept as its writer left it)
"""Check the seventh blind set. Run after build7.py. Exits non-zero on any error."""

import difflib
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # tests/data
errors = []


def err(msg):
    errors.append(msg)


def load_jsonl(name):
    out = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as e:
                err("%s line %d: invalid JSON (%s)" % (name, i, e))
    return out


with open(os.path.join(HERE, "catalog7.json"), encoding="utf-8") as f:
    cat = json.load(f)
hists = load_jsonl("histories7.jsonl")
rows = load_jsonl("holdout7.jsonl")

# ---- catalog
UNITS = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tray", "box", "tub"}
VTYPES = {"SIZE", "COLOR", "VOLUME", "WEIGHT"}
seen_cats = set()
for c in cat["categories"]:
    if c["parent"] is not None and c["parent"] not in seen_cats:
        err("category %s: parent %s not listed before it" % (c["name"], c["parent"]))
    seen_cats.add(c["name"])
prod = {}
variant_skus = set()
for p in cat["products"]:
    if p["sku"] in prod:
        err("duplicate sku " + p["sku"])
    prod[p["sku"]] = p
    if p["category"] not in seen_cats:
        err("%s: unknown category %s" % (p["sku"], p["category"]))
    if p["unit"] not in UNITS:
        err("%s: unit %s" % (p["sku"], p["unit"]))
    for v in p["variants"]:
        if v["variant_type"] not in VTYPES:
            err("%s: variant type %s" % (p["sku"], v["variant_type"]))
        if v["sku"] in variant_skus or v["sku"] in prod:
            err("duplicate variant sku " + v["sku"])
        variant_skus.add(v["sku"])
        for k in ("unit_price",):
            try:
                assert len(v[k].split(".")[1]) == 2
                float(v[k])
            except Exception:
                err("%s/%s: bad %s" % (p["sku"], v["name"], k))
    try:
        assert len(p["unit_price"].split(".")[1]) == 2
        float(p["unit_price"])
    except Exception:
        err("%s: bad unit_price" % p["sku"])
alias_owner = {}
for p in cat["products"]:
    for a in p["aliases"]:
        k = a.lower()
        if k in alias_owner and alias_owner[k] != p["sku"]:
            err("alias %r shared by %s and %s" % (a, alias_owner[k], p["sku"]))
        alias_owner[k] = p["sku"]
examples = [(p["sku"], e) for p in cat["products"] for e in p["ai_training_examples"]]


def check_line(l, where, allow_cands=True):
    sku = l.get("sku")
    if sku is None:
        for c in l.get("candidates", []):
            if c not in prod:
                err("%s: unknown candidate %s" % (where, c))
        if "variant" in l:
            err("%s: variant on a null-sku line" % where)
        if l.get("candidates") is not None and len(l["candidates"]) < 2:
            err("%s: fewer than 2 candidates" % where)
        return
    if sku not in prod:
        err("%s: unknown sku %s" % (where, sku))
        return
    p = prod[sku]
    if p["variants"]:
        if "variant" not in l:
            err("%s: %s has variants but the line has no variant key" % (where, sku))
        elif l["variant"] is not None and l["variant"] not in {v["name"] for v in p["variants"]}:
            err("%s: %s has no variant %r" % (where, sku, l["variant"]))
    elif "variant" in l:
        err("%s: variant key on %s, which has no variants" % (where, sku))
    q = l.get("quantity")
    if q is not None and (not isinstance(q, (int, float)) or q <= 0):
        err("%s: bad quantity %r" % (where, q))


# ---- histories
H = {}
for h in hists:
    H[h["customer"]] = h
    prev = ""
    for o in h["orders"]:
        if o["date"] <= prev:
            err("%s: orders not in date order" % h["customer"])
        prev = o["date"]
        for l in o["lines"]:
            check_line(l, "history %s %s" % (h["customer"], o["date"]))
            if l["sku"] is None or l["quantity"] is None:
                err("history %s: null in a history line" % h["customer"])

# ---- messages
INTENTS = {"ORDER", "QUESTION", "COMPLAINT", "OTHER", "CANCEL", "CHANGE"}
ids = set()
for r in rows:
    w = r["id"]
    if w in ids:
        err("duplicate id " + w)
    ids.add(w)
    for k in ("id", "channel", "text", "intent", "lines", "notes", "customer", "date", "language", "tags"):
        if k not in r:
            err("%s: missing %s" % (w, k))
    if r["intent"] not in INTENTS:
        err("%s: intent %s" % (w, r["intent"]))
    if r["channel"] not in {"WHATSAPP", "SMS", "EMAIL"}:
        err("%s: channel" % w)
    if r["customer"] not in H:
        err("%s: unknown customer" % w)
    else:
        for o in H[r["customer"]]["orders"]:
            if o["date"] >= r["date"]:
                err("%s: history order %s not before message date %s" % (w, o["date"], r["date"]))
    if r["intent"] != "ORDER":
        if r["lines"]:
            err("%s: non-ORDER with lines" % w)
        if "expect_review" in r:
            err("%s: expect_review on a non-ORDER row" % w)
    else:
        if "expect_review" not in r:
            err("%s: ORDER without expect_review" % w)
        nulls = any(
            l["sku"] is None or l["quantity"] is None or ("variant" in l and l["variant"] is None)
            for l in r["lines"]
        )
        if nulls and not r["expect_review"]:
            err("%s: a null line but expect_review false" % w)
    for l in r["lines"]:
        check_line(l, w)
    for l in r.get("lines_with_history", []):
        check_line(l, w + " (history)")
    if ("lines_with_history" in r) != ("expect_review_with_history" in r):
        err("%s: history fields must come together" % w)
    if r["intent"] == "CHANGE":
        if "change_lines" not in r:
            err("%s: CHANGE without change_lines" % w)
        for l in r.get("change_lines", []):
            check_line(l, w + " (change)")
    low = r["text"].lower()
    for sku, e in examples:
        if e.lower() in low:
            err("%s: contains the training example of %s: %r" % (w, sku, e))

# ---- similarity between texts
texts = [(r["id"], r["text"]) for r in rows]
best = (0, None, None)
for i in range(len(texts)):
    for j in range(i + 1, len(texts)):
        s = difflib.SequenceMatcher(None, texts[i][1], texts[j][1]).ratio()
        if s > best[0]:
            best = (s, texts[i][0], texts[j][0])
if best[0] >= 0.7:
    err("texts %s and %s too similar (%.2f)" % (best[1], best[2], best[0]))

# ---- report
orders = [r for r in rows if r["intent"] == "ORDER"]
lines = [l for r in orders for l in r["lines"]]
print(
    "catalog      %d categories, %d products, %d with variants (%d variants)"
    % (
        len(cat["categories"]),
        len(cat["products"]),
        sum(1 for p in cat["products"] if p["variants"]),
        sum(len(p["variants"]) for p in cat["products"]),
    )
)
print("units       ", dict(Counter(p["unit"] for p in cat["products"]).most_common()))
print(
    "histories    %d customers, %d with orders, %d orders, %d lines, %s to %s"
    % (
        len(hists),
        sum(1 for h in hists if h["orders"]),
        sum(len(h["orders"]) for h in hists),
        sum(len(o["lines"]) for h in hists for o in h["orders"]),
        min(o["date"] for h in hists for o in h["orders"]),
        max(o["date"] for h in hists for o in h["orders"]),
    )
)
print("messages     %d, %s to %s" % (len(rows), min(r["date"] for r in rows), max(r["date"] for r in rows)))
print("intents     ", dict(Counter(r["intent"] for r in rows).most_common()))
print("channels    ", dict(Counter(r["channel"] for r in rows).most_common()))
print("languages   ", dict(Counter(r["language"] for r in rows).most_common()))
print("non-en ORDER", sum(1 for r in orders if r["language"] != "en"))
print(
    "order lines  %d: null sku %d (ambiguous %d, not in catalog %d), variant products %d (variant null %d), null qty %d"
    % (
        len(lines),
        sum(1 for l in lines if l["sku"] is None),
        sum(1 for l in lines if l["sku"] is None and l.get("candidates")),
        sum(1 for l in lines if l["sku"] is None and not l.get("candidates")),
        sum(1 for l in lines if "variant" in l),
        sum(1 for l in lines if "variant" in l and l["variant"] is None),
        sum(1 for l in lines if l["quantity"] is None),
    )
)
print(
    "review       %d ORDER clean (expect_review false), %d expect_review"
    % (sum(1 for r in orders if not r["expect_review"]), sum(1 for r in orders if r["expect_review"]))
)
wh = [r for r in orders if "lines_with_history" in r]
print(
    "history      %d rows with history fields: %d review->no review, %d stay review, %d no review->review; "
    "with history %d of %d orders can ship"
    % (
        len(wh),
        sum(1 for r in wh if r["expect_review"] and not r["expect_review_with_history"]),
        sum(1 for r in wh if r["expect_review"] and r["expect_review_with_history"]),
        sum(1 for r in wh if not r["expect_review"] and r["expect_review_with_history"]),
        sum(1 for r in orders if not r.get("expect_review_with_history", r["expect_review"])),
        len(orders),
    )
)
print("tags        ", dict(Counter(t for r in rows for t in r["tags"]).most_common()))
used = {l["sku"] for r in orders for k in ("lines", "lines_with_history") for l in r.get(k, []) if l["sku"]}
used |= {c for r in orders for l in r["lines"] for c in l.get("candidates", [])}
used |= {l["sku"] for r in rows for l in r.get("change_lines", [])}
print("coverage     %d of %d products in a label or candidate" % (len(used & set(prod)), len(prod)))
print("max text similarity %.2f (%s, %s)" % best)
if errors:
    print("\n%d ERRORS" % len(errors))
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK")
