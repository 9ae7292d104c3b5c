# ruff: noqa  (hand-written data generator for the sixth blind set, kept as its writer left it)
"""Validate catalog6.json, histories6.jsonl and holdout6.jsonl (reads only these three files)."""

import collections
import difflib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent.parent
errors = []


def err(msg):
    errors.append(msg)


cat = json.loads((HERE / "catalog6.json").read_text())
assert cat["currency"] in ("EUR", "GBP")
UNITS = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tray", "box", "tub"}
cats = []
for c in cat["categories"]:
    if c["parent"] is not None and c["parent"] not in cats:
        err(f"category {c['name']}: parent {c['parent']} not listed before it")
    cats.append(c["name"])
prod = {}
alias_owner = {}
vsku = set()
for p in cat["products"]:
    if p["sku"] in prod:
        err(f"duplicate sku {p['sku']}")
    prod[p["sku"]] = p
    if p["category"] not in cats:
        err(f"{p['sku']}: unknown category")
    if p["unit"] not in UNITS:
        err(f"{p['sku']}: unit {p['unit']}")
    if not re.fullmatch(r"\d+\.\d\d", p["unit_price"]):
        err(f"{p['sku']}: price {p['unit_price']}")
    for a in p["aliases"]:
        k = a.lower()
        if k in alias_owner:
            err(f"alias {a!r} shared by {alias_owner[k]} and {p['sku']}")
        alias_owner[k] = p["sku"]
    names = set()
    for v in p["variants"]:
        if v["variant_type"] not in ("SIZE", "COLOR", "VOLUME", "WEIGHT"):
            err(f"{p['sku']}: variant_type {v['variant_type']}")
        if v["name"] in names:
            err(f"{p['sku']}: duplicate variant {v['name']}")
        names.add(v["name"])
        if v["sku"] in vsku or v["sku"] in prod:
            err(f"variant sku {v['sku']} duplicated")
        vsku.add(v["sku"])
        if not re.fullmatch(r"\d+\.\d\d", v["unit_price"]):
            err(f"{v['sku']}: price")
VAR = {s: {v["name"] for v in p["variants"]} for s, p in prod.items()}


def check_line(where, ln, allow_null=True):
    s = ln.get("sku")
    if "quantity" not in ln:
        err(f"{where}: no quantity")
    q = ln.get("quantity")
    if q is not None and (not isinstance(q, (int, float)) or q <= 0):
        err(f"{where}: bad quantity {q}")
    if s is None:
        if not allow_null:
            err(f"{where}: null sku")
        if "variant" in ln:
            err(f"{where}: variant on a null-sku line")
        for c in ln.get("candidates", []):
            if c not in prod:
                err(f"{where}: candidate {c} not in catalog")
        if "candidates" in ln and len(ln["candidates"]) < 2:
            err(f"{where}: fewer than 2 candidates")
        return
    if s not in prod:
        err(f"{where}: sku {s} not in catalog")
        return
    if VAR[s]:
        if "variant" not in ln:
            err(f"{where}: {s} has variants but the line has no variant key")
        elif ln["variant"] is not None and ln["variant"] not in VAR[s]:
            err(f"{where}: variant {ln['variant']!r} not a variant of {s}")
    elif "variant" in ln:
        err(f"{where}: {s} has no variants but the line has one")
    if "candidates" in ln:
        err(f"{where}: candidates on a resolved line")


hist = {}
for i, line in enumerate(open(HERE / "histories6.jsonl"), 1):
    h = json.loads(line)
    for k in ("customer", "name", "kind", "channel", "address", "language", "orders"):
        if k not in h:
            err(f"histories line {i}: missing {k}")
    hist[h["customer"]] = h
    prev = ""
    for o in h["orders"]:
        if o["date"] <= prev:
            err(f"{h['customer']}: orders not oldest first")
        prev = o["date"]
        for ln in o["lines"]:
            check_line(f"history {h['customer']} {o['date']}", ln, allow_null=False)

