# ruff: noqa  (hand-written data generator of blind set 33, kept as its writer left it)
"""Validate catalog33.json, histories33.jsonl and holdout33.jsonl and print the set's figures.

Run: python3 validate33.py   (exit status 1 on any failed check)
"""

import collections
import difflib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import cat33  # noqa: E402

UNITS = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tray", "box", "tub"}
VTYPES = {"SIZE", "COLOR", "VOLUME", "WEIGHT"}
INTENTS = {"ORDER", "QUESTION", "COMPLAINT", "OTHER", "CANCEL", "CHANGE"}
errors = []


def err(msg):
    errors.append(msg)


def load_jsonl(name):
    out = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                out.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: invalid JSON (%s)" % (name, i, e))
    return out


with open(os.path.join(OUT, "catalog33.json"), encoding="utf-8") as f:
    catalog = json.load(f)
rows = load_jsonl("holdout33.jsonl")
hists = load_jsonl("histories33.jsonl")

# ---------------------------------------------------------------- catalog
products = {p["sku"]: p for p in catalog["products"]}
if len(products) != len(catalog["products"]):
    err("duplicate product sku")
seen_cats = set()
for c in catalog["categories"]:
    if c["parent"] is not None and c["parent"] not in seen_cats:
        err("category %s listed before its parent" % c["name"])
    seen_cats.add(c["name"])
all_skus = set(products)
alias_owner = {}
family_words = {w.lower() for w in cat33.FAMILY_WORDS}
price_re = re.compile(r"^\d+\.\d\d$")
for p in catalog["products"]:
    if p["category"] not in seen_cats:
        err("%s: unknown category" % p["sku"])
    if p["unit"] not in UNITS:
        err("%s: unit %s" % (p["sku"], p["unit"]))
    if not price_re.match(p["unit_price"]):
        err("%s: price %s" % (p["sku"], p["unit_price"]))
    names = []
    for a in p["aliases"]:
        names.append(a)
    for v in p["variants"]:
        if v["variant_type"] not in VTYPES:
            err("%s: variant type %s" % (p["sku"], v["variant_type"]))
        if not price_re.match(v["unit_price"]):
            err("%s/%s: price" % (p["sku"], v["name"]))
        if v["sku"] in all_skus:
            err("variant sku %s not unique" % v["sku"])
        all_skus.add(v["sku"])
        names.extend(v["ai_aliases"])
    if len({v["name"] for v in p["variants"]}) != len(p["variants"]):
        err("%s: duplicate variant names" % p["sku"])
    for a in names:
        k = a.lower()
        if k in alias_owner and alias_owner[k] != p["sku"]:
            err("alias %r shared by %s and %s" % (a, alias_owner[k], p["sku"]))
        if k in alias_owner and alias_owner[k] == p["sku"]:
            err("alias %r repeated in %s" % (a, p["sku"]))
        alias_owner[k] = p["sku"]
        if k in family_words:
            err("alias %r of %s is a bare family word" % (a, p["sku"]))
n_var_products = sum(1 for p in catalog["products"] if p["variants"])
if not 90 <= len(products) <= 120:
    err("product count %d outside 90-120" % len(products))
if not 12 <= n_var_products <= 18:
    err("products with variants %d outside 12-18" % n_var_products)
for fam, cands in cat33.FAMILIES.items():
    for c in cands:
        if c not in products:
            err("family %s: unknown sku %s" % (fam, c))
variant_names = {s: {v["name"] for v in p["variants"]} for s, p in products.items()}


