# ruff: noqa  (hand-written data generator of blind set 49, kept as its writer left it)
"""Validate blind set 49 (catalog49.json, histories49.jsonl, holdout49.jsonl) and print the README figures."""

import difflib
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)
from cat49 import FAMILY_WORDS, shade_key  # noqa: E402

ERR = []


def err(msg):
    ERR.append(msg)


def load_jsonl(name):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{i} invalid JSON: {e}")
    return rows


with open(os.path.join(OUT, "catalog49.json"), encoding="utf-8") as f:
    CAT = json.load(f)
HIST = load_jsonl("histories49.jsonl")
ROWS = load_jsonl("holdout49.jsonl")

UNITS = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tray", "box", "tub"}
VTYPES = {"SIZE", "COLOR", "VOLUME", "WEIGHT"}
PRICE = re.compile(r"^\d+\.\d\d$")
PROD = {p["sku"]: p for p in CAT["products"]}
VARS = {p["sku"]: [v["name"] for v in p["variants"]] for p in CAT["products"]}

# ---------------------------------------------------------------- catalog
seen_cat = set()
for c in CAT["categories"]:
    if c["parent"] is not None and c["parent"] not in seen_cat:
        err(f"category {c['name']} listed before its parent {c['parent']}")
    seen_cat.add(c["name"])
all_skus = set()
aliases = {}
fam = {w.lower() for w in FAMILY_WORDS}
for p in CAT["products"]:
    if p["sku"] in all_skus:
        err(f"duplicate sku {p['sku']}")
    all_skus.add(p["sku"])
    if p["category"] not in seen_cat:
        err(f"{p['sku']}: unknown category")
    if p["unit"] not in UNITS:
        err(f"{p['sku']}: bad unit {p['unit']}")
    if not PRICE.match(p["unit_price"]):
        err(f"{p['sku']}: bad price")
    als = list(p["aliases"])
    for v in p["variants"]:
        if v["variant_type"] not in VTYPES:
            err(f"{p['sku']}/{v['name']}: bad variant type")
        if not v.get("sku") or not PRICE.match(v.get("unit_price", "")):
            err(f"{p['sku']}/{v['name']}: variant without sku or valid unit_price")
        if v.get("sku") in all_skus:
            err(f"duplicate variant sku {v.get('sku')}")
        all_skus.add(v.get("sku"))
        als += v.get("ai_aliases", [])
    for a in als:
        k = a.lower()
        if k in aliases and aliases[k] != p["sku"]:
            err(f"alias '{a}' shared by {aliases[k]} and {p['sku']}")
        if k in aliases and aliases[k] == p["sku"]:
            err(f"alias '{a}' repeated in {p['sku']}")
        aliases[k] = p["sku"]
        if k in fam:
            err(f"alias '{a}' of {p['sku']} is a bare family word")
n_prod = len(CAT["products"])
n_var_prod = sum(1 for p in CAT["products"] if p["variants"])
n_vars = sum(len(p["variants"]) for p in CAT["products"])
if not 90 <= n_prod <= 130:
    err(f"{n_prod} products, want 90-130")
if not 12 <= n_var_prod <= 20:
    err(f"{n_var_prod} products with variants, want 12-20")

# ---------------------------------------------------------------- helpers
DRAMA = [re.compile(r"^447700900\d{3}$"), re.compile(r"^07700900\d{3}$"), re.compile(r"^0207946\d{4}$")]
PHONE = re.compile(r"(?<![\w-])(?:\+44[\s]?|0)\d[\d ]{7,13}\d")
EMAIL = re.compile(r"[\w.+-]+@((?:[\w-]+\.)+[\w-]+)")


