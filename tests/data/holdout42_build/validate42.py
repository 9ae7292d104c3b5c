# ruff: noqa  (hand-written data generator of blind set 42, kept as its writer left it)
"""Checks catalog42.json, holdout42.jsonl and histories42.jsonl and prints the figures of the README section."""

import difflib
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal, InvalidOperation

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import cat42  # noqa: E402

ERRORS = []


def err(msg):
    ERRORS.append(msg)


UNITS = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tray", "box", "tub"}
VTYPES = {"SIZE", "COLOR", "VOLUME", "WEIGHT"}
INTENTS = {"ORDER", "QUESTION", "COMPLAINT", "OTHER", "CANCEL", "CHANGE"}
CHANNELS = {"WHATSAPP", "SMS", "EMAIL"}


def load_jsonl(name):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{i} invalid JSON: {e}")
    return rows


with open(os.path.join(OUT, "catalog42.json"), encoding="utf-8") as f:
    CAT = json.load(f)
ROWS = load_jsonl("holdout42.jsonl")
HIST = load_jsonl("histories42.jsonl")
PROD = {p["sku"]: p for p in CAT["products"]}
VARS = {p["sku"]: [v["name"] for v in p["variants"]] for p in CAT["products"]}

# ---------------------------------------------------------------- catalog
seen_cat = set()
for c in CAT["categories"]:
    if c["parent"] is not None and c["parent"] not in seen_cat:
        err(f"category {c['name']} listed before its parent {c['parent']}")
    if c["name"] in seen_cat:
        err(f"duplicate category {c['name']}")
    seen_cat.add(c["name"])
if len(PROD) != len(CAT["products"]):
    err("duplicate product sku")
alias_owner = {}
family = {w.lower() for w in cat42.FAMILY_WORDS}
all_skus = set()


def price_ok(s):
    try:
        d = Decimal(s)
    except (InvalidOperation, TypeError):
        return False
    return re.fullmatch(r"\d+\.\d{2}", s) is not None and d > 0


for p in CAT["products"]:
    if p["category"] not in seen_cat:
        err(f"{p['sku']}: unknown category")
    if p["unit"] not in UNITS:
        err(f"{p['sku']}: bad unit {p['unit']}")
    if not price_ok(p["unit_price"]):
        err(f"{p['sku']}: bad price")
    if p["sku"] in all_skus:
        err(f"duplicate sku {p['sku']}")
    all_skus.add(p["sku"])
    names = list(p["aliases"]) + [a for v in p["variants"] for a in v.get("ai_aliases", [])]
    for a in names:
        k = a.lower()
        if k in alias_owner and alias_owner[k] != p["sku"]:
            err(f"alias '{a}' shared by {alias_owner[k]} and {p['sku']}")
        alias_owner[k] = p["sku"]
        if k in family:
            err(f"{p['sku']}: alias '{a}' is a bare family word")
    vn = set()
    for v in p["variants"]:
        if v["variant_type"] not in VTYPES:
            err(f"{p['sku']}: bad variant type")
        if not price_ok(v.get("unit_price")):
            err(f"{p['sku']}/{v['name']}: bad variant price")
        if not v.get("sku") or v["sku"] in all_skus:
            err(f"{p['sku']}/{v['name']}: missing or duplicate variant sku")
        all_skus.add(v.get("sku"))
        if v["name"] in vn:
            err(f"{p['sku']}: duplicate variant name")
        vn.add(v["name"])
n_var_products = sum(1 for p in CAT["products"] if p["variants"])
if not 90 <= len(PROD) <= 120:
    err(f"{len(PROD)} products, want 90-120")
if not 12 <= n_var_products <= 18:
    err(f"{n_var_products} products with variants, want 12-18")

# ---------------------------------------------------------------- lines