def check_line(where, l, allow_null=True):
    sku = l.get("sku", "MISSING")
    if "quantity" not in l:
        err("%s: line without quantity" % where)
    if sku is None:
        if not allow_null:
            err("%s: null sku" % where)
        if "variant" in l:
            err("%s: variant key on a null-sku line" % where)
        c = l.get("candidates")
        if c is not None:
            if len(c) < 2:
                err("%s: fewer than 2 candidates" % where)
            for s in c:
                if s not in products:
                    err("%s: unknown candidate %s" % (where, s))
            cv = l.get("candidate_variant")
            if cv and not any(cv in variant_names.get(s, ()) for s in c):
                err("%s: candidate_variant %s fits no candidate" % (where, cv))
        return
    if sku not in products:
        err("%s: unknown sku %s" % (where, sku))
        return
    if variant_names[sku]:
        if "variant" not in l:
            err("%s: %s needs a variant key" % (where, sku))
        elif l["variant"] is not None and l["variant"] not in variant_names[sku]:
            err("%s: unknown variant %s of %s" % (where, l["variant"], sku))
    elif "variant" in l:
        err("%s: variant key on %s, which has no variants" % (where, sku))
    if "candidates" in l:
        err("%s: candidates on a resolved line" % where)


def line_open(l):
    q = l["quantity"]
    if l["sku"] is None or q is None:
        return True
    if variant_names.get(l["sku"]) and l.get("variant") is None:
        return True
    return isinstance(q, float) and not q.is_integer()


# ---------------------------------------------------------------- histories
hist = {}
for h in hists:
    hist[h["customer"]] = h
    prev = ""
    for o in h["orders"]:
        if o["date"] <= "2028-01-01" or o["date"] <= prev:
            err("%s: order date %s" % (h["customer"], o["date"]))
        prev = o["date"]
        if not o["lines"]:
            err("%s: empty order" % h["customer"])
        for l in o["lines"]:
            check_line("history %s %s" % (h["customer"], o["date"]), l, allow_null=False)
            if l.get("quantity") is None or (variant_names.get(l.get("sku")) and l.get("variant") is None):
                err("history %s: incomplete line %s" % (h["customer"], l))

# ---------------------------------------------------------------- messages
for i, r in enumerate(rows, 1):
    if r["id"] != "gr%03d" % i:
        err("id %s out of sequence at %d" % (r["id"], i))
texts = [r["text"] for r in rows]
phone_re = re.compile(r"\+?\d[\d \-]{8,}\d")
email_re = re.compile(r"[\w.+-]+@([\w-]+\.)+[\w-]+")


def drama(num):
    d = re.sub(r"\D", "", num)
    return (
        (d.startswith("447700900") and len(d) == 12)
        or (d.startswith("07700900") and len(d) == 11)
        or (d.startswith("02079460") and len(d) == 11)
    )


for r in rows:
    for m in phone_re.findall(r["text"]):
        if len(re.sub(r"\D", "", m)) >= 10 and not drama(m):
            err("%s: phone-like number %r is not a drama number" % (r["id"], m))
    for m in email_re.finditer(r["text"]):
        if not m.group(0).endswith(".example"):
            err("%s: e-mail %s not under .example" % (r["id"], m.group(0)))
for h in hists:
    a = h["address"]
    if "@" in a:
        if not a.endswith(".example"):
            err("%s: address %s" % (h["customer"], a))
    elif not drama(a):
        err("%s: address %s" % (h["customer"], a))

examples = [(e.lower(), p["sku"]) for p in catalog["products"] for e in p["ai_training_examples"]]
for r in rows:
    low = r["text"].lower()
    for e, s in examples:
        if e in low:
            err("%s: training example of %s inside the text" % (r["id"], s))

used = set()
cust_first_msg = collections.defaultdict(lambda: "9999")
for r in rows:
    cust_first_msg[r["customer"]] = min(cust_first_msg[r["customer"]], r["date"])
