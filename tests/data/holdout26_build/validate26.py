# ruff: noqa  (hand-written data generator of blind set 26, kept as its writer left it)
"""Check catalog26.json, histories26.jsonl and holdout26.jsonl against the README's rules and print the figures.
Exit status 1 on any failure."""

import collections
import difflib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import cat26  # noqa: E402

ERR = []


def err(*a):
    ERR.append(" ".join(str(x) for x in a))


def load_jsonl(name):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err(name, "line", i, "invalid JSON", e)
    return rows


with open(os.path.join(OUT, "catalog26.json"), encoding="utf-8") as f:
    cat = json.load(f)
hist = load_jsonl("histories26.jsonl")
rows = load_jsonl("holdout26.jsonl")

UNITS = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tray", "box", "tub"}
VTYPES = {"SIZE", "COLOR", "VOLUME", "WEIGHT"}
PRICE = re.compile(r"^\d+\.\d\d$")

# ------------------------------------------------------------------ catalog
prods = {}
seen_cat = set()
for c in cat["categories"]:
    if c["parent"] is not None and c["parent"] not in seen_cat:
        err("category parent not listed first:", c["name"])
    if c["name"] in seen_cat:
        err("duplicate category", c["name"])
    seen_cat.add(c["name"])
all_skus = set()
alias_owner = {}
family = {w.lower() for w in cat26.FAMILY_WORDS}
n_var_products = 0
for p in cat["products"]:
    if p["sku"] in all_skus:
        err("duplicate sku", p["sku"])
    all_skus.add(p["sku"])
    prods[p["sku"]] = p
    if p["category"] not in seen_cat:
        err("unknown category", p["sku"], p["category"])
    if p["unit"] not in UNITS:
        err("bad unit", p["sku"], p["unit"])
    if not PRICE.match(p["unit_price"]):
        err("bad price", p["sku"], p["unit_price"])
    names = []
    for a in p["aliases"]:
        al = a.lower()
        if al in alias_owner:
            err("shared alias", a, p["sku"], alias_owner[al])
        alias_owner[al] = p["sku"]
        if al in family:
            err("alias is a bare family word", p["sku"], a)
    if p["variants"]:
        n_var_products += 1
    for v in p["variants"]:
        if v["variant_type"] not in VTYPES:
            err("bad variant type", p["sku"], v)
        if not PRICE.match(v["unit_price"]):
            err("bad variant price", p["sku"], v)
        if v["sku"] in all_skus:
            err("duplicate variant sku", v["sku"])
        all_skus.add(v["sku"])
        if v["name"] in names:
            err("duplicate variant name", p["sku"], v["name"])
        names.append(v["name"])
        for a in v.get("ai_aliases", []):
            al = a.lower()
            if al in alias_owner:
                err("shared alias (variant)", a, v["sku"], alias_owner[al])
            alias_owner[al] = v["sku"]
            if al in family:
                err("variant alias is a bare family word", v["sku"], a)
if not 90 <= len(cat["products"]) <= 120:
    err("product count", len(cat["products"]))
if not 12 <= n_var_products <= 18:
    err("products with variants", n_var_products)


def vnames(sku):
    return [v["name"] for v in prods[sku]["variants"]]


def check_line(where, l, allow_null=True):
    sku = l.get("sku")
    if sku is None:
        if "variant" in l:
            err(where, "variant key on a null-sku line", l)
        if "candidates" in l:
            if len(l["candidates"]) < 2:
                err(where, "fewer than two candidates", l)
            for c in l["candidates"]:
                if c not in prods:
                    err(where, "unknown candidate", c)
            cv = l.get("candidate_variant")
            if cv is not None and not any(cv in vnames(c) for c in l["candidates"] if c in prods):
                err(where, "candidate_variant fits no candidate", l)
        elif "candidate_variant" in l:
            err(where, "candidate_variant without candidates", l)
        if not allow_null:
            err(where, "null sku", l)
        return
    if sku not in prods:
        err(where, "unknown sku", sku)
        return
    if "candidates" in l or "candidate_variant" in l:
        err(where, "candidates on a resolved line", l)
    if prods[sku]["variants"]:
        if "variant" not in l:
            err(where, "missing variant key", l)
        elif l["variant"] is not None and l["variant"] not in vnames(sku):
            err(where, "unknown variant", l)
        elif l["variant"] is None and not allow_null:
            err(where, "null variant", l)
    elif "variant" in l:
        err(where, "variant key on a product without variants", l)
    q = l.get("quantity")
    if q is None:
        if not allow_null:
            err(where, "null quantity", l)
    elif not isinstance(q, (int, float)) or q < 0:
        err(where, "bad quantity", l)