def check_line(l, where, allow_null=True):
    sku = l.get("sku")
    if sku is None:
        if not allow_null:
            err(f"{where}: null sku not allowed here")
        c = l.get("candidates")
        if c is not None:
            if len(c) < 2:
                err(f"{where}: fewer than two candidates")
            for s in c:
                if s not in PROD:
                    err(f"{where}: unknown candidate {s}")
            cv = l.get("candidate_variant")
            if cv is not None and not any(cv in VARS.get(s, []) for s in c):
                err(f"{where}: candidate_variant {cv} fits no candidate")
        if "variant" in l:
            err(f"{where}: variant on a null-sku line")
        return
    if sku not in PROD:
        err(f"{where}: unknown sku {sku}")
        return
    if "candidates" in l:
        err(f"{where}: candidates on a resolved line")
    if VARS[sku]:
        if "variant" not in l:
            err(f"{where}: variant key missing for {sku}")
        elif l["variant"] is not None and l["variant"] not in VARS[sku]:
            err(f"{where}: unknown variant {l['variant']} of {sku}")
    elif "variant" in l:
        err(f"{where}: variant key on {sku}, which has no variants")


def line_open(l):
    if l["sku"] is None or l["quantity"] is None:
        return True
    if VARS[l["sku"]] and l.get("variant") is None:
        return True
    return l["quantity"] != int(l["quantity"])


# ---------------------------------------------------------------- histories
HBY = {}
for h in HIST:
    for k in ("customer", "name", "kind", "channel", "address", "language", "orders"):
        if k not in h:
            err(f"history {h.get('customer')}: missing {k}")
    HBY[h["customer"]] = h
    prev = ""
    for o in h["orders"]:
        if o["date"] <= prev:
            err(f"history {h['customer']}: dates not increasing")
        prev = o["date"]
        for l in o["lines"]:
            check_line(l, f"history {h['customer']} {o['date']}", allow_null=False)
            if l.get("quantity") is None or (VARS.get(l["sku"]) and l.get("variant") is None):
                err(f"history {h['customer']} {o['date']}: incomplete line")


def usual(cust):
    orders = HBY[cust]["orders"]
    if not orders:
        return None
    cnt = Counter(
        tuple((l["sku"], l.get("variant"), l["quantity"]) for l in o["lines"]) for o in orders
    ).most_common()
    if len(cnt) > 1 and cnt[0][1] == cnt[1][1]:
        return None
    return cnt[0][0] if cnt[0][1] >= 2 else None


# ---------------------------------------------------------------- messages
for i, r in enumerate(ROWS, 1):
    if r.get("id") != f"kr{i:03d}":
        err(f"row {i}: id {r.get('id')} breaks the sequence")
