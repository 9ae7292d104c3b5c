# ruff: noqa  (hand-written data generator of blind set 59, kept as its writer left it)
"""Checks catalog59.json, histories59.jsonl and holdout59.jsonl; prints the figures; exits 1 on any failure."""

import collections
import difflib
import json
import os
import re
import sys

import cat59

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
ERR = []
UNITS = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tray", "box", "tub"}
VTYPES = {"SIZE", "COLOR", "VOLUME", "WEIGHT"}
INTENTS = {"ORDER", "QUESTION", "COMPLAINT", "OTHER", "CANCEL", "CHANGE"}
PRICE = re.compile(r"^\d+\.\d\d$")


def err(msg):
    ERR.append(msg)


def load_jsonl(name):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: invalid JSON (%s)" % (name, n, e))
    return rows


with open(os.path.join(OUT, "catalog59.json"), encoding="utf-8") as f:
    CAT = json.load(f)
HIST = load_jsonl("histories59.jsonl")
ROWS = load_jsonl("holdout59.jsonl")
PRODUCTS = {p["sku"]: p for p in CAT["products"]}

# ---------------------------------------------------------------- catalog
seen_cat = set()
for c in CAT["categories"]:
    if c["parent"] is not None and c["parent"] not in seen_cat:
        err("category %s listed before its parent" % c["name"])
    seen_cat.add(c["name"])
alias_owner = {}
all_skus = set()
family = {w.lower() for w in cat59.FAMILY_WORDS}
for p in CAT["products"]:
    if p["sku"] in all_skus:
        err("duplicate sku %s" % p["sku"])
    all_skus.add(p["sku"])
    if p["category"] not in seen_cat:
        err("%s: unknown category" % p["sku"])
    if p["unit"] not in UNITS:
        err("%s: unit %s" % (p["sku"], p["unit"]))
    if not PRICE.match(p["unit_price"]):
        err("%s: price %s" % (p["sku"], p["unit_price"]))
    aliases = list(p["aliases"])
    for v in p["variants"]:
        if v["variant_type"] not in VTYPES:
            err("%s/%s: variant type" % (p["sku"], v["name"]))
        if not v.get("sku") or not PRICE.match(v.get("unit_price", "")):
            err("%s/%s: variant sku or price missing/invalid" % (p["sku"], v["name"]))
        if v.get("sku") in all_skus:
            err("duplicate variant sku %s" % v.get("sku"))
        all_skus.add(v.get("sku"))
        aliases += v.get("ai_aliases", [])
    if len({v["name"] for v in p["variants"]}) != len(p["variants"]):
        err("%s: duplicate variant names" % p["sku"])
    for a in aliases:
        a = a.lower()
        if a in alias_owner and alias_owner[a] != p["sku"]:
            err("alias %r shared by %s and %s" % (a, alias_owner[a], p["sku"]))
        alias_owner[a] = p["sku"]
        if a in family:
            err("alias %r of %s is a family word" % (a, p["sku"]))
n_prod = len(CAT["products"])
n_var_prod = sum(1 for p in CAT["products"] if p["variants"])
if not 90 <= n_prod <= 130:
    err("product count %d" % n_prod)
if not 12 <= n_var_prod <= 20:
    err("products with variants %d" % n_var_prod)


def has_var(sku):
    return bool(sku) and bool(PRODUCTS[sku]["variants"])


