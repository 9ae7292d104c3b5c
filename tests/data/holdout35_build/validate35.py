# ruff: noqa  (hand-written data generator of blind set 35, kept as its writer left it)
"""Validate catalog35.json, holdout35.jsonl and histories35.jsonl and print the set's figures."""

import collections
import difflib
import json
import os
import re
import sys
from decimal import Decimal, InvalidOperation

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import cat35  # noqa: E402

ERR = []


def err(msg):
    ERR.append(msg)


def load_jsonl(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{path}:{n} invalid JSON: {e}")
    return rows


with open(os.path.join(OUT, "catalog35.json"), encoding="utf-8") as f:
    CAT = json.load(f)
ROWS = load_jsonl(os.path.join(OUT, "holdout35.jsonl"))
HIST = load_jsonl(os.path.join(OUT, "histories35.jsonl"))

UNITS = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tray", "box", "tub"}
VTYPES = {"SIZE", "COLOR", "VOLUME", "WEIGHT"}
INTENTS = {"ORDER", "QUESTION", "COMPLAINT", "OTHER", "CANCEL", "CHANGE"}
CHANNELS = {"WHATSAPP", "SMS", "EMAIL"}
LANGS = {"en", "es", "fr", "it", "pl"}

# ---------------------------------------------------------------- catalog
PROD = {}
seen_cat = set()
for c in CAT["categories"]:
    if c["parent"] is not None and c["parent"] not in seen_cat:
        err(f"category {c['name']} listed before its parent")
    if c["name"] in seen_cat:
        err(f"duplicate category {c['name']}")
    seen_cat.add(c["name"])
all_skus = set()
alias_owner = {}
family = {w.lower() for w in cat35.FAMILY_WORDS}


def price_ok(p):
    try:
        d = Decimal(p)
    except (InvalidOperation, TypeError):
        return False
    return d > 0 and re.fullmatch(r"\d+\.\d\d", p) is not None


for p in CAT["products"]:
    if p["sku"] in all_skus:
        err(f"duplicate sku {p['sku']}")
    all_skus.add(p["sku"])
    PROD[p["sku"]] = p
    if p["category"] not in seen_cat:
        err(f"{p['sku']}: unknown category")
    if p["unit"] not in UNITS:
        err(f"{p['sku']}: unit {p['unit']}")
    if not price_ok(p["unit_price"]):
        err(f"{p['sku']}: price {p['unit_price']}")
    names = set()
    for v in p["variants"]:
        if v["variant_type"] not in VTYPES:
            err(f"{p['sku']}: variant type {v['variant_type']}")
        if not price_ok(v["unit_price"]):
            err(f"{p['sku']}: variant price")
        if v["sku"] in all_skus:
            err(f"duplicate variant sku {v['sku']}")
        all_skus.add(v["sku"])
        if v["name"] in names:
            err(f"{p['sku']}: duplicate variant name")
        names.add(v["name"])
    for a in p["aliases"] + [a for v in p["variants"] for a in v["ai_aliases"]]:
        k = a.lower()
        if k in alias_owner and alias_owner[k] != p["sku"]:
            err(f"alias {a!r} shared by {alias_owner[k]} and {p['sku']}")
        if k in alias_owner and alias_owner[k] == p["sku"]:
            err(f"alias {a!r} repeated in {p['sku']}")
        alias_owner[k] = p["sku"]
        if k in family:
            err(f"alias {a!r} of {p['sku']} is a bare family word")
n_prod = len(CAT["products"])
n_var_prod = sum(1 for p in CAT["products"] if p["variants"])
n_var = sum(len(p["variants"]) for p in CAT["products"])
if not 90 <= n_prod <= 120:
    err(f"{n_prod} products")
if not 12 <= n_var_prod <= 18:
    err(f"{n_var_prod} products with variants")


def has_var(sku):
    return bool(sku) and bool(PROD[sku]["variants"])


def vnames(sku):
    return [v["name"] for v in PROD[sku]["variants"]]


def check_line(l, where, order_line=True):
    sku = l.get("sku")
    if sku is not None and sku not in PROD:
        err(f"{where}: unknown sku {sku}")
        return
    if sku is not None:
        if has_var(sku):
            if "variant" not in l:
                err(f"{where}: {sku} line without variant key")
            elif l["variant"] is not None and l["variant"] not in vnames(sku):
                err(f"{where}: {sku} unknown variant {l['variant']}")
        elif "variant" in l:
            err(f"{where}: variant key on {sku}")
        if "candidates" in l:
            err(f"{where}: candidates on a line with a sku")
    else:
        if "variant" in l:
            err(f"{where}: variant key on a null-sku line")
        if "candidates" in l:
            c = l["candidates"]
            if len(c) < 2 or any(x not in PROD for x in c):
                err(f"{where}: bad candidates {c}")
            cv = l.get("candidate_variant")
            if cv is not None and not any(has_var(x) and cv in vnames(x) for x in c):
                err(f"{where}: candidate_variant {cv} fits no candidate")
        elif "candidate_variant" in l:
            err(f"{where}: candidate_variant without candidates")
    q = l.get("quantity", "missing")
    if q == "missing":
        err(f"{where}: no quantity")
    elif q is not None and (not isinstance(q, (int, float)) or q < 0 or (order_line and q == 0)):
        err(f"{where}: bad quantity {q}")


def is_open(l):
    return l["sku"] is None or l["quantity"] is None or (has_var(l["sku"]) and l.get("variant") is None)


def frac(l):
    return l["quantity"] is not None and float(l["quantity"]) != int(l["quantity"])


# ---------------------------------------------------------------- histories
HCUST = {}
for h in HIST:
    HCUST[h["customer"]] = h
    for k in ("customer", "name", "kind", "channel", "address", "language", "orders"):
        if k not in h:
            err(f"history {h.get('customer')}: missing {k}")
    dates = [o["date"] for o in h["orders"]]
    if dates != sorted(dates):
        err(f"history {h['customer']}: orders not oldest first")
    for o in h["orders"]:
        if not o["lines"]:
            err(f"history {h['customer']} {o['date']}: empty order")
        for l in o["lines"]:
            check_line(l, f"history {h['customer']} {o['date']}")
            if is_open(l) or frac(l) or not isinstance(l["quantity"], int):
                err(f"history {h['customer']} {o['date']}: incomplete line {l}")
        if o["date"] < "2028-01-01":
            err(f"history date {o['date']} before 2028")


def max_earlier(cust, sku):
    return max([l["quantity"] for o in HCUST[cust]["orders"] for l in o["lines"] if l["sku"] == sku] or [0])


# ---------------------------------------------------------------- messages
for n, r in enumerate(ROWS, 1):
    if r["id"] != f"vn{n:03d}":
        err(f"id {r['id']} at line {n}")
    rid = r["id"]
    if r["intent"] not in INTENTS:
        err(f"{rid}: intent")
    if r["channel"] not in CHANNELS:
        err(f"{rid}: channel")
    if r["language"] not in LANGS:
        err(f"{rid}: language")
    if r["customer"] not in HCUST:
        err(f"{rid}: unknown customer")
        continue
    if r["date"] < "2028-01-01":
        err(f"{rid}: date")
    for o in HCUST[r["customer"]]["orders"]:
        if o["date"] >= r["date"]:
            err(f"{rid}: history date {o['date']} not before message date")
    notes = r.get("notes", "")
    tags = set(r.get("tags", []))
    hist_keys = {"lines_with_history", "expect_review_with_history"} & set(r)
    if r["intent"] != "ORDER":
        if r["lines"] or "expect_review" in r or hist_keys:
            err(f"{rid}: non-ORDER row with lines or review fields")
        if "clean" in tags:
            err(f"{rid}: clean on a non-order")
    if (r["intent"] == "CHANGE") != ("change_lines" in r):
        err(f"{rid}: change_lines only and always on CHANGE rows")
    for l in r.get("change_lines", []):
        check_line(l, f"{rid} change_lines", order_line=False)
        if l["sku"] is None:
            err(f"{rid}: change line without sku")
    if r["intent"] != "ORDER":
        continue
    if "expect_review" not in r:
        err(f"{rid}: ORDER without expect_review")
        continue
    rev = r["expect_review"]
    for l in r["lines"]:
        check_line(l, rid)
    if len(hist_keys) == 1:
        err(f"{rid}: history fields must come together")
    for l in r["lines"]:
        if is_open(l) and not rev:
            err(f"{rid}: open line on a row without review")
        if frac(l) and not rev:
            err(f"{rid}: fractional quantity on a shippable row")
        if l["sku"] is None and "candidates" in l and "ambiguous" not in notes:
            err(f"{rid}: notes lack 'ambiguous'")
        if l["sku"] is None and "candidates" not in l and "not in catalog" not in notes:
            err(f"{rid}: notes lack 'not in catalog'")
        if l["sku"] and has_var(l["sku"]) and l["variant"] is None and "ambiguous" not in notes:
            err(f"{rid}: missing variant but notes lack 'ambiguous'")
        if l["quantity"] is None and not ("quantities not stated" in notes or "not a whole number" in notes):
            err(f"{rid}: null quantity but notes lack the phrase")
    if "reference" in tags and not rev:
        err(f"{rid}: reference row not in review")
    if hist_keys == {"lines_with_history", "expect_review_with_history"}:
        lh, rh = r["lines_with_history"], r["expect_review_with_history"]
        for l in lh:
            check_line(l, f"{rid} lines_with_history")
            if is_open(l) and not rh:
                err(f"{rid}: open line with history but review_with_history false")
        if lh == r["lines"] and rh == rev:
            err(f"{rid}: history fields that change nothing")
    out = "outlier" in tags
    if out:
        if rev or r.get("expect_review_with_history") is not True:
            err(f"{rid}: outlier must be review false, with history true")
        for l in r["lines"]:
            me = max_earlier(r["customer"], l["sku"])
            if me == 0 or l["quantity"] < 4 * me:
                err(f"{rid}: outlier {l['sku']} {l['quantity']} not >= 4 x {me}")
    if ("clean" in tags) != (not rev and not out):
        err(f"{rid}: clean tag does not match review/outlier")

# ---------------------------------------------------------------- texts: training examples, phones, e-mails, similarity
texts = [r["text"] for r in ROWS]
low = [t.lower() for t in texts]
for p in CAT["products"]:
    for ex in p["ai_training_examples"]:
        for r, t in zip(ROWS, low):
            if ex.lower() in t:
                err(f"{r['id']}: contains training example of {p['sku']}")
PHONE = re.compile(r"\+?\d[\d ()-]{8,}\d")
DRAMA = re.compile(r"^(?:0|44)(?:7700900\d{3}|2079460\d{3}|1632960\d{3})$")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
addr_strings = [h["address"] for h in HIST]
for where, t in [(r["id"], r["text"]) for r in ROWS] + [("history", a) for a in addr_strings]:
    for m in PHONE.findall(t):
        digits = re.sub(r"\D", "", m)
        if len(digits) >= 10 and not DRAMA.match(digits):
            err(f"{where}: phone-like number {m!r} not in a drama range")
    for m in EMAIL.findall(t):
        if not m.lower().endswith(".example"):
            err(f"{where}: e-mail {m} not under .example")
for h in HIST:
    a = h["address"]
    if "@" not in a and not DRAMA.match(re.sub(r"\D", "", a)):
        err(f"history {h['customer']}: address {a}")
best = (0.0, None, None)
for i in range(len(texts)):
    for j in range(i + 1, len(texts)):
        sm = difflib.SequenceMatcher(None, texts[i], texts[j], autojunk=False)
        if sm.real_quick_ratio() < best[0] and sm.real_quick_ratio() < 0.7:
            continue
        if sm.quick_ratio() < best[0] and sm.quick_ratio() < 0.7:
            continue
        s = sm.ratio()
        if s >= 0.7:
            err(f"{ROWS[i]['id']} and {ROWS[j]['id']} similarity {s:.2f}")
        if s > best[0]:
            best = (s, ROWS[i]["id"], ROWS[j]["id"])

N = len(ROWS)
orders = [r for r in ROWS if r["intent"] == "ORDER"]
clean = [r for r in ROWS if "clean" in r["tags"]]
if N < 170:
    err(f"only {N} messages")
if len(clean) < 0.4 * N:
    err(f"clean {len(clean)} of {N} is below 40%")

# ---------------------------------------------------------------- figures
C = collections.Counter
print(
    f"catalog: {len(CAT['categories'])} categories ({sum(1 for c in CAT['categories'] if c['parent'] is None)} top-level), "
    f"{n_prod} products, {n_var_prod} with {n_var} variants; units {dict(C(p['unit'] for p in CAT['products']).most_common())}"
)
ho = [o for h in HIST for o in h["orders"]]
print(
    f"histories: {len(HIST)} customers, {sum(1 for h in HIST if h['orders'])} with orders, {len(ho)} orders, "
    f"{sum(len(o['lines']) for o in ho)} lines, {min(o['date'] for o in ho)} to {max(o['date'] for o in ho)}"
)
print(f"messages: {N} ({ROWS and min(r['date'] for r in ROWS)} to {max(r['date'] for r in ROWS)})")
print("  intents:", dict(C(r["intent"] for r in ROWS).most_common()))
print("  channels:", dict(C(r["channel"] for r in ROWS).most_common()))
print(
    "  languages:",
    dict(C(r["language"] for r in ROWS).most_common()),
    f"(non-English ORDER: {sum(1 for r in orders if r['language'] != 'en')})",
)
lines = [l for r in orders for l in r["lines"]]
print(
    f"  order lines: {len(lines)}: null sku {sum(1 for l in lines if l['sku'] is None)} "
    f"(ambiguous with candidates {sum(1 for l in lines if l['sku'] is None and 'candidates' in l)}, "
    f"not in catalog {sum(1 for l in lines if l['sku'] is None and 'candidates' not in l)}), "
    f"of a product with variants {sum(1 for l in lines if has_var(l['sku']))} "
    f"(no variant {sum(1 for l in lines if has_var(l['sku']) and l['variant'] is None)}), "
    f"null quantity {sum(1 for l in lines if l['quantity'] is None)}, fractional {sum(1 for l in lines if frac(l))}"
)
ship = [r for r in orders if not r["expect_review"]]
print(
    f"  review: {len(ship)} ORDER ship as written ({len(clean)} clean + "
    f"{sum(1 for r in ship if 'outlier' in r['tags'])} outliers), {len(orders) - len(ship)} need a human; "
    f"clean {len(clean)}/{N} = {100 * len(clean) / N:.1f}%"
)
hr = [r for r in orders if "lines_with_history" in r]
to_ship = sum(1 for r in hr if r["expect_review"] and not r["expect_review_with_history"])
keep = sum(1 for r in hr if r["expect_review"] and r["expect_review_with_history"])
to_rev = sum(1 for r in hr if not r["expect_review"] and r["expect_review_with_history"])
ship_h = sum(1 for r in orders if not r.get("expect_review_with_history", r["expect_review"]))
print(
    f"  history: lines_with_history on {len(hr)} rows: {to_ship} review -> ship, {keep} keep review, "
    f"{to_rev} outliers ship -> review; with history {ship_h} of {len(orders)} orders ship as written"
)
used = set()
for r in ROWS:
    for k in ("lines", "lines_with_history", "change_lines"):
        for l in r.get(k, []):
            if l["sku"]:
                used.add(l["sku"])
            used.update(l.get("candidates", []))
print(f"  coverage: {len(used)} of {n_prod} products in a label or as a candidate")
print("  tags:", ", ".join(f"{k} {v}" for k, v in C(t for r in ROWS for t in r["tags"]).most_common()))
print(f"  highest difflib similarity: {best[0]:.2f} ({best[1]} / {best[2]})")
if ERR:
    print(f"\n{len(ERR)} PROBLEMS:")
    for e in ERR:
        print("  -", e)
    sys.exit(1)
print("OK: all checks pass")