def check_contacts(text, where):
    for m in PHONE.finditer(text):
        digits = re.sub(r"\D", "", m.group(0))
        if len(digits) < 10:
            continue
        if not any(d.match(digits) for d in DRAMA):
            err(f"{where}: non-drama phone number {m.group(0)!r}")
    for m in EMAIL.finditer(text):
        if not m.group(1).lower().endswith(".example"):
            err(f"{where}: e-mail not under .example: {m.group(0)}")


def check_line(l, where, allow_null=True):
    sku = l.get("sku")
    if "quantity" not in l:
        err(f"{where}: line without quantity")
    if sku is not None:
        if sku not in PROD:
            err(f"{where}: unknown sku {sku}")
            return
        if VARS[sku]:
            if "variant" not in l:
                err(f"{where}: {sku} has variants but the line has no variant key")
            elif l["variant"] is not None and l["variant"] not in VARS[sku]:
                err(f"{where}: {sku} has no variant {l['variant']}")
        elif "variant" in l:
            err(f"{where}: variant key on {sku}, which has no variants")
        if "candidates" in l:
            err(f"{where}: candidates on a line with a sku")
    else:
        if not allow_null:
            err(f"{where}: null sku")
        if "variant" in l:
            err(f"{where}: variant key on a null-sku line")
        c = l.get("candidates")
        if c is not None:
            if len(c) < 2:
                err(f"{where}: fewer than two candidates")
            for s in c:
                if s not in PROD:
                    err(f"{where}: unknown candidate {s}")
            cv = l.get("candidate_variant")
            if cv and not any(shade_key(cv) in [shade_key(n) for n in VARS.get(s, [])] for s in c):
                err(f"{where}: candidate_variant {cv} fits no candidate")
        elif "candidate_variant" in l:
            err(f"{where}: candidate_variant without candidates")


def is_open(l):
    if l.get("sku") is None or l.get("quantity") is None:
        return True
    if "variant" in l and l["variant"] is None:
        return True
    return l["quantity"] != int(l["quantity"])


# ---------------------------------------------------------------- histories
cust_orders = {}
hist_lines = 0
hist_orders = 0
hdates = []
for h in HIST:
    check_contacts(h["address"], f"history {h['customer']}")
    cust_orders[h["customer"]] = h["orders"]
    prev = ""
    for o in h["orders"]:
        hist_orders += 1
        hdates.append(o["date"])
        if o["date"] <= "2028-01-01":
            err(f"history {h['customer']}: date {o['date']} not after 2028-01-01")
        if o["date"] <= prev:
            err(f"history {h['customer']}: orders not oldest first")
        prev = o["date"]
        for l in o["lines"]:
            hist_lines += 1
            check_line(l, f"history {h['customer']} {o['date']}", allow_null=False)
            if "variant" in l and l["variant"] is None:
                err(f"history {h['customer']}: null variant")
            if not isinstance(l.get("quantity"), int) or l["quantity"] <= 0:
                err(f"history {h['customer']}: bad quantity")

# ---------------------------------------------------------------- messages
ids = [r["id"] for r in ROWS]
if ids != [f"hs{i:03d}" for i in range(1, len(ROWS) + 1)]:
    err("ids do not run hs001... without gaps")