def is_open(l):
    q = l["quantity"]
    return (
        l["sku"] is None
        or q is None
        or ("variant" in l and l["variant"] is None)
        or (isinstance(q, float) and not q.is_integer())
    )


# ------------------------------------------------------------------ histories
hist_by = {}
max_qty = collections.defaultdict(lambda: collections.defaultdict(int))
for h in hist:
    hist_by[h["customer"]] = h
    for o in h["orders"]:
        for l in o["lines"]:
            check_line("history " + h["customer"], l, allow_null=False)
            if isinstance(l.get("quantity"), (int, float)):
                if l["quantity"] <= 0:
                    err("history non-positive quantity", h["customer"], l)
                max_qty[h["customer"]][l["sku"]] = max(max_qty[h["customer"]][l["sku"]], l["quantity"])

# ------------------------------------------------------------------ holdout
for i, r in enumerate(rows, 1):
    if r["id"] != "l%03d" % i:
        err("id out of sequence", r["id"], "expected l%03d" % i)
    if r["customer"] not in hist_by:
        err(r["id"], "unknown customer", r["customer"])
        continue
    for o in hist_by[r["customer"]]["orders"]:
        if o["date"] >= r["date"]:
            err(r["id"], "history date not before message date", o["date"])
    intent = r["intent"]
    hf = ("lines_with_history" in r, "expect_review_with_history" in r)
    if hf[0] != hf[1]:
        err(r["id"], "history fields not together")
    if intent != "ORDER":
        if r["lines"]:
            err(r["id"], "non-ORDER row with lines")
        if "expect_review" in r or any(hf):
            err(r["id"], "review fields on a non-ORDER row")
    if ("change_lines" in r) != (intent == "CHANGE"):
        err(r["id"], "change_lines only and always on CHANGE rows")
    for l in r.get("change_lines", []):
        check_line(r["id"] + " change", l, allow_null=False)
    if intent != "ORDER":
        continue
    review = r["expect_review"]
    notes = r["notes"]
    tags = set(r["tags"])
    for l in r["lines"]:
        check_line(r["id"], l)
    for key, rev in (("lines", review), ("lines_with_history", r.get("expect_review_with_history"))):
        if key not in r:
            continue
        for l in r[key]:
            if key != "lines":
                check_line(r["id"] + " lwh", l)
            if is_open(l) and not rev:
                err(r["id"], key, "open line on a shippable row", l)
            if "candidates" in l or ("variant" in l and l["variant"] is None):
                if "ambiguous" not in notes:
                    err(r["id"], "notes lack 'ambiguous'")
            if l["sku"] is None and "candidates" not in l and "not in catalog" not in notes:
                err(r["id"], "notes lack 'not in catalog'")
            if l["quantity"] is None and not (
                "quantities not stated" in notes or "not a whole number" in notes
            ):
                err(r["id"], "notes lack 'quantities not stated'/'not a whole number'")
    if "reference" in tags and not review:
        err(r["id"], "reference row not in review")
    outlier = "outlier" in tags
    if ("clean" in tags) != (not review and not outlier):
        err(r["id"], "clean tag wrong")
    if outlier:
        if review or r.get("expect_review_with_history") is not True:
            err(r["id"], "outlier review fields")
        for l in r["lines"]:
            m = max_qty[r["customer"]].get(l["sku"], 0)
            if m and l["quantity"] < 4 * m:
                err(r["id"], "outlier less than 4x the largest earlier quantity", l, m)
    if any(hf):
        if r["lines_with_history"] == r["lines"] and r["expect_review_with_history"] == review:
            err(r["id"], "history fields that change nothing")

# ------------------------------------------------------------------ texts
texts = [r["text"] for r in rows]
low = [t.lower() for t in texts]
for p in cat["products"]:
    for ex in p["ai_training_examples"]:
        for r, t in zip(rows, low):
            if ex.lower() in t:
                err(r["id"], "training example inside the message", ex)
PHONE = re.compile(r"\+?\d[\d ]{8,}\d")
OKPH = ("447700900", "07700900", "02079460", "442079460")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
for r in rows:
    for m in PHONE.findall(r["text"]):
        d = re.sub(r"\D", "", m)
        if len(d) >= 10 and not d.startswith(OKPH):
            err(r["id"], "phone number not a drama number", m)
    for m in EMAIL.findall(r["text"]):
        if not m.endswith(".example"):
            err(r["id"], "e-mail not under .example", m)
for h in hist:
    a = h["address"]
    if "@" in a:
        if not a.endswith(".example"):
            err("address", a)
    elif not re.sub(r"\D", "", a).startswith(OKPH):
        err("address not a drama number", a)