ids = {r["id"] for r in ROWS}
for r in ROWS:
    rid = r["id"]
    for k in ("id", "channel", "text", "intent", "lines", "notes", "customer", "date", "language", "tags"):
        if k not in r:
            err(f"{rid}: missing {k}")
    if r["intent"] not in INTENTS:
        err(f"{rid}: bad intent")
    if r["channel"] not in CHANNELS:
        err(f"{rid}: bad channel")
    if r["customer"] not in HBY:
        err(f"{rid}: unknown customer")
        continue
    if r["date"] < "2028-01-01":
        err(f"{rid}: date before 2028")
    for o in HBY[r["customer"]]["orders"]:
        if o["date"] >= r["date"]:
            err(f"{rid}: history order {o['date']} not before the message")
    tags = set(r["tags"])
    notes = r["notes"]
    if r["intent"] != "ORDER":
        if r["lines"]:
            err(f"{rid}: non-ORDER row with lines")
        for k in ("expect_review", "lines_with_history", "expect_review_with_history"):
            if k in r:
                err(f"{rid}: non-ORDER row with {k}")
        if "clean" in tags:
            err(f"{rid}: clean on a non-order")
    if (r["intent"] == "CHANGE") != ("change_lines" in r):
        err(f"{rid}: change_lines only and always on CHANGE rows")
    for l in r.get("change_lines", []):
        check_line(l, f"{rid} change_lines", allow_null=False)
    if r["intent"] != "ORDER":
        continue
    if "expect_review" not in r:
        err(f"{rid}: ORDER without expect_review")
        continue
    rev = r["expect_review"]
    for l in r["lines"]:
        check_line(l, rid)
    if ("lines_with_history" in r) != ("expect_review_with_history" in r):
        err(f"{rid}: history fields must come together")
    sets = [(r["lines"], rev, "lines")]
    if "lines_with_history" in r:
        for l in r["lines_with_history"]:
            check_line(l, f"{rid} lwh")
        sets.append((r["lines_with_history"], r["expect_review_with_history"], "lines_with_history"))
        if r["lines_with_history"] == r["lines"] and r["expect_review_with_history"] == rev:
            err(f"{rid}: history fields change nothing")
    for ls, rv, name in sets:
        for l in ls:
            if line_open(l) and not rv:
                err(f"{rid}: open line in {name} on a shippable row")
    for l in r["lines"]:
        if l["sku"] is None and "candidates" in l and "ambiguous" not in notes:
            err(f"{rid}: candidates without 'ambiguous' in notes")
        if l["sku"] is None and "candidates" not in l and "not in catalog" not in notes:
            err(f"{rid}: not-in-catalog line without the note")
        if l["sku"] is not None and VARS[l["sku"]] and l.get("variant") is None and "ambiguous" not in notes:
            err(f"{rid}: null variant without 'ambiguous' in notes")
        if l["quantity"] is None and not ("quantities not stated" in notes or "not a whole number" in notes):
            err(f"{rid}: null quantity without the note")
    if "reference" in tags and not rev:
        err(f"{rid}: reference row not in review")
    outlier = "outlier" in tags
    if outlier:
        if rev or r.get("expect_review_with_history") is not True:
            err(f"{rid}: outlier must be review false, with history true")
        maxq = Counter()
        for o in HBY[r["customer"]]["orders"]:
            for l in o["lines"]:
                maxq[l["sku"]] = max(maxq[l["sku"]], l["quantity"])
        if not any(l["sku"] and maxq[l["sku"]] and l["quantity"] >= 4 * maxq[l["sku"]] for l in r["lines"]):
            err(f"{rid}: outlier is not 4 times the customer's largest earlier quantity")
    if ("clean" in tags) != (not rev and not outlier):
        err(f"{rid}: clean tag must be on exactly the shippable non-outlier orders")

# ---------------------------------------------------------------- texts
train = [t for p in CAT["products"] for t in p["ai_training_examples"]]
texts = [r["text"] for r in ROWS]
for r in ROWS:
    low = r["text"].lower()
    for t in train:
        if t.lower() in low:
            err(f"{r['id']}: contains training example '{t}'")
PHONE = re.compile(r"\+?\d[\d ]{7,}\d")
for src, s in [(r["id"], r["text"]) for r in ROWS] + [(h["customer"], h["address"]) for h in HIST]:
    for mt in PHONE.finditer(s):
        d = re.sub(r"\D", "", mt.group())
        if len(d) < 10:
            continue
        if not re.fullmatch(r"(447700900\d{3}|07700900\d{3}|02079460\d{3})", d):
            err(f"{src}: phone-like number {mt.group()!r} is not a drama number")
    for em in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", s):
        if not em.endswith(".example"):
            err(f"{src}: e-mail domain {em} is not under .example")
worst = (0.0, None, None)
for i in range(len(texts)):
    for j in range(i + 1, len(texts)):
        sm = difflib.SequenceMatcher(None, texts[i], texts[j])
        if sm.real_quick_ratio() < worst[0] or sm.quick_ratio() < worst[0]:
            continue
        q = sm.ratio()
        if q > worst[0]:
            worst = (q, ROWS[i]["id"], ROWS[j]["id"])
if worst[0] >= 0.7:
    err(f"texts {worst[1]} and {worst[2]} have similarity {worst[0]:.2f}")

# ---------------------------------------------------------------- figures
n = len(ROWS)
orders = [r for r in ROWS if r["intent"] == "ORDER"]
clean = sum("clean" in r["tags"] for r in ROWS)
if n < 170:
    err(f"only {n} messages")