for r in rows:
    rid = r["id"]
    if r["intent"] not in INTENTS:
        err("%s: intent %s" % (rid, r["intent"]))
    if r["customer"] not in hist:
        err("%s: unknown customer" % rid)
    if r["date"] <= "2028-01-01":
        err("%s: date" % rid)
    if r["channel"] not in ("WHATSAPP", "SMS", "EMAIL"):
        err("%s: channel" % rid)
    tags = set(r["tags"])
    has_hist = "lines_with_history" in r
    if has_hist != ("expect_review_with_history" in r):
        err("%s: history fields must come together" % rid)
    if ("change_lines" in r) != (r["intent"] == "CHANGE"):
        err("%s: change_lines only and always on CHANGE" % rid)
    for l in r.get("change_lines", []):
        check_line(rid + " change_lines", l, allow_null=False)
        used.add(l["sku"])
    if r["intent"] != "ORDER":
        if r["lines"] or "expect_review" in r or has_hist:
            err("%s: non-ORDER row with lines or review fields" % rid)
        if "clean" in tags:
            err("%s: clean on a non-order" % rid)
        continue
    if "expect_review" not in r:
        err("%s: ORDER without expect_review" % rid)
        continue
    rev = r["expect_review"]
    notes = r.get("notes", "").lower()
    for l in r["lines"]:
        check_line(rid, l)
        if l["sku"]:
            used.add(l["sku"])
        for c in l.get("candidates") or []:
            used.add(c)
        if line_open(l) and not rev:
            err("%s: open line on a shippable row" % rid)
        if l["sku"] is None and "candidates" in l and "ambiguous" not in notes:
            err("%s: candidates without 'ambiguous' in notes" % rid)
        if l["sku"] is None and "candidates" not in l and "not in catalog" not in notes:
            err("%s: null sku without candidates needs 'not in catalog'" % rid)
        if l["sku"] and variant_names[l["sku"]] and l.get("variant") is None and "ambiguous" not in notes:
            err("%s: null variant without 'ambiguous'" % rid)
        if (
            l["quantity"] is None
            and "quantities not stated" not in notes
            and "not a whole number" not in notes
        ):
            err("%s: null quantity without the note phrase" % rid)
    if "reference" in tags and not rev:
        err("%s: reference row not in review" % rid)
    outlier = "outlier" in tags
    if ("clean" in tags) != (not rev and not outlier):
        err("%s: clean tag wrong" % rid)
    if has_hist:
        lwh, rwh = r["lines_with_history"], r["expect_review_with_history"]
        for l in lwh:
            check_line(rid + " with history", l)
            if line_open(l) and not rwh:
                err("%s: open line with history on a shippable row" % rid)
        if lwh == r["lines"] and rwh == rev:
            err("%s: history fields that change nothing" % rid)
    if outlier:
        if rev or not has_hist or not r["expect_review_with_history"]:
            err("%s: outlier must be review false, with history true" % rid)
        orders = [o for o in hist[r["customer"]]["orders"] if o["date"] < r["date"]]
        for l in r["lines"]:
            prevq = [x["quantity"] for o in orders for x in o["lines"] if x["sku"] == l["sku"]]
            if not prevq or l["quantity"] < 4 * max(prevq):
                err("%s: outlier %s not 4x the largest earlier quantity" % (rid, l["sku"]))
for h in hists:
    for o in h["orders"]:
        if o["date"] >= cust_first_msg.get(h["customer"], "9999"):
            err("%s: history order %s not before the first message" % (h["customer"], o["date"]))

# similarity
max_sim, max_pair = 0.0, None
for i in range(len(texts)):
    for j in range(i + 1, len(texts)):
        sm = difflib.SequenceMatcher(None, texts[i], texts[j])
        if sm.real_quick_ratio() < max_sim or sm.quick_ratio() < max_sim:
            continue
        s = sm.ratio()
        if s > max_sim:
            max_sim, max_pair = s, (rows[i]["id"], rows[j]["id"])
if max_sim >= 0.7:
    err("texts %s and %s have similarity %.2f" % (max_pair[0], max_pair[1], max_sim))

n = len(rows)
orders = [r for r in rows if r["intent"] == "ORDER"]
clean = [r for r in rows if "clean" in r["tags"]]
if n < 170:
    err("only %d messages" % n)