def check_line(l, where):
    if l["sku"] is not None:
        if l["sku"] not in PRODUCTS:
            err("%s: unknown sku %s" % (where, l["sku"]))
            return
        if has_var(l["sku"]):
            if "variant" not in l:
                err("%s: %s needs a variant key" % (where, l["sku"]))
            elif l["variant"] is not None and l["variant"] not in [
                v["name"] for v in PRODUCTS[l["sku"]]["variants"]
            ]:
                err("%s: unknown variant %r of %s" % (where, l["variant"], l["sku"]))
        elif "variant" in l:
            err("%s: variant key on %s (no variants)" % (where, l["sku"]))
        if "candidates" in l:
            err("%s: candidates on a resolved line" % where)
    else:
        if "variant" in l:
            err("%s: variant key on a null-sku line" % where)
        if "candidates" in l:
            if len(l["candidates"]) < 2:
                err("%s: fewer than two candidates" % where)
            for c in l["candidates"]:
                if c not in PRODUCTS:
                    err("%s: unknown candidate %s" % (where, c))
            cv = l.get("candidate_variant")
            if cv and not any(
                c in PRODUCTS and cv in [v["name"] for v in PRODUCTS[c]["variants"]] for c in l["candidates"]
            ):
                err("%s: candidate_variant %r fits no candidate" % (where, cv))
    q = l["quantity"]
    if q is not None and (not isinstance(q, (int, float)) or q < 0):
        err("%s: bad quantity %r" % (where, q))


def is_open(l):
    return l["sku"] is None or ("variant" in l and l["variant"] is None) or l["quantity"] is None


def frac(l):
    return isinstance(l["quantity"], float) and l["quantity"] != int(l["quantity"])


# ---------------------------------------------------------------- histories
hist = {}
first_date = {}
for h in HIST:
    hist[h["customer"]] = h
    for k in ("customer", "name", "kind", "channel", "address", "language", "orders"):
        if k not in h:
            err("history %s: missing %s" % (h.get("customer"), k))
    for o in h["orders"]:
        if not o["lines"]:
            err("history %s %s: empty order" % (h["customer"], o["date"]))
        for l in o["lines"]:
            if l.get("sku") is None or not isinstance(l.get("quantity"), int) or l["quantity"] <= 0:
                err("history %s %s: incomplete line %r" % (h["customer"], o["date"], l))
            check_line(l, "history %s %s" % (h["customer"], o["date"]))
            if has_var(l["sku"]) and l.get("variant") is None:
                err("history %s: line without variant" % h["customer"])
new_customers = [h["customer"] for h in HIST if not h["orders"]]
if len(new_customers) != 2:
    err("expected two first-time customers, got %r" % new_customers)

# ---------------------------------------------------------------- holdout
for k, r in enumerate(ROWS, 1):
    if r["id"] != "pt%03d" % k:
        err("id %s out of sequence (expected pt%03d)" % (r["id"], k))