rows = []
INTENTS = {"ORDER", "QUESTION", "COMPLAINT", "OTHER", "CANCEL", "CHANGE"}
for i, line in enumerate(open(HERE / "holdout6.jsonl"), 1):
    try:
        r = json.loads(line)
    except json.JSONDecodeError as e:
        err(f"holdout line {i}: {e}")
        continue
    rows.append(r)
    w = r.get("id", f"line {i}")
    for k in ("id", "channel", "text", "intent", "lines", "notes", "customer", "date", "language", "tags"):
        if k not in r:
            err(f"{w}: missing {k}")
    if r["intent"] not in INTENTS:
        err(f"{w}: intent {r['intent']}")
    if r["channel"] not in ("WHATSAPP", "SMS", "EMAIL"):
        err(f"{w}: channel")
    if r["language"] not in ("en", "es", "fr", "de", "it"):
        err(f"{w}: language")
    if r["customer"] not in hist:
        err(f"{w}: customer {r['customer']} not in histories")
    else:
        for o in hist[r["customer"]]["orders"]:
            if o["date"] >= r["date"]:
                err(f"{w}: history order {o['date']} not before message date {r['date']}")
    if r["intent"] != "ORDER":
        if r["lines"]:
            err(f"{w}: non-ORDER with lines")
        for k in ("expect_review", "lines_with_history", "expect_review_with_history"):
            if k in r:
                err(f"{w}: {k} on a non-ORDER row")
    else:
        if not isinstance(r.get("expect_review"), bool):
            err(f"{w}: expect_review missing")
        for j, ln in enumerate(r["lines"]):
            check_line(f"{w} line {j}", ln)
        nulls = any(
            ln["sku"] is None
            or ln["quantity"] is None
            or (ln["sku"] and VAR[ln["sku"]] and ln.get("variant") is None)
            for ln in r["lines"]
        )
        if nulls and not r["expect_review"]:
            err(f"{w}: null sku/variant/quantity but expect_review false")
        if ("lines_with_history" in r) != ("expect_review_with_history" in r):
            err(f"{w}: history fields come in pairs")
        for j, ln in enumerate(r.get("lines_with_history", [])):
            check_line(f"{w} hline {j}", ln)
        if "lines_with_history" in r:
            hn = any(
                ln["sku"] is None
                or ln["quantity"] is None
                or (ln["sku"] and VAR[ln["sku"]] and ln.get("variant") is None)
                for ln in r["lines_with_history"]
            )
            if hn and not r["expect_review_with_history"]:
                err(f"{w}: null in lines_with_history but expect_review_with_history false")
    if r["intent"] == "CHANGE":
        for j, ln in enumerate(r.get("change_lines", [])):
            check_line(f"{w} change {j}", ln)
        if not r.get("change_lines"):
            err(f"{w}: CHANGE without change_lines")

ids = [r["id"] for r in rows]
if ids != [f"w{i:03d}" for i in range(1, len(rows) + 1)]:
    err("ids are not w001.. in order")
texts = [r["text"].lower() for r in rows]
for p in prod.values():
    for ex in p["ai_training_examples"]:
        for r in rows:
            if ex.lower() in r["text"].lower():
                err(f"training example {ex!r} of {p['sku']} occurs in {r['id']}")
if len(set(texts)) != len(texts):
    err("duplicate texts")
best = (0, None, None)
for i in range(len(rows)):
    for j in range(i + 1, len(rows)):
        sm = difflib.SequenceMatcher(None, texts[i], texts[j])
        if sm.real_quick_ratio() > best[0] and sm.quick_ratio() > best[0]:
            ratio = sm.ratio()
            if ratio > best[0]:
                best = (ratio, rows[i]["id"], rows[j]["id"])

used = {
    ln["sku"]
    for r in rows
    for ln in r["lines"] + r.get("lines_with_history", []) + r.get("change_lines", [])
    if ln["sku"]
} | {c for r in rows for ln in r["lines"] for c in ln.get("candidates", [])}
orders = [r for r in rows if r["intent"] == "ORDER"]
lines = [ln for r in orders for ln in r["lines"]]
print(
    "catalog:",
    len(cat["categories"]),
    "categories,",
    len(prod),
    "products,",
    sum(1 for p in prod.values() if p["variants"]),
    "with",
    len(vsku),
    "variants; units",
    dict(collections.Counter(p["unit"] for p in prod.values())),
)
print(
    "histories:",
    len(hist),
    "customers,",
    sum(len(h["orders"]) for h in hist.values()),
    "orders,",
    sum(len(o["lines"]) for h in hist.values() for o in h["orders"]),
    "lines,",
    min(o["date"] for h in hist.values() for o in h["orders"]),
    "to",
    max(o["date"] for h in hist.values() for o in h["orders"]),
)
print("holdout:", len(rows), "rows", dict(collections.Counter(r["intent"] for r in rows)))
print("  channels", dict(collections.Counter(r["channel"] for r in rows)))
print(
    "  languages",
    dict(collections.Counter(r["language"] for r in rows)),
    "non-English ORDER:",
    sum(1 for r in orders if r["language"] != "en"),
)
print("  dates", min(r["date"] for r in rows), "to", max(r["date"] for r in rows))
print(
    "  order lines",
    len(lines),
    "null sku",
    sum(1 for ln in lines if ln["sku"] is None),
    "(ambiguous",
    sum(1 for ln in lines if ln["sku"] is None and ln.get("candidates")),
    ", not in catalog",
    sum(1 for ln in lines if ln["sku"] is None and not ln.get("candidates")),
    ")",
    "variant lines",
    sum(1 for ln in lines if "variant" in ln),
    "(no variant",
    sum(1 for ln in lines if "variant" in ln and ln["variant"] is None),
    ")",
    "null quantity",
    sum(1 for ln in lines if ln["quantity"] is None),
)
print(
    "  expect_review true",
    sum(r["expect_review"] for r in orders),
    "false",
    sum(not r["expect_review"] for r in orders),
)
wh = [r for r in orders if "lines_with_history" in r]
print(
    "  with-history fields on",
    len(wh),
    "rows; expect_review_with_history false on",
    sum(not r["expect_review_with_history"] for r in wh),
    "; true on",
    sum(r["expect_review_with_history"] for r in wh),
)
print("  tags", dict(collections.Counter(t for r in rows for t in r["tags"]).most_common()))
print("  catalog coverage", len(used & set(prod)), "of", len(prod))
print("  highest difflib similarity between two texts %.2f (%s, %s)" % best)
if errors:
    print(len(errors), "ERRORS")
    for e in errors:
        print("  ", e)
    sys.exit(1)
print("OK")
