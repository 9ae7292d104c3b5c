# ruff: noqa  (hand-written data generator of blind set 23, kept as its writer left it)
#!/usr/bin/env python3
"""Check blind set 23 (catalog23.json, histories23.jsonl, holdout23.jsonl) and print its figures."""

import difflib
import json
import os
import re
import sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
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


with open(os.path.join(OUT, "catalog23.json"), encoding="utf-8") as f:
    cat = json.load(f)
hists = load_jsonl("histories23.jsonl")
rows = load_jsonl("holdout23.jsonl")

UNITS = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tray", "box", "tub"}
VTYPES = {"SIZE", "COLOR", "VOLUME", "WEIGHT"}
FAMILY_WORDS = {
    "house wine",
    "wine",
    "red",
    "white",
    "rosé",
    "rose",
    "red wine",
    "white wine",
    "prosecco",
    "champagne",
    "rioja",
    "malbec",
    "sauvignon",
    "sauvignon blanc",
    "merlot",
    "pinot noir",
    "port",
    "tawny",
    "sherry",
    "dessert wine",
    "chianti",
    "barolo",
    "batailley",
    "casillero",
    "villa maria",
    "guigal",
    "janasse",
    "chateauneuf",
    "châteauneuf",
    "natureo",
    "bag in box",
    "bib",
    "cooking wine",
    "carafe",
    "vacu vin",
    "glasses",
    "wine glasses",
    "sancerre",
    "taylors",
    "taylor's",
    "fizz",
    "sparkling",
    "magnum",
    "cabernet",
    "bucket",
    "côtes du rhône",
    "cotes du rhone",
    "tokaji or sauternes",
}

# ---- catalog
names = set()
for i, c in enumerate(cat["categories"]):
    if c["parent"] is not None and c["parent"] not in names:
        err("category %s listed before its parent" % c["name"])
    names.add(c["name"])
prod = {}
allskus = set()
alias_owner = {}
price_re = re.compile(r"^\d+\.\d\d$")
for p in cat["products"]:
    if p["sku"] in allskus:
        err("duplicate sku " + p["sku"])
    allskus.add(p["sku"])
    prod[p["sku"]] = p
    if p["category"] not in names:
        err("unknown category " + p["category"])
    if p["unit"] not in UNITS:
        err("bad unit " + p["unit"])
    if not price_re.match(p["unit_price"]):
        err("bad price " + p["sku"])
    for v in p["variants"]:
        if v["variant_type"] not in VTYPES:
            err("bad variant type " + v["sku"])
        if not price_re.match(v.get("unit_price", "0.00")):
            err("bad variant price " + v["sku"])
        if v["sku"] in allskus:
            err("duplicate variant sku " + v["sku"])
        allskus.add(v["sku"])
    als = [a.lower() for a in p["aliases"]] + [
        a.lower() for v in p["variants"] for a in v.get("ai_aliases", [])
    ]
    for a in set(als):
        if a in alias_owner and alias_owner[a] != p["sku"]:
            err("alias %r shared by %s and %s" % (a, alias_owner[a], p["sku"]))
        alias_owner[a] = p["sku"]
        if a in FAMILY_WORDS:
            err("alias %r of %s is a bare family word" % (a, p["sku"]))
npv = sum(1 for p in cat["products"] if p["variants"])
if not 90 <= len(prod) <= 120:
    err("product count %d" % len(prod))
if not 12 <= npv <= 18:
    err("products with variants %d" % npv)
VAR = {s: [v["name"] for v in p["variants"]] for s, p in prod.items()}


def check_line(l, where, allow_null=True):
    s = l.get("sku")
    if s is None:
        if not allow_null:
            err(where + ": null sku")
        if "variant" in l:
            err(where + ": variant on a null-sku line")
        c = l.get("candidates")
        if c is not None:
            if len(c) < 2:
                err(where + ": fewer than two candidates")
            for x in c:
                if x not in prod:
                    err(where + ": unknown candidate " + x)
            cv = l.get("candidate_variant")
            if cv and not any(cv in VAR.get(x, []) for x in c):
                err(where + ": candidate_variant fits no candidate")
        return
    if s not in prod:
        err(where + ": unknown sku " + s)
        return
    if VAR[s]:
        if "variant" not in l:
            err(where + ": missing variant key on " + s)
        elif l["variant"] is not None and l["variant"] not in VAR[s]:
            err(where + ": unknown variant %r of %s" % (l["variant"], s))
    elif "variant" in l:
        err(where + ": variant key on %s which has no variants" % s)
    if "candidates" in l:
        err(where + ": candidates on a line with a sku")