texts = [c for p in CAT["products"] for c in p["ai_training_examples"]]
for r in ROWS:
    w = r["id"]
    for k in ("channel", "customer", "date", "language", "text", "intent", "lines", "notes", "tags"):
        if k not in r:
            err(f"{w}: missing {k}")
    if r["customer"] not in cust_orders:
        err(f"{w}: unknown customer")
        continue
    if r["date"] <= "2028-01-01":
        err(f"{w}: date not after 2028-01-01")
    for o in cust_orders[r["customer"]]:
        if o["date"] >= r["date"]:
            err(f"{w}: history order {o['date']} not before message date {r['date']}")
    check_contacts(r["text"], w)
    low = r["text"].lower()
    for t in texts:
        if t.lower() in low:
            err(f"{w}: contains training example {t!r}")
    notes = r["notes"]
    tags = r["tags"]
    hf = ("lines_with_history" in r, "expect_review_with_history" in r)
    if hf[0] != hf[1]:
        err(f"{w}: history fields not together")
    if r["intent"] != "ORDER":
        if r["lines"] or "expect_review" in r or any(hf):
            err(f"{w}: non-ORDER row with lines or review fields")
    else:
        if "expect_review" not in r:
            err(f"{w}: ORDER without expect_review")
        for l in r["lines"]:
            check_line(l, w)
        for field, rv in (
            ("lines", r.get("expect_review")),
            ("lines_with_history", r.get("expect_review_with_history")),
        ):
            for l in r.get(field, []):
                if field != "lines":
                    check_line(l, w + " (history)")
                if is_open(l):
                    if not rv:
                        err(f"{w}: open line in {field} on a row that is not in review")
                    if (
                        l.get("quantity") is not None
                        and l["quantity"] != int(l["quantity"])
                        and rv is not True
                    ):
                        err(f"{w}: fractional quantity on a shippable row")
                    need = []
                    if l.get("sku") is None and l.get("candidates"):
                        need = ["ambiguous"]
                    elif l.get("sku") is None:
                        need = ["not in catalog", "ambiguous"]
                    elif l.get("quantity") is None:
                        need = ["quantities not stated", "not a whole number"]
                    elif "variant" in l and l["variant"] is None:
                        need = ["ambiguous"]
                    else:
                        need = ["fraction", "half", "ambiguous"]
                    if need and not any(n in notes for n in need):
                        err(f"{w}: open line but notes lack {need}")
        if any(hf):
            if (
                r["lines_with_history"] == r["lines"]
                and r["expect_review_with_history"] == r["expect_review"]
            ):
                err(f"{w}: history fields that change nothing")
        if "reference" in tags and not r["expect_review"]:
            err(f"{w}: reference row not in review")
    if r["intent"] == "CHANGE":
        if "change_lines" not in r:
            err(f"{w}: CHANGE without change_lines")
        for l in r.get("change_lines", []):
            check_line(l, w + " change", allow_null=False)
    elif "change_lines" in r:
        err(f"{w}: change_lines on a non-CHANGE row")
    shippable = r["intent"] == "ORDER" and not r["expect_review"]
    outlier = "outlier" in tags
    if ("clean" in tags) != (shippable and not outlier):
        err(f"{w}: clean tag wrong")
    if outlier:
        if r["expect_review"] or r.get("expect_review_with_history") is not True:
            err(f"{w}: outlier review flags wrong")
        for l in r["lines"]:
            prev = [
                hl["quantity"]
                for o in cust_orders[r["customer"]]
                for hl in o["lines"]
                if hl["sku"] == l["sku"]
            ]
            if not prev or l["quantity"] < 4 * max(prev):
                err(
                    f"{w}: outlier {l['sku']} {l['quantity']} not >= 4x largest earlier {max(prev) if prev else None}"
                )

# similarity
maxr, pair = 0.0, None
T = [r["text"] for r in ROWS]
for i in range(len(T)):
    for j in range(i + 1, len(T)):
        sm = difflib.SequenceMatcher(None, T[i], T[j])
        if sm.real_quick_ratio() < maxr or sm.quick_ratio() < maxr:
            continue
        rr = sm.ratio()
        if rr > maxr:
            maxr, pair = rr, (ROWS[i]["id"], ROWS[j]["id"])
if maxr >= 0.7:
    err(f"texts too similar: {pair} {maxr:.2f}")
n = len(ROWS)
clean = sum("clean" in r["tags"] for r in ROWS)
if n < 170:
    err(f"only {n} messages")
if clean < 0.4 * n:
    err(f"clean {clean}/{n} below 40%")