PHRASES_OPEN = ("ambiguous", "not in catalog", "quantities not stated", "not a whole number")
for r in ROWS:
    rid = r["id"]
    for key in ("id", "channel", "text", "intent", "lines", "notes", "customer", "date", "language", "tags"):
        if key not in r:
            err("%s: missing %s" % (rid, key))
    if r["intent"] not in INTENTS:
        err("%s: intent %s" % (rid, r["intent"]))
    if r["channel"] not in ("WHATSAPP", "SMS", "EMAIL"):
        err("%s: channel" % rid)
    if r["customer"] not in hist:
        err("%s: customer not in histories" % rid)
    if r["date"] <= "2028-06-01":
        err("%s: date %s not after 2028-06-01" % (rid, r["date"]))
    for o in hist.get(r["customer"], {"orders": []})["orders"]:
        if o["date"] >= r["date"]:
            err("%s: history order %s not before message date" % (rid, o["date"]))
    for l in r["lines"]:
        check_line(l, rid)
    for l in r.get("lines_with_history", []):
        check_line(l, rid + " (history)")
    for l in r.get("change_lines", []):
        check_line(l, rid + " (change)")
    tags = set(r["tags"])
    has_h = ("lines_with_history" in r, "expect_review_with_history" in r)
    if has_h[0] != has_h[1]:
        err("%s: history fields not together" % rid)
    if r["intent"] != "ORDER":
        if r["lines"]:
            err("%s: non-order with lines" % rid)
        if "expect_review" in r or any(has_h):
            err("%s: non-order with review fields" % rid)
    else:
        if "expect_review" not in r:
            err("%s: ORDER without expect_review" % rid)
            continue
        rev = r["expect_review"]
        notes = r["notes"].lower()
        for l in r["lines"]:
            if is_open(l):
                if not rev:
                    err("%s: open line on a shippable row" % rid)
                if l["sku"] is None and "candidates" in l and "ambiguous" not in notes:
                    err("%s: notes lack 'ambiguous'" % rid)
                if l["sku"] is None and "candidates" not in l and "not in catalog" not in notes:
                    err("%s: notes lack 'not in catalog'" % rid)
                if "variant" in l and l["variant"] is None and "ambiguous" not in notes:
                    err("%s: notes lack 'ambiguous' (variant)" % rid)
                if (
                    l["quantity"] is None
                    and "quantities not stated" not in notes
                    and "not a whole number" not in notes
                ):
                    err("%s: notes lack the quantity phrase" % rid)
            if frac(l) and not rev:
                err("%s: fractional quantity on a shippable row" % rid)
        if has_h[0]:
            erwh = r["expect_review_with_history"]
            for l in r["lines_with_history"]:
                if is_open(l) and not erwh:
                    err("%s: open history line on a shippable row" % rid)
                if is_open(l) and not any(p in notes for p in PHRASES_OPEN):
                    err("%s: notes lack phrase for an open history line" % rid)
            if r["lines_with_history"] == r["lines"] and erwh == rev:
                err("%s: history fields that change nothing" % rid)
        if "reference" in tags and not rev:
            err("%s: reference row not in review" % rid)
        shippable = not rev
        if ("clean" in tags) != (shippable and "outlier" not in tags):
            err("%s: clean tag wrong" % rid)
        if "outlier" in tags:
            if rev or not r.get("expect_review_with_history"):
                err("%s: outlier review fields" % rid)
            orders = hist[r["customer"]]["orders"]
            for l in r["lines"]:
                mx = max([x["quantity"] for o in orders for x in o["lines"] if x["sku"] == l["sku"]] or [0])
                if mx == 0 or l["quantity"] < 4 * mx:
                    err("%s: outlier %s %s < 4 x %s" % (rid, l["sku"], l["quantity"], mx))
    if ("change_lines" in r) != (r["intent"] == "CHANGE"):
        err("%s: change_lines only and always on CHANGE" % rid)

# training examples, phones, e-mail
examples = [e.lower() for p in CAT["products"] for e in p["ai_training_examples"]]
PHONE = re.compile(r"(?:\+44\s?|\b0)\d[\d ]{8,12}\d")
OK_PHONE = re.compile(r"^(?:447700900\d{3}|07700900\d{3}|02079460\d{3})$")
EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
for r in ROWS:
    t = r["text"].lower()
    for e in examples:
        if e in t:
            err("%s: training example %r inside the text" % (r["id"], e))
    for m in PHONE.findall(r["text"]):
        if not OK_PHONE.match(re.sub(r"\D", "", m)):
            err("%s: phone %r is not a drama number" % (r["id"], m))
    for m in EMAIL.findall(r["text"]):
        if not m.endswith(".example"):
            err("%s: e-mail domain %s" % (r["id"], m))
for h in HIST:
    a = h["address"]
    if "@" in a:
        if not a.endswith(".example"):
            err("history %s: e-mail %s" % (h["customer"], a))
    elif not OK_PHONE.match(re.sub(r"\D", "", a)):
        err("history %s: phone %s" % (h["customer"], a))

# similarity
texts = [(r["id"], r["text"]) for r in ROWS]
best = (0.0, None, None)
for i in range(len(texts)):
    for j in range(i + 1, len(texts)):
        sm = difflib.SequenceMatcher(None, texts[i][1], texts[j][1])
        if sm.real_quick_ratio() < best[0] and sm.real_quick_ratio() < 0.7:
            continue
        if sm.quick_ratio() < max(best[0], 0.0) and sm.quick_ratio() < 0.7:
            continue
        rt = sm.ratio()
        if rt > best[0]:
            best = (rt, texts[i][0], texts[j][0])
        if rt >= 0.7:
            err("texts %s and %s have similarity %.2f" % (texts[i][0], texts[j][0], rt))