def is_open(l):
    return l.get("sku") is None or l.get("quantity") is None or ("variant" in l and l["variant"] is None)


# ---- histories
hmap = {}
max_qty = {}
for h in hists:
    hmap[h["customer"]] = h
    for k in ("customer", "name", "kind", "channel", "address", "language", "orders"):
        if k not in h:
            err("history %s lacks %s" % (h.get("customer"), k))
    for o in h["orders"]:
        for l in o["lines"]:
            check_line(l, "history " + h["customer"], allow_null=False)
            if l.get("quantity") is None or ("variant" in l and l["variant"] is None):
                err("history %s: incomplete line" % h["customer"])
            k = (h["customer"], l["sku"])
            max_qty[k] = max(max_qty.get(k, 0), l["quantity"])

# ---- messages
ids = [r["id"] for r in rows]
if ids != ["m%03d" % i for i in range(1, len(rows) + 1)]:
    err("ids do not run m001... without gaps")
msg_dates = {}
for r in rows:
    msg_dates.setdefault(r["customer"], []).append(r["date"])
for c, ds in msg_dates.items():
    if c not in hmap:
        err("unknown customer " + c)
        continue
    for o in hmap[c]["orders"]:
        if o["date"] >= min(ds):
            err("history of %s not before its messages" % c)
INTENTS = {"ORDER", "QUESTION", "COMPLAINT", "OTHER", "CHANGE", "CANCEL"}
for r in rows:
    w = r["id"]
    if r["intent"] not in INTENTS:
        err(w + ": bad intent")
    notes = r.get("notes", "").lower()
    tags = r.get("tags", [])
    hist_keys = [k for k in ("lines_with_history", "expect_review_with_history") if k in r]
    if r["intent"] != "ORDER":
        if r["lines"]:
            err(w + ": non-ORDER row with lines")
        if "expect_review" in r or hist_keys:
            err(w + ": non-ORDER row with review fields")
        if "clean" in tags:
            err(w + ": clean on a non-order")
    if (r["intent"] == "CHANGE") != ("change_lines" in r):
        err(w + ": change_lines only and always on CHANGE rows")
    for l in r.get("change_lines", []):
        check_line(l, w + " change_lines", allow_null=False)
    if r["intent"] != "ORDER":
        continue
    if "expect_review" not in r:
        err(w + ": ORDER without expect_review")
    if len(hist_keys) == 1:
        err(w + ": history fields must come together")
    for field, rev in (("lines", "expect_review"), ("lines_with_history", "expect_review_with_history")):
        if field not in r:
            continue
        for l in r[field]:
            check_line(l, w + " " + field)
            if is_open(l) and not r[rev]:
                err(w + ": open line in %s but %s false" % (field, rev))
            if l.get("sku") is None:
                if l.get("candidates") and "ambiguous" not in notes:
                    err(w + ": candidates without 'ambiguous' in notes")
                if not l.get("candidates") and "not in catalog" not in notes:
                    err(w + ": not-in-catalog line without note")
            elif "variant" in l and l["variant"] is None and "ambiguous" not in notes:
                err(w + ": null variant without 'ambiguous' in notes")
            if (
                l.get("quantity") is None
                and "quantities not stated" not in notes
                and "not a whole number" not in notes
            ):
                err(w + ": null quantity without note")
    if (
        hist_keys
        and r["lines_with_history"] == r["lines"]
        and r["expect_review_with_history"] == r["expect_review"]
    ):
        err(w + ": history fields that change nothing")
    if "reference" in tags and not r["expect_review"]:
        err(w + ": reference row not in review")
    outlier = "outlier" in tags
    if outlier:
        if r["expect_review"] or not r.get("expect_review_with_history"):
            err(w + ": outlier review flags")
        for l in r["lines"]:
            if l["quantity"] < 4 * max_qty.get((r["customer"], l["sku"]), 10**9):
                err(w + ": outlier below 4x the customer's largest earlier quantity")
    shippable = not r["expect_review"] and not outlier
    if shippable != ("clean" in tags):
        err(w + ": clean tag does not match the review flags")

# ---- training examples, contacts, similarity
texts = [r["text"] for r in rows]
low = [t.lower() for t in texts]
for p in cat["products"]:
    for ex in p["ai_training_examples"]:
        for r, t in zip(rows, low):
            if ex.lower() in t:
                err("training example %r inside %s" % (ex, r["id"]))