# ---------------------------------------------------------------- figures
orders = [r for r in ROWS if r["intent"] == "ORDER"]
lines = [l for r in orders for l in r["lines"]]
intents = Counter(r["intent"] for r in ROWS)
print(
    f"catalog: {len(CAT['categories'])} categories "
    f"({sum(1 for c in CAT['categories'] if c['parent'] is None)} top-level), {n_prod} products, "
    f"{n_var_prod} with {n_vars} variants; units {dict(Counter(p['unit'] for p in CAT['products']).most_common())}"
)
active = [h for h in HIST if h["orders"]]
print(
    f"histories: {len(HIST)} customers ({len(HIST) - len(active)} first-time), {hist_orders} orders, {hist_lines} lines, "
    f"{min(hdates)} to {max(hdates)}"
)
print(f"messages: {n}, dates {min(r['date'] for r in ROWS)} to {max(r['date'] for r in ROWS)}")
print(
    "intents:",
    ", ".join(f"{k} {v}" for k, v in intents.most_common()),
    f"(ORDER {100 * intents['ORDER'] / n:.0f}%)",
)
print("channels:", dict(Counter(r["channel"] for r in ROWS).most_common()))
print(
    "languages:",
    dict(Counter(r["language"] for r in ROWS).most_common()),
    "non-English ORDER:",
    sum(1 for r in orders if r["language"] != "en"),
)
nulls = [l for l in lines if l["sku"] is None]
varl = [l for l in lines if "variant" in l]
print(
    f"order lines: {len(lines)}; null sku {len(nulls)} ({sum(1 for l in nulls if l.get('candidates'))} ambiguous "
    f"with candidates, {sum(1 for l in nulls if not l.get('candidates'))} not in catalog); variant-product lines "
    f"{len(varl)} ({sum(1 for l in varl if l['variant'] is None)} with no variant); null quantity "
    f"{sum(1 for l in lines if l['quantity'] is None)}"
)
ship = [r for r in orders if not r["expect_review"]]
outl = [r for r in orders if "outlier" in r["tags"]]
print(
    f"review: {len(ship)} shippable ({clean} clean + {len(outl)} outliers), "
    f"{sum(1 for r in orders if r['expect_review'])} expect_review; clean {clean}/{n} = {100 * clean / n:.1f}%"
)
hrows = [r for r in orders if "lines_with_history" in r]
to_ok = sum(1 for r in hrows if r["expect_review"] and not r["expect_review_with_history"])
keep = sum(1 for r in hrows if r["expect_review"] and r["expect_review_with_history"])
to_rev = sum(1 for r in hrows if not r["expect_review"] and r["expect_review_with_history"])
unchanged = [r for r in orders if r["expect_review"] and "lines_with_history" not in r]
ship_h = sum(1 for r in orders if not r.get("expect_review_with_history", r["expect_review"]))
print(
    f"history: lines_with_history on {len(hrows)} rows: {to_ok} review->ok, {keep} keep review, "
    f"{to_rev} outliers ok->review; {len(unchanged)} review rows unchanged by history; with history "
    f"{ship_h} of {len(orders)} orders shippable"
)
cov = set()
for r in orders:
    for l in r["lines"] + r.get("lines_with_history", []):
        if l["sku"]:
            cov.add(l["sku"])
        cov.update(l.get("candidates", []))
for r in ROWS:
    for l in r.get("change_lines", []):
        cov.add(l["sku"])
print(
    f"coverage: {len(cov)} of {n_prod} products in a label or as a candidate; missing "
    f"{sorted(set(PROD) - cov)}"
)
tc = Counter(t for r in ROWS for t in r["tags"])
print("tags:", ", ".join(f"{k} {v}" for k, v in sorted(tc.items(), key=lambda x: (-x[1], x[0]))))
print(f"max difflib ratio {maxr:.2f} {pair}")
if ERR:
    print(f"\nFAILED: {len(ERR)} problems")
    for e in ERR[:80]:
        print(" -", e)
    sys.exit(1)
print("\nOK: all checks passed")