if clean / n < 0.40:
    err(f"clean share {clean / n:.3f} below 0.40")

print(
    "products",
    len(PROD),
    "with variants",
    n_var_products,
    "variants",
    sum(len(v) for v in VARS.values()),
    "categories",
    len(CAT["categories"]),
    "top-level",
    sum(1 for c in CAT["categories"] if c["parent"] is None),
)
print("units", dict(Counter(p["unit"] for p in CAT["products"]).most_common()))
print("messages", n, "intents", dict(Counter(r["intent"] for r in ROWS).most_common()))
print("channels", dict(Counter(r["channel"] for r in ROWS).most_common()))
print(
    "languages",
    dict(Counter(r["language"] for r in ROWS).most_common()),
    "non-English orders",
    sum(1 for r in orders if r["language"] != "en"),
    "mixed Korean-English",
    sum("mixed" in r["tags"] for r in ROWS),
)
lines = [l for r in orders for l in r["lines"]]
print(
    "order lines",
    len(lines),
    "null sku",
    sum(l["sku"] is None for l in lines),
    "(ambiguous",
    sum(l["sku"] is None and "candidates" in l for l in lines),
    "not in catalog",
    sum(l["sku"] is None and "candidates" not in l for l in lines),
    ")",
    "of a product with variants",
    sum(1 for l in lines if l["sku"] and VARS[l["sku"]]),
    "(no variant",
    sum(1 for l in lines if l["sku"] and VARS[l["sku"]] and l["variant"] is None),
    ")",
    "null quantity",
    sum(l["quantity"] is None for l in lines),
)
ship = sum(1 for r in orders if not r["expect_review"])
print(
    "review: shippable",
    ship,
    "(clean",
    clean,
    "+ outliers",
    sum("outlier" in r["tags"] for r in ROWS),
    ")",
    "need a human",
    len(orders) - ship,
    f"clean share {clean}/{n} = {clean / n:.3f}",
)
hrows = [r for r in orders if "lines_with_history" in r]
to_ok = sum(1 for r in hrows if r["expect_review"] and not r["expect_review_with_history"])
keep = sum(1 for r in hrows if r["expect_review"] and r["expect_review_with_history"])
up = sum(1 for r in hrows if not r["expect_review"] and r["expect_review_with_history"])
with_h = sum(1 for r in orders if not r.get("expect_review_with_history", r["expect_review"]))
print(
    "history: rows",
    len(hrows),
    "review->ok",
    to_ok,
    "keep review",
    keep,
    "outliers ok->review",
    up,
    "shippable with history",
    with_h,
    "of",
    len(orders),
)
print(
    "histories: customers",
    len(HIST),
    "orders",
    sum(len(h["orders"]) for h in HIST),
    "lines",
    sum(len(o["lines"]) for h in HIST for o in h["orders"]),
    "from",
    min(o["date"] for h in HIST for o in h["orders"]),
    "to",
    max(o["date"] for h in HIST for o in h["orders"]),
    "first-time",
    [h["customer"] for h in HIST if not h["orders"]],
    "no usual",
    [h["customer"] for h in HIST if h["orders"] and usual(h["customer"]) is None],
)
cov = set()
for r in ROWS:
    for l in r["lines"] + r.get("lines_with_history", []) + r.get("change_lines", []):
        if l["sku"]:
            cov.add(l["sku"])
        cov.update(l.get("candidates", []))
print("coverage", len(cov), "of", len(PROD), "missing", sorted(set(PROD) - cov))
print("dates", min(r["date"] for r in ROWS), "to", max(r["date"] for r in ROWS))
print("tags", dict(Counter(t for r in ROWS for t in r["tags"]).most_common()))
print(f"highest text similarity {worst[0]:.2f} ({worst[1]}, {worst[2]})")
if ERRORS:
    print(f"\nFAILED: {len(ERRORS)} problem(s)")
    for e in ERRORS:
        print(" -", e)
    sys.exit(1)
print("\nOK: all checks pass")