phone_re = re.compile(r"(?:\+44\s?7\d{3}|\b07\d{3})\s?\d{3}\s?\d{3}\b|\b020\s?\d{4}\s?\d{4}\b")
drama_re = re.compile(r"^(?:\+44\s?7700\s?900\d{3}|07700\s?900\s?\d{3}|020\s?7946\s?0\d{3})$")
email_re = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
sources = [(r["id"], r["text"]) for r in rows] + [(h["customer"], h["address"]) for h in hists]
for who, t in sources:
    for m in phone_re.finditer(t):
        if not drama_re.match(m.group(0)):
            err("%s: phone %s is not a drama number" % (who, m.group(0)))
    for m in email_re.finditer(t):
        if not m.group(1).endswith(".example"):
            err("%s: e-mail domain %s" % (who, m.group(1)))
best = (0.0, None, None)
for i in range(len(texts)):
    for j in range(i + 1, len(texts)):
        sm = difflib.SequenceMatcher(None, texts[i], texts[j], autojunk=False)
        if sm.real_quick_ratio() < max(0.7, best[0]) or sm.quick_ratio() < max(0.7, best[0]):
            continue
        r_ = sm.ratio()
        if r_ > best[0]:
            best = (r_, rows[i]["id"], rows[j]["id"])
if best[0] >= 0.7:
    err("texts %s and %s have similarity %.2f" % (best[1], best[2], best[0]))


# ---- figures
def top(counter):
    return ", ".join("%s %d" % kv for kv in counter.most_common())


orders = [r for r in rows if r["intent"] == "ORDER"]
olines = [l for r in orders for l in r["lines"]]
clean = sum("clean" in r["tags"] for r in rows)
print(
    "catalog: %d categories (%d top-level), %d products, %d with variants, %d variants"
    % (
        len(cat["categories"]),
        sum(c["parent"] is None for c in cat["categories"]),
        len(prod),
        npv,
        sum(len(v) for v in VAR.values()),
    )
)
print("units:", top(Counter(p["unit"] for p in cat["products"])))
print(
    "histories: %d customers, %d orders, %d lines, %s to %s, %d with no orders"
    % (
        len(hists),
        sum(len(h["orders"]) for h in hists),
        sum(len(o["lines"]) for h in hists for o in h["orders"]),
        min(o["date"] for h in hists for o in h["orders"]),
        max(o["date"] for h in hists for o in h["orders"]),
        sum(1 for h in hists if not h["orders"]),
    )
)
print("messages: %d, %s to %s" % (len(rows), min(r["date"] for r in rows), max(r["date"] for r in rows)))
print("intents:", top(Counter(r["intent"] for r in rows)))
print("channels:", top(Counter(r["channel"] for r in rows)))
print(
    "languages:",
    top(Counter(r["language"] for r in rows)),
    "(non-English ORDER: %d)" % sum(r["language"] != "en" for r in orders),
)
print(
    "order lines: %d; null sku %d (ambiguous with candidates %d, not in catalog %d); of a product with variants %d "
    "(no variant %d); null quantity %d"
    % (
        len(olines),
        sum(l["sku"] is None for l in olines),
        sum(bool(l.get("candidates")) for l in olines),
        sum(l["sku"] is None and not l.get("candidates") for l in olines),
        sum("variant" in l for l in olines),
        sum("variant" in l and l["variant"] is None for l in olines),
        sum(l["quantity"] is None for l in olines),
    )
)
rev = sum(r["expect_review"] for r in orders)
outl = sum("outlier" in r["tags"] for r in orders)
print(
    "review: %d ORDER ship as written (%d clean + %d outliers), %d need a human; clean %d of %d messages = %.1f%%"
    % (len(orders) - rev, clean, outl, rev, clean, len(rows), 100.0 * clean / len(rows))
)
wh = [r for r in orders if "lines_with_history" in r]
print(
    "history: lines_with_history on %d rows: %d review->no review, %d stay in review, %d no review->review; "
    "with history %d of %d orders ship as written"
    % (
        len(wh),
        sum(r["expect_review"] and not r["expect_review_with_history"] for r in wh),
        sum(r["expect_review"] and r["expect_review_with_history"] for r in wh),
        sum(not r["expect_review"] and r["expect_review_with_history"] for r in wh),
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
print("coverage: %d of %d products in a label or as a candidate" % (len(used & set(prod)), len(prod)))
print("tags:", top(Counter(t for r in rows for t in r["tags"])))
print("highest difflib similarity between two texts: %.2f (%s, %s)" % best)
if ERR:
    print("\n%d PROBLEMS" % len(ERR))
    for e in ERR[:60]:
        print(" -", e)
    sys.exit(1)
print("\nvalidation passed")
