# ruff: noqa  (hand-written data generator for the eighth blind set, kept as its writer left it)
"""Validate catalog8.json, histories8.jsonl and holdout8.jsonl. Exit status 1 on any error.

python3 validate8.py
"""

import difflib
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # tests/data
errors = []


def err(msg):
    errors.append(msg)


def load_jsonl(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{i}: invalid JSON ({e})")
    return rows


with open(os.path.join(HERE, "catalog8.json"), encoding="utf-8") as f:
    cat = json.load(f)
hist = load_jsonl("histories8.jsonl")
rows = load_jsonl("holdout8.jsonl")

# ---------------------------------------------------------------- catalog
UNITS = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tray", "box", "tub"}
VTYPES = {"SIZE", "COLOR", "VOLUME", "WEIGHT"}
PRICE = re.compile(r"^\d+\.\d\d$")
seen_cats = set()
for c in cat["categories"]:
    if c["parent"] is not None and c["parent"] not in seen_cats:
        err(f"category {c['name']}: parent {c['parent']} not listed before it")
    seen_cats.add(c["name"])
prod = {}
all_skus = set()
alias_owner = {}
for p in cat["products"]:
    for k in (
        "sku",
        "name",
        "category",
        "unit",
        "unit_price",
        "aliases",
        "keywords",
        "ai_training_examples",
        "variants",
    ):
        if k not in p:
            err(f"{p.get('sku')}: missing {k}")
    if p["sku"] in all_skus:
        err(f"duplicate sku {p['sku']}")
    all_skus.add(p["sku"])
    prod[p["sku"]] = p
    if p["category"] not in seen_cats:
        err(f"{p['sku']}: unknown category {p['category']}")
    if p["unit"] not in UNITS:
        err(f"{p['sku']}: unit {p['unit']}")
    if not PRICE.match(p["unit_price"]):
        err(f"{p['sku']}: price {p['unit_price']}")
    for a in p["aliases"]:
        k = a.lower()
        if k in alias_owner and alias_owner[k] != p["sku"]:
            err(f"alias '{a}' shared by {alias_owner[k]} and {p['sku']}")
        alias_owner[k] = p["sku"]
    vnames = set()
    for v in p["variants"]:
        if v["sku"] in all_skus:
            err(f"duplicate variant sku {v['sku']}")
        all_skus.add(v["sku"])
        if v["variant_type"] not in VTYPES:
            err(f"{v['sku']}: variant_type {v['variant_type']}")
        if not PRICE.match(v["unit_price"]):
            err(f"{v['sku']}: price {v['unit_price']}")
        if v["name"] in vnames:
            err(f"{p['sku']}: duplicate variant name {v['name']}")
        vnames.add(v["name"])


def check_line(where, ln, allow_null=True):
    sku = ln.get("sku")
    if sku is None:
        if not allow_null:
            err(f"{where}: null sku not allowed here")
        if "variant" in ln:
            err(f"{where}: variant on a null-sku line")
        for c in ln.get("candidates", []):
            if c not in prod:
                err(f"{where}: unknown candidate {c}")
        if "candidates" in ln and len(ln["candidates"]) < 2:
            err(f"{where}: fewer than 2 candidates")
        return
    if sku not in prod:
        err(f"{where}: unknown sku {sku}")
        return
    if "candidates" in ln:
        err(f"{where}: candidates on a resolved line")
    vs = {v["name"] for v in prod[sku]["variants"]}
    if vs:
        if "variant" not in ln:
            err(f"{where}: {sku} has variants but the line has no variant key")
        elif ln["variant"] is not None and ln["variant"] not in vs:
            err(f"{where}: {sku} has no variant {ln['variant']!r}")
    elif "variant" in ln:
        err(f"{where}: variant key on {sku}, which has no variants")
    q = ln.get("quantity")
    if q is not None and (not isinstance(q, (int, float)) or q <= 0):
        err(f"{where}: bad quantity {q}")


# ---------------------------------------------------------------- histories
hist_by = {}
for h in hist:
    hist_by[h["customer"]] = h
    prev = ""
    for o in h["orders"]:
        if o["date"] <= prev:
            err(f"history {h['customer']}: dates not increasing")
        prev = o["date"]
        for ln in o["lines"]:
            check_line(f"history {h['customer']} {o['date']}", ln, allow_null=False)
            if ln["quantity"] is None:
                err(f"history {h['customer']}: null quantity")
    addr = h["address"]
    if not (re.fullmatch(r"\+447700900\d{3}", addr) or addr.endswith(".example")):
        err(f"history {h['customer']}: address {addr} is not a drama number / .example")

# ---------------------------------------------------------------- messages
INTENTS = {"ORDER", "QUESTION", "COMPLAINT", "OTHER", "CHANGE", "CANCEL"}
ids = set()
training = [(t.lower(), p["sku"]) for p in cat["products"] for t in p["ai_training_examples"]]
for r in rows:
    rid = r["id"]
    if rid in ids:
        err(f"duplicate id {rid}")
    ids.add(rid)
    for k in ("id", "channel", "text", "intent", "lines", "notes", "customer", "date", "language", "tags"):
        if k not in r:
            err(f"{rid}: missing {k}")
    if r["intent"] not in INTENTS:
        err(f"{rid}: intent {r['intent']}")
    if r["channel"] not in {"WHATSAPP", "SMS", "EMAIL"}:
        err(f"{rid}: channel")
    if r["customer"] not in hist_by:
        err(f"{rid}: unknown customer {r['customer']}")
    else:
        for o in hist_by[r["customer"]]["orders"]:
            if o["date"] >= r["date"]:
                err(f"{rid}: history order {o['date']} not before message date {r['date']}")
    low = r["text"].lower()
    for t, sku in training:
        if t in low:
            err(f"{rid}: contains training example of {sku}: {t!r}")
    # drama numbers only
    for m in re.finditer(r"(\+?\d[\d ]{8,}\d)", r["text"]):
        digits = re.sub(r"\D", "", m.group(1))
        if not (
            digits.startswith("447700900") or digits.startswith("07700900") or digits.startswith("02079460")
        ):
            err(f"{rid}: phone-like number {m.group(1)!r} not in the drama ranges")
    for m in re.finditer(r"[\w.+-]+@([\w.-]+)", r["text"]):
        if not m.group(1).endswith(".example"):
            err(f"{rid}: e-mail domain {m.group(1)}")
    if r["intent"] != "ORDER":
        if r["lines"]:
            err(f"{rid}: non-ORDER with lines")
        if "expect_review" in r or "lines_with_history" in r:
            err(f"{rid}: review/history fields on a non-ORDER row")
    else:
        if "expect_review" not in r:
            err(f"{rid}: ORDER without expect_review")
        for ln in r["lines"]:
            check_line(rid, ln)
        opens = any(
            ln["sku"] is None or ln["quantity"] is None or ("variant" in ln and ln["variant"] is None)
            for ln in r["lines"]
        )
        if opens and not r["expect_review"]:
            err(f"{rid}: a null sku/quantity/variant line but expect_review false")
        if (
            any(ln["sku"] is None and "candidates" in ln for ln in r["lines"])
            and "ambiguous" not in r["notes"].lower()
        ):
            err(f"{rid}: ambiguous line but notes do not say 'ambiguous'")
        if (
            any(ln["sku"] is None and "candidates" not in ln for ln in r["lines"])
            and "not in catalog" not in r["notes"].lower()
        ):
            err(f"{rid}: not-in-catalog line but notes do not say so")
        if not r["lines"] and not r["expect_review"]:
            err(f"{rid}: ORDER with no lines and no review")
        if ("lines_with_history" in r) != ("expect_review_with_history" in r):
            err(f"{rid}: history fields must come together")
        if "lines_with_history" in r:
            for ln in r["lines_with_history"]:
                check_line(rid + " (history)", ln)
            opens = any(
                ln["sku"] is None or ln["quantity"] is None or ("variant" in ln and ln["variant"] is None)
                for ln in r["lines_with_history"]
            )
            if opens and not r["expect_review_with_history"]:
                err(f"{rid}: open history line but expect_review_with_history false")
        if "outlier" in r["tags"]:
            if r["expect_review"] or not r.get("expect_review_with_history"):
                err(f"{rid}: outlier must be review false / with history true")
            orders = hist_by[r["customer"]]["orders"]
            for ln in r["lines"]:
                past = [x["quantity"] for o in orders for x in o["lines"] if x["sku"] == ln["sku"]]
                if not past or ln["quantity"] < 4 * max(past):
                    err(
                        f"{rid}: outlier quantity {ln['quantity']} not >= 4x the customer's max {max(past or [0])}"
                    )
    if r["intent"] == "CHANGE":
        if "change_lines" not in r:
            err(f"{rid}: CHANGE without change_lines")
        for ln in r.get("change_lines", []):
            check_line(rid + " (change)", ln, allow_null=False)

# similarity inside the file
texts = [(r["id"], r["text"]) for r in rows]
best = (0, None, None)
for i in range(len(texts)):
    for j in range(i + 1, len(texts)):
        s = difflib.SequenceMatcher(None, texts[i][1], texts[j][1]).ratio()
        if s > best[0]:
            best = (s, texts[i][0], texts[j][0])
if best[0] >= 0.7:
    err(f"texts {best[1]} and {best[2]} too similar ({best[0]:.2f})")

# ---------------------------------------------------------------- summary
orders = [r for r in rows if r["intent"] == "ORDER"]
lines = [ln for r in orders for ln in r["lines"]]
print(
    f"catalog: {len(cat['categories'])} categories, {len(cat['products'])} products, "
    f"{sum(1 for p in cat['products'] if p['variants'])} with {sum(len(p['variants']) for p in cat['products'])} variants"
)
print(
    f"histories: {len(hist)} customers, {sum(len(h['orders']) for h in hist)} orders, "
    f"{sum(len(o['lines']) for h in hist for o in h['orders'])} lines, "
    f"{sum(1 for h in hist if not h['orders'])} first-time"
)
print(f"messages: {len(rows)}  intents {dict(Counter(r['intent'] for r in rows))}")
print(
    f"  channels {dict(Counter(r['channel'] for r in rows))}  languages {dict(Counter(r['language'] for r in rows))}"
)
print(
    f"  ORDER: {len(orders)}, clean (expect_review false) {sum(not r['expect_review'] for r in orders)}, "
    f"review {sum(r['expect_review'] for r in orders)}"
)
print(
    f"  lines {len(lines)}: null sku {sum(l['sku'] is None for l in lines)} "
    f"(ambiguous {sum(l['sku'] is None and 'candidates' in l for l in lines)}, "
    f"not in catalog {sum(l['sku'] is None and 'candidates' not in l for l in lines)}), "
    f"variant-product lines {sum('variant' in l for l in lines)} (no variant {sum('variant' in l and l['variant'] is None for l in lines)}), "
    f"null quantity {sum(l['quantity'] is None for l in lines)}"
)
wh = [r for r in orders if "lines_with_history" in r]
print(
    f"  with history: {len(wh)} rows; review->no review {sum(r['expect_review'] and not r['expect_review_with_history'] for r in wh)}, "
    f"stay review {sum(r['expect_review'] and r['expect_review_with_history'] for r in wh)}, "
    f"no review->review {sum(not r['expect_review'] and r['expect_review_with_history'] for r in wh)}; "
    f"orders shippable with history {sum(not r.get('expect_review_with_history', r['expect_review']) for r in orders)}"
)
used = {l["sku"] for r in orders for l in r["lines"] + r.get("lines_with_history", []) if l["sku"]}
used |= {c for r in orders for l in r["lines"] for c in l.get("candidates", [])}
print(f"  catalog coverage in labels/candidates: {len(used & set(prod))}/{len(prod)}")
print(f"  tags {dict(Counter(t for r in rows for t in r['tags']).most_common())}")
print(f"  highest within-file text similarity {best[0]:.2f} ({best[1]}, {best[2]})")
if errors:
    print(f"\n{len(errors)} ERRORS:")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK")