if len(clean) < 0.4 * n:
    err("clean orders %d below 40%%" % len(clean))
missing = sorted(set(products) - used)
if missing:
    err("products in no label or candidate: %s" % ", ".join(missing))

# ---------------------------------------------------------------- figures
C = collections.Counter
print(
    "catalog: %d categories (%d top-level), %d products, %d with %d variants; units %s"
    % (
        len(catalog["categories"]),
        sum(1 for c in catalog["categories"] if c["parent"] is None),
        len(products),
        n_var_products,
        sum(len(p["variants"]) for p in catalog["products"]),
        dict(C(p["unit"] for p in catalog["products"]).most_common()),
    )
)
n_orders = sum(len(h["orders"]) for h in hists)
n_hl = sum(len(o["lines"]) for h in hists for o in h["orders"])
dates = sorted(o["date"] for h in hists for o in h["orders"])
print(
    "histories: %d customers, %d with orders, %d orders, %d lines, %s to %s"
    % (len(hists), sum(1 for h in hists if h["orders"]), n_orders, n_hl, dates[0], dates[-1])
)
print("messages: %d, %s to %s" % (n, min(r["date"] for r in rows), max(r["date"] for r in rows)))
print("intents:", dict(C(r["intent"] for r in rows).most_common()))
print("channels:", dict(C(r["channel"] for r in rows).most_common()))
langs = C("el-greeklish" if "greeklish" in r["tags"] else r["language"] for r in rows)
print(
    "languages:",
    dict(langs.most_common()),
    "; non-English ORDER:",
    sum(1 for r in orders if r["language"] != "en"),
)
lines = [l for r in orders for l in r["lines"]]
print(
    "order lines: %d; null sku %d (ambiguous %d, not in catalog %d); of a product with variants %d (no variant "
    "%d); null quantity %d; fractional %d"
    % (
        len(lines),
        sum(1 for l in lines if l["sku"] is None),
        sum(1 for l in lines if "candidates" in l),
        sum(1 for l in lines if l["sku"] is None and "candidates" not in l),
        sum(1 for l in lines if l["sku"] and variant_names[l["sku"]]),
        sum(1 for l in lines if l["sku"] and variant_names[l["sku"]] and l["variant"] is None),
        sum(1 for l in lines if l["quantity"] is None),
        sum(1 for l in lines if isinstance(l["quantity"], float) and not l["quantity"].is_integer()),
    )
)
ship = [r for r in orders if not r["expect_review"]]
outl = [r for r in orders if "outlier" in r["tags"]]
print(
    "review: %d ORDER shippable (%d clean + %d outliers), %d expect_review; clean %d of %d = %.1f%%"
    % (len(ship), len(clean), len(outl), len(orders) - len(ship), len(clean), n, 100.0 * len(clean) / n)
)
wh = [r for r in orders if "lines_with_history" in r]
print(
    "history: lines_with_history on %d rows: %d review->no review, %d stay in review, %d outliers no->yes; "
    "with history %d of %d orders shippable"
    % (
        len(wh),
        sum(1 for r in wh if r["expect_review"] and not r["expect_review_with_history"]),
        sum(1 for r in wh if r["expect_review"] and r["expect_review_with_history"]),
        sum(1 for r in wh if not r["expect_review"] and r["expect_review_with_history"]),
        sum(1 for r in orders if not r.get("expect_review_with_history", r["expect_review"])),
        len(orders),
    )
)
print("coverage: %d of %d products in a label or as a candidate" % (len(set(products) & used), len(products)))
print("tags:", ", ".join("%s %d" % kv for kv in C(t for r in rows for t in r["tags"]).most_common()))
print("highest difflib similarity: %.2f (%s, %s)" % (max_sim, max_pair[0], max_pair[1]))
if errors:
    print("\nFAILED (%d):" % len(errors))
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("\nall checks passed")