n = len(ROWS)
orders = [r for r in ROWS if r["intent"] == "ORDER"]
clean = sum(1 for r in ROWS if "clean" in r["tags"])
if n < 180:
    err("only %d messages" % n)
if clean < 0.4 * n:
    err("clean %d < 40%% of %d" % (clean, n))

# ---------------------------------------------------------------- figures
print(
    "catalog: %d categories (%d top-level), %d products, %d with variants (%d variants)"
    % (
        len(CAT["categories"]),
        sum(1 for c in CAT["categories"] if c["parent"] is None),
        n_prod,
        n_var_prod,
        sum(len(p["variants"]) for p in CAT["products"]),
    )
)
print("units:", dict(collections.Counter(p["unit"] for p in CAT["products"]).most_common()))
ho = [o for h in HIST for o in h["orders"]]
print(
    "histories: %d customers, %d with orders, %d orders, %d lines, %s to %s"
    % (
        len(HIST),
        sum(1 for h in HIST if h["orders"]),
        len(ho),
        sum(len(o["lines"]) for o in ho),
        min(o["date"] for o in ho),
        max(o["date"] for o in ho),
    )
)
print("messages: %d, dates %s to %s" % (n, min(r["date"] for r in ROWS), max(r["date"] for r in ROWS)))
print("intents:", dict(collections.Counter(r["intent"] for r in ROWS).most_common()))
print("channels:", dict(collections.Counter(r["channel"] for r in ROWS).most_common()))
print(
    "languages:",
    dict(collections.Counter(r["language"] for r in ROWS).most_common()),
    "; non-English ORDER:",
    sum(1 for r in orders if r["language"] != "en"),
)
lines = [l for r in orders for l in r["lines"]]
print(
    "order lines: %d; null sku %d (ambiguous %d, not in catalog %d); of a product with variants %d "
    "(no variant %d); null quantity %d"
    % (
        len(lines),
        sum(1 for l in lines if l["sku"] is None),
        sum(1 for l in lines if "candidates" in l),
        sum(1 for l in lines if l["sku"] is None and "candidates" not in l),
        sum(1 for l in lines if has_var(l["sku"])),
        sum(1 for l in lines if has_var(l["sku"]) and l["variant"] is None),
        sum(1 for l in lines if l["quantity"] is None),
    )
)
ship = [r for r in orders if not r["expect_review"]]
print(
    "review: %d shippable (%d clean, %d outliers), %d in review; clean %d of %d = %.1f%%"
    % (
        len(ship),
        clean,
        sum(1 for r in ship if "outlier" in r["tags"]),
        len(orders) - len(ship),
        clean,
        n,
        100.0 * clean / n,
    )
)
hrows = [r for r in orders if "lines_with_history" in r]
to_ship = sum(1 for r in hrows if r["expect_review"] and not r["expect_review_with_history"])
keep = sum(1 for r in hrows if r["expect_review"] and r["expect_review_with_history"])
out_ = sum(1 for r in hrows if not r["expect_review"] and r["expect_review_with_history"])
with_h = sum(1 for r in orders if not r.get("expect_review_with_history", r["expect_review"]))
print(
    "history: lines_with_history on %d rows: %d review->ship, %d keep review, %d outliers ship->review; "
    "with history %d of %d orders ship" % (len(hrows), to_ship, keep, out_, with_h, len(orders))
)
used = set()
for r in ROWS:
    for l in r["lines"] + r.get("change_lines", []):
        if l["sku"]:
            used.add(l["sku"])
        used.update(l.get("candidates", []))
print("coverage: %d of %d products in a label or as a candidate" % (len(used & set(PRODUCTS)), n_prod))
missing = sorted(set(PRODUCTS) - used)
if missing:
    print("  not covered:", missing)
tc = collections.Counter(t for r in ROWS for t in r["tags"])
print("tags:", ", ".join("%s %d" % kv for kv in tc.most_common()))
print("highest difflib ratio: %.2f (%s, %s)" % best)
if ERR:
    print("\nFAILED (%d):" % len(ERR))
    for e in ERR:
        print("  -", e)
    sys.exit(1)
print("\nall checks passed")
