# ruff: noqa  (hand-written data generator of blind set 40, kept as its writer left it)
"""Checks catalog40.json, histories40.jsonl and holdout40.jsonl and prints the figures."""

import difflib
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal

import cat40

D = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
ERR = []


def err(msg):
    ERR.append(msg)


def load_jsonl(name):
    out = []
    with open(os.path.join(D, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                out.append(json.loads(line))
            except Exception as e:
                err(f"{name}:{n} invalid JSON: {e}")
    return out


with open(os.path.join(D, "catalog40.json"), encoding="utf-8") as f:
    cat = json.load(f)
hist = load_jsonl("histories40.jsonl")
rows = load_jsonl("holdout40.jsonl")

# ---- catalog ----
UNITS = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tray", "box", "tub"}
VTYPES = {"SIZE", "COLOR", "VOLUME", "WEIGHT"}
seen_cat = set()
for c in cat["categories"]:
    if c["parent"] is not None and c["parent"] not in seen_cat:
        err(f"category {c['name']} listed before its parent")
    seen_cat.add(c["name"])
P = {}
alias_owner = {}
var_skus = set()
price_re = re.compile(r"^\d+\.\d\d$")
fam = {w.lower() for w in cat40.FAMILY_WORDS}
for p in cat["products"]:
    if p["sku"] in P:
        err(f"duplicate sku {p['sku']}")
    P[p["sku"]] = p
    if p["category"] not in seen_cat:
        err(f"{p['sku']} unknown category")
    if p["unit"] not in UNITS:
        err(f"{p['sku']} bad unit")
    if not price_re.match(p["unit_price"]) or Decimal(p["unit_price"]) <= 0:
        err(f"{p['sku']} bad price")
    als = [a.lower() for a in p["aliases"]]
    vnames = set()
    for v in p["variants"]:
        if v["variant_type"] not in VTYPES:
            err(f"{p['sku']} bad variant type")
        if not price_re.match(v["unit_price"]):
            err(f"{p['sku']} bad variant price")
        if v["sku"] in var_skus or v["sku"] in P:
            err(f"duplicate variant sku {v['sku']}")
        var_skus.add(v["sku"])
        if v["name"] in vnames:
            err(f"{p['sku']} duplicate variant name")
        vnames.add(v["name"])
        als += [a.lower() for a in v["ai_aliases"]]
    for a in als:
        if a in alias_owner and alias_owner[a] != p["sku"]:
            err(f"alias {a!r} shared by {alias_owner[a]} and {p['sku']}")
        if a in alias_owner and alias_owner[a] == p["sku"]:
            err(f"alias {a!r} repeated in {p['sku']}")
        alias_owner[a] = p["sku"]
        if a in fam:
            err(f"alias {a!r} of {p['sku']} is a bare family word")
for s in var_skus:
    if s in P:
        err(f"variant sku {s} equals a product sku")
nprod = len(P)
nvarprod = sum(1 for p in P.values() if p["variants"])
nvar = sum(len(p["variants"]) for p in P.values())
if not 90 <= nprod <= 120:
    err(f"{nprod} products, want 90-120")
if not 12 <= nvarprod <= 18:
    err(f"{nvarprod} products with variants, want 12-18")


def vnames(sku):
    return [v["name"] for v in P[sku]["variants"]]


def check_line(l, where, allow_null=True):
    sku = l.get("sku")
    if "quantity" not in l:
        err(f"{where}: line without quantity")
    if sku is None:
        if not allow_null:
            err(f"{where}: null sku")
        if "variant" in l:
            err(f"{where}: variant on null-sku line")
        c = l.get("candidates")
        if c is not None:
            if len(c) < 2:
                err(f"{where}: fewer than two candidates")
            for x in c:
                if x not in P:
                    err(f"{where}: unknown candidate {x}")
            cv = l.get("candidate_variant")
            if cv is not None and not any(x in P and cv in vnames(x) for x in c):
                err(f"{where}: candidate_variant {cv} fits no candidate")
        elif "candidate_variant" in l:
            err(f"{where}: candidate_variant without candidates")
        return
    if sku not in P:
        err(f"{where}: unknown sku {sku}")
        return
    if "candidates" in l:
        err(f"{where}: candidates on a resolved line")
    if P[sku]["variants"]:
        if "variant" not in l:
            err(f"{where}: {sku} has variants but line has no variant key")
        elif l["variant"] is not None and l["variant"] not in vnames(sku):
            err(f"{where}: unknown variant {l['variant']} of {sku}")
    elif "variant" in l:
        err(f"{where}: variant key on {sku}, which has no variants")


def is_open(l):
    q = l["quantity"]
    return (
        l["sku"] is None
        or q is None
        or ("variant" in l and l["variant"] is None)
        or (isinstance(q, float) and not q.is_integer())
    )


# ---- histories ----
H = {}
for h in hist:
    H[h["customer"]] = h
    for k in ("customer", "name", "kind", "channel", "address", "language", "orders"):
        if k not in h:
            err(f"history {h.get('customer')} lacks {k}")
    last = ""
    for o in h["orders"]:
        if o["date"] <= last:
            err(f"history {h['customer']} orders not oldest first")
        last = o["date"]
        if not o["date"] >= "2028-01-01":
            err(f"history {h['customer']} date before 2028")
        for l in o["lines"]:
            check_line(l, f"history {h['customer']} {o['date']}", allow_null=False)
            if not isinstance(l["quantity"], int) or l["quantity"] <= 0:
                err(f"history {h['customer']} incomplete quantity")


def max_hist_qty(cust, sku):
    return max([l["quantity"] for o in H[cust]["orders"] for l in o["lines"] if l["sku"] == sku] or [0])


# ---- holdout ----
INTENTS = {"ORDER", "QUESTION", "COMPLAINT", "OTHER", "CANCEL", "CHANGE"}
CHANNELS = {"WHATSAPP", "SMS", "EMAIL"}
for n, r in enumerate(rows, 1):
    rid = r.get("id")
    if rid != f"pb{n:03d}":
        err(f"row {n}: id {rid}, expected pb{n:03d}")
    for k in ("id", "channel", "customer", "date", "language", "text", "intent", "lines", "notes", "tags"):
        if k not in r:
            err(f"{rid}: missing {k}")
    if r["intent"] not in INTENTS:
        err(f"{rid}: bad intent")
    if r["channel"] not in CHANNELS:
        err(f"{rid}: bad channel")
    if r["customer"] not in H:
        err(f"{rid}: unknown customer")
        continue
    if r["date"] < "2028-01-01":
        err(f"{rid}: date before 2028")
    for o in H[r["customer"]]["orders"]:
        if o["date"] >= r["date"]:
            err(f"{rid}: history order {o['date']} not before message date {r['date']}")
    for l in r["lines"]:
        check_line(l, rid)
    tags = set(r["tags"])
    notes = r["notes"].lower()
    if r["intent"] != "ORDER":
        if r["lines"]:
            err(f"{rid}: non-ORDER row with lines")
        for k in ("expect_review", "lines_with_history", "expect_review_with_history"):
            if k in r:
                err(f"{rid}: non-ORDER row with {k}")
    else:
        if "expect_review" not in r:
            err(f"{rid}: ORDER row without expect_review")
    if (r["intent"] == "CHANGE") != ("change_lines" in r):
        err(f"{rid}: change_lines only and always on CHANGE rows")
    for l in r.get("change_lines", []):
        check_line(l, rid + " change", allow_null=False)
    if ("lines_with_history" in r) != ("expect_review_with_history" in r):
        err(f"{rid}: history fields must come together")
    for l in r.get("lines_with_history", []):
        check_line(l, rid + " history")
    if (
        "lines_with_history" in r
        and r["lines_with_history"] == r["lines"]
        and r["expect_review_with_history"] == r["expect_review"]
    ):
        err(f"{rid}: history fields that change nothing")
    if r["intent"] == "ORDER":
        for ls, rev, lab in (
            (r["lines"], r["expect_review"], ""),
            (r.get("lines_with_history", []), r.get("expect_review_with_history"), " (history)"),
        ):
            for l in ls:
                if is_open(l):
                    if rev is not True:
                        err(f"{rid}{lab}: open line on a row without review")
                    if l["sku"] is None and l.get("candidates") or ("variant" in l and l["variant"] is None):
                        if "ambiguous" not in notes:
                            err(f"{rid}: ambiguous line, notes lack 'ambiguous'")
                    if l["sku"] is None and not l.get("candidates") and "not in catalog" not in notes:
                        err(f"{rid}: not-in-catalog line, notes lack it")
                    if l["quantity"] is None and "quantities not stated" not in notes:
                        err(f"{rid}: null quantity, notes lack 'quantities not stated'")
                    if (
                        isinstance(l["quantity"], float)
                        and not l["quantity"].is_integer()
                        and "not a whole number" not in notes
                    ):
                        err(f"{rid}: fraction, notes lack 'not a whole number'")
        if "reference" in tags and r["expect_review"] is not True:
            err(f"{rid}: reference row not in review")
        clean = r["expect_review"] is False and "outlier" not in tags
        if clean != ("clean" in tags):
            err(f"{rid}: clean tag mismatch")
        if "outlier" in tags:
            if r["expect_review"] is not False or r.get("expect_review_with_history") is not True:
                err(f"{rid}: outlier must be review false, with history true")
            if not any(
                l["sku"] and l["quantity"] >= 4 * max_hist_qty(r["customer"], l["sku"]) > 0
                for l in r["lines"]
            ):
                err(f"{rid}: outlier not 4x the largest earlier quantity")
    elif "clean" in tags:
        err(f"{rid}: clean on a non-ORDER row")

# training examples, phones, e-mails, similarity
examples = [e.lower() for p in P.values() for e in p["ai_training_examples"]]
phone_re = re.compile(r"(?<![\w-])(?:\+44\s?|0)\d[\d ]{8,12}\d(?!\d)")
drama = [
    re.compile(r"^07700 ?900\d{3}$"),
    re.compile(r"^\+44 ?7700 ?900\d{3}$"),
    re.compile(r"^020 ?7946 ?0\d{3}$"),
]
mail_re = re.compile(r"[\w.+-]+@([\w-]+\.)+[\w-]+")
texts = []
for r in rows:
    t = r["text"]
    tl = t.lower()
    for e in examples:
        if e in tl:
            err(f"{r['id']}: training example inside the message")
    for m in phone_re.finditer(t):
        if not any(d.match(m.group(0).strip()) for d in drama):
            err(f"{r['id']}: phone {m.group(0)!r} not a drama number")
    for m in mail_re.finditer(t):
        if not m.group(0).endswith(".example"):
            err(f"{r['id']}: e-mail {m.group(0)} not under .example")
    texts.append((r["id"], t))
for h in hist:
    a = h["address"]
    if "@" in a:
        if not a.endswith(".example"):
            err(f"history {h['customer']}: e-mail not .example")
    elif not any(d.match(a) for d in drama):
        err(f"history {h['customer']}: phone not a drama number")
best = (0, None, None)
for i in range(len(texts)):
    for j in range(i + 1, len(texts)):
        sm = difflib.SequenceMatcher(None, texts[i][1], texts[j][1])
        if sm.real_quick_ratio() < 0.7 or sm.quick_ratio() < 0.7:
            continue
        q = sm.ratio()
        if q > best[0]:
            best = (q, texts[i][0], texts[j][0])
        if q >= 0.7:
            err(f"{texts[i][0]} and {texts[j][0]} similarity {q:.2f}")
# exact highest ratio (slow path only for the report)
hi = 0.0
for i in range(len(texts)):
    for j in range(i + 1, len(texts)):
        sm = difflib.SequenceMatcher(None, texts[i][1], texts[j][1])
        if sm.quick_ratio() > hi:
            q = sm.ratio()
            if q > hi:
                hi = q
nclean = sum("clean" in r["tags"] for r in rows)
if len(rows) < 170:
    err(f"{len(rows)} messages, want at least 170")
if nclean < 0.4 * len(rows):
    err(f"clean share {nclean / len(rows):.3f} below 40%")

# coverage
used = set()
for r in rows:
    for l in r["lines"] + r.get("lines_with_history", []) + r.get("change_lines", []):
        if l["sku"]:
            used.add(l["sku"])
        used.update(l.get("candidates", []))

# ---- figures ----
orders = [r for r in rows if r["intent"] == "ORDER"]
lines = [l for r in orders for l in r["lines"]]
print(
    f"catalog: {len(cat['categories'])} categories ({sum(1 for c in cat['categories'] if c['parent'] is None)} top-level), "
    f"{nprod} products, {nvarprod} with {nvar} variants; units {dict(Counter(p['unit'] for p in P.values()).most_common())}"
)
print(
    f"histories: {len(hist)} customers, {sum(1 for h in hist if h['orders'])} with orders, "
    f"{sum(len(h['orders']) for h in hist)} orders, {sum(len(o['lines']) for h in hist for o in h['orders'])} lines, "
    f"{min(o['date'] for h in hist for o in h['orders'])} to {max(o['date'] for h in hist for o in h['orders'])}"
)
print(f"messages: {len(rows)}, {rows and min(r['date'] for r in rows)} to {max(r['date'] for r in rows)}")
print("intents:", dict(Counter(r["intent"] for r in rows).most_common()))
print("channels:", dict(Counter(r["channel"] for r in rows).most_common()))
print(
    "languages:",
    dict(Counter(r["language"] for r in rows).most_common()),
    f"(non-English ORDER: {sum(1 for r in orders if r['language'] != 'en')})",
)
print(
    f"order lines: {len(lines)}; null sku {sum(1 for l in lines if l['sku'] is None)} "
    f"(ambiguous {sum(1 for l in lines if l['sku'] is None and l.get('candidates'))}, not in catalog {sum(1 for l in lines if l['sku'] is None and not l.get('candidates'))}); "
    f"variant products {sum(1 for l in lines if 'variant' in l)} (no variant {sum(1 for l in lines if 'variant' in l and l['variant'] is None)}); "
    f"null quantity {sum(1 for l in lines if l['quantity'] is None)}; fractional {sum(1 for l in lines if isinstance(l['quantity'], float))}"
)
ship = sum(1 for r in orders if not r["expect_review"])
print(
    f"review: {ship} ship as written ({nclean} clean + {ship - nclean} outliers), {len(orders) - ship} need review; "
    f"clean share {nclean}/{len(rows)} = {nclean / len(rows):.3f}"
)
hr = [r for r in orders if "lines_with_history" in r]
print(
    f"history: lines_with_history on {len(hr)} rows: "
    f"{sum(1 for r in hr if r['expect_review'] and not r['expect_review_with_history'])} review->no review, "
    f"{sum(1 for r in hr if r['expect_review'] and r['expect_review_with_history'])} keep review, "
    f"{sum(1 for r in hr if not r['expect_review'] and r['expect_review_with_history'])} no review->review; "
    f"with history {sum(1 for r in orders if not r.get('expect_review_with_history', r['expect_review']))} of {len(orders)} orders ship"
)
print(f"coverage: {len(used & set(P))} of {nprod} products in a label or as a candidate")
print("tags:", ", ".join(f"{k} {v}" for k, v in Counter(t for r in rows for t in r["tags"]).most_common()))
print(f"highest difflib similarity between two texts: {hi:.2f}")
if ERR:
    print(f"\n{len(ERR)} ERRORS")
    for e in ERR[:80]:
        print(" -", e)
    sys.exit(1)
print("\nOK: all checks pass")