best = (0, None, None)
for i in range(len(texts)):
    for j in range(i + 1, len(texts)):
        sm = difflib.SequenceMatcher(None, low[i], low[j])
        if sm.real_quick_ratio() < 0.7 or sm.quick_ratio() < 0.7:
            continue
        q = sm.ratio()
        if q > best[0]:
            best = (q, rows[i]["id"], rows[j]["id"])
        if q >= 0.7:
            err("similar texts", rows[i]["id"], rows[j]["id"], round(q, 3))
if best[1] is None:  # compute the true maximum for the report
    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            sm = difflib.SequenceMatcher(None, low[i], low[j])
            if sm.quick_ratio() <= best[0]:
                continue
            q = sm.ratio()
            if q > best[0]:
                best = (q, rows[i]["id"], rows[j]["id"])

n = len(rows)
clean = sum("clean" in r["tags"] for r in rows)
if n < 160:
    err("fewer than 160 messages", n)
if clean < 0.4 * n:
    err("clean share below 40%", clean, n)

# ------------------------------------------------------------------ figures
C = collections.Counter
orders = [r for r in rows if r["intent"] == "ORDER"]
lines = [l for r in orders for l in r["lines"]]
print("messages", n)
print("intents", dict(C(r["intent"] for r in rows).most_common()))
print("channels", dict(C(r["channel"] for r in rows).most_common()))
print(
    "languages",
    dict(C(r["language"] for r in rows).most_common()),
    "| non-English ORDER",
    sum(r["language"] != "en" for r in orders),
)
print(
    "order lines",
    len(lines),
    "| null sku",
    sum(l["sku"] is None for l in lines),
    "(ambiguous",
    sum("candidates" in l for l in lines),
    ", not in catalog",
    sum(l["sku"] is None and "candidates" not in l for l in lines),
    ")",
    "| of a product with variants",
    sum("variant" in l for l in lines),
    "(no variant",
    sum("variant" in l and l["variant"] is None for l in lines),
    ")",
    "| null quantity",
    sum(l["quantity"] is None for l in lines),
    "| fractional",
    sum(isinstance(l["quantity"], float) and not l["quantity"].is_integer() for l in lines),
)
print(
    "review: shippable",
    sum(not r["expect_review"] for r in orders),
    "(clean",
    clean,
    "+ outliers",
    sum("outlier" in r["tags"] for r in orders),
    ") | expect_review",
    sum(r["expect_review"] for r in orders),
)
print("clean share %.1f%% (%d/%d)" % (100.0 * clean / n, clean, n))
wh = [r for r in orders if "lines_with_history" in r]
print(
    "history rows",
    len(wh),
    "| review->no review",
    sum(r["expect_review"] and not r["expect_review_with_history"] for r in wh),
    "| keep review",
    sum(r["expect_review"] and r["expect_review_with_history"] for r in wh),
    "| no review->review",
    sum(not r["expect_review"] and r["expect_review_with_history"] for r in wh),
)
ship_h = sum(not r.get("expect_review_with_history", r["expect_review"]) for r in orders)
print("shippable with history", ship_h, "of", len(orders))
print(
    "histories",
    len(hist),
    "customers |",
    sum(len(h["orders"]) for h in hist),
    "orders |",
    sum(len(o["lines"]) for h in hist for o in h["orders"]),
    "lines |",
    min(o["date"] for h in hist for o in h["orders"]),
    "to",
    max(o["date"] for h in hist for o in h["orders"]),
    "| first-time",
    sum(not h["orders"] for h in hist),
)
print(
    "catalog",
    len(cat["categories"]),
    "categories (",
    sum(c["parent"] is None for c in cat["categories"]),
    "top-level ) |",
    len(cat["products"]),
    "products |",
    n_var_products,
    "with",
    sum(len(p["variants"]) for p in cat["products"]),
    "variants | units",
    dict(C(p["unit"] for p in cat["products"]).most_common()),
)
used = set()
for r in orders:
    for key in ("lines", "lines_with_history"):
        for l in r.get(key, []):
            if l["sku"]:
                used.add(l["sku"])
            used.update(l.get("candidates", []))
for r in rows:
    for l in r.get("change_lines", []):
        used.add(l["sku"])
missing = sorted(set(prods) - used)
print(
    "coverage",
    len(used & set(prods)),
    "of",
    len(prods),
    "products in a label or as a candidate",
    ("| missing " + ", ".join(missing)) if missing else "",
)
print("tags", ", ".join("%s %d" % kv for kv in C(t for r in rows for t in r["tags"]).most_common()))
print("highest difflib similarity %.3f (%s, %s)" % best)
print("dates", min(r["date"] for r in rows), "to", max(r["date"] for r in rows))
if ERR:
    print("\nFAILED (%d):" % len(ERR))
    for e in ERR:
        print(" -", e)
    sys.exit(1)
print("\nOK: all checks pass")
