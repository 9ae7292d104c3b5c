# ruff: noqa  (hand-written data generator of blind set 30, kept as its writer left it)
"""Validate catalog30.json, histories30.jsonl and holdout30.jsonl against the README's rules; print figures."""

import difflib
import json
import os
import re
import sys
from collections import Counter, defaultdict

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ERR = []


def err(msg):
    ERR.append(msg)


def load_jsonl(name):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err(f"{name}:{n} invalid JSON: {e}")
    return rows


with open(os.path.join(OUT, "catalog30.json"), encoding="utf-8") as f:
    CAT = json.load(f)
HIST = load_jsonl("histories30.jsonl")
ROWS = load_jsonl("holdout30.jsonl")

UNITS = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tray", "box", "tub"}
VTYPES = {"SIZE", "COLOR", "VOLUME", "WEIGHT"}
INTENTS = {"ORDER", "QUESTION", "COMPLAINT", "OTHER", "CANCEL", "CHANGE"}
PRICE = re.compile(r"^\d+\.\d\d$")
# bare family words: none of them may be an alias (plain members such as "baking tray" are aliases on purpose)
FAMILY_WORDS = {
    "gastro",
    "gastros",
    "gastronorm",
    "gn",
    "1/1 gastro",
    "1/3 gastro",
    "1/6 gastro",
    "lid",
    "lids",
    "1/3 lid",
    "1/1 lid",
    "board",
    "boards",
    "chopping board",
    "chopping boards",
    "red board",
    "chef knife",
    "chef's knife",
    "chefs knife",
    "knife",
    "frying pan",
    "pan",
    "28cm pan",
    "saucepan",
    "tongs",
    "whisk",
    "ladle",
    "serving spoon",
    "spoon",
    "probe",
    "probes",
    "thermometer",
    "tea towels",
    "tea towel",
    "cloths",
    "apron",
    "aprons",
    "oven gloves",
    "oven glove",
    "gloves",
    "large gloves",
    "cling film",
    "cling",
    "foil",
    "vac pouches",
    "vacuum pouches",
    "vac bags",
    "squeeze bottles",
    "squeezy bottles",
    "mixing bowl",
    "jug",
    "measuring jug",
    "carbon steel pan",
    "container",
    "square lid",
    "deli pot",
}

# ------------------------------------------------------------------ catalog
cats = CAT["categories"]
seen = set()
for c in cats:
    if c["parent"] is not None and c["parent"] not in seen:
        err(f"category {c['name']} listed before its parent {c['parent']}")
    seen.add(c["name"])
PROD = {}
VAR = {}
alias_owner = {}
vskus = set()
for p in CAT["products"]:
    if p["sku"] in PROD:
        err(f"duplicate sku {p['sku']}")
    PROD[p["sku"]] = p
    if p["category"] not in seen:
        err(f"{p['sku']}: unknown category")
    if p["unit"] not in UNITS:
        err(f"{p['sku']}: bad unit {p['unit']}")
    if not PRICE.match(p["unit_price"]):
        err(f"{p['sku']}: bad price")
    VAR[p["sku"]] = [v["name"] for v in p["variants"]]
    names = [a.lower() for a in p["aliases"]]
    for v in p["variants"]:
        if v["variant_type"] not in VTYPES:
            err(f"{p['sku']}: bad variant type")
        if not PRICE.match(v["unit_price"]):
            err(f"{p['sku']}/{v['name']}: bad price")
        if v["sku"] in vskus or v["sku"] in PROD:
            err(f"variant sku {v['sku']} not unique")
        vskus.add(v["sku"])
        names += [a.lower() for a in v["ai_aliases"]]
    if len(set(VAR[p["sku"]])) != len(VAR[p["sku"]]):
        err(f"{p['sku']}: duplicate variant names")
    for a in names:
        if a in alias_owner and alias_owner[a] != p["sku"]:
            err(f"alias '{a}' shared by {alias_owner[a]} and {p['sku']}")
        alias_owner[a] = p["sku"]
        if a in FAMILY_WORDS:
            err(f"alias '{a}' of {p['sku']} is a bare family word")
if set(PROD) & vskus:
    err("variant sku equals a product sku")
nprod = len(PROD)
nvar = sum(1 for s in VAR if VAR[s])
if not 90 <= nprod <= 120:
    err(f"{nprod} products, want 90-120")
if not 12 <= nvar <= 18:
    err(f"{nvar} products with variants, want 12-18")

# ------------------------------------------------------------------ line checks


def check_line(ln, where):
    sku = ln.get("sku")
    if "quantity" not in ln:
        err(f"{where}: line without quantity")
    if sku is None:
        if "variant" in ln:
            err(f"{where}: variant on a null-sku line")
        cands = ln.get("candidates")
        if cands is not None:
            if len(cands) < 2:
                err(f"{where}: fewer than two candidates")
            for c in cands:
                if c not in PROD:
                    err(f"{where}: unknown candidate {c}")
            cv = ln.get("candidate_variant")
            if cv and not any(cv in VAR.get(c, []) for c in cands):
                err(f"{where}: candidate_variant {cv} fits no candidate")
        elif "candidate_variant" in ln:
            err(f"{where}: candidate_variant without candidates")
        return
    if sku not in PROD:
        err(f"{where}: unknown sku {sku}")
        return
    if "candidates" in ln:
        err(f"{where}: candidates on a line with a sku")
    if VAR[sku]:
        if "variant" not in ln:
            err(f"{where}: {sku} has variants but the line has no variant key")
        elif ln["variant"] is not None and ln["variant"] not in VAR[sku]:
            err(f"{where}: unknown variant {ln['variant']} of {sku}")
    elif "variant" in ln:
        err(f"{where}: variant key on {sku}, which has no variants")


def is_open(ln):
    q = ln["quantity"]
    return (
        ln["sku"] is None
        or q is None
        or ("variant" in ln and ln["variant"] is None)
        or (isinstance(q, float) and not q.is_integer())
    )


def is_frac(ln):
    q = ln["quantity"]
    return isinstance(q, float) and not q.is_integer()


# ------------------------------------------------------------------ histories
H = {}
for h in HIST:
    for k in ("customer", "name", "kind", "channel", "address", "language", "orders"):
        if k not in h:
            err(f"history {h.get('customer')}: missing {k}")
    H[h["customer"]] = h
    prev = ""
    for o in h["orders"]:
        if o["date"] <= prev:
            err(f"history {h['customer']}: orders not oldest first")
        prev = o["date"]
        for ln in o["lines"]:
            check_line(ln, f"history {h['customer']} {o['date']}")
            if ln.get("sku") is None or not isinstance(ln.get("quantity"), int) or ln["quantity"] <= 0:
                err(f"history {h['customer']}: incomplete line {ln}")


def max_earlier(cust, sku):
    return max([ln["quantity"] for o in H[cust]["orders"] for ln in o["lines"] if ln["sku"] == sku] or [0])


# ------------------------------------------------------------------ messages
REVIEW_FIELDS = ("expect_review", "lines_with_history", "expect_review_with_history")
for n, r in enumerate(ROWS, 1):
    rid = r.get("id")
    if rid != f"i{n:03d}":
        err(f"row {n}: id {rid}, want i{n:03d}")
    for k in ("channel", "text", "intent", "lines", "notes", "customer", "date", "language", "tags"):
        if k not in r:
            err(f"{rid}: missing {k}")
    if r["intent"] not in INTENTS:
        err(f"{rid}: bad intent")
    if r["channel"] not in ("WHATSAPP", "SMS", "EMAIL"):
        err(f"{rid}: bad channel")
    if r["customer"] not in H:
        err(f"{rid}: unknown customer")
        continue
    for o in H[r["customer"]]["orders"]:
        if o["date"] >= r["date"]:
            err(f"{rid}: history order {o['date']} not before message date {r['date']}")
    for ln in r["lines"]:
        check_line(ln, rid)
    tags = r["tags"]
    if r["intent"] != "ORDER":
        if r["lines"]:
            err(f"{rid}: non-ORDER row with lines")
        for k in REVIEW_FIELDS:
            if k in r:
                err(f"{rid}: non-ORDER row with {k}")
    if (r["intent"] == "CHANGE") != ("change_lines" in r):
        err(f"{rid}: change_lines must be on exactly the CHANGE rows")
    for ln in r.get("change_lines", []):
        check_line(ln, rid + " change")
    if r["intent"] == "ORDER":
        if "expect_review" not in r:
            err(f"{rid}: ORDER without expect_review")
            continue
        has_lwh = "lines_with_history" in r
        if has_lwh != ("expect_review_with_history" in r):
            err(f"{rid}: history fields must come together")
        notes = r["notes"]
        for key, rev in (
            ("lines", r["expect_review"]),
            ("lines_with_history", r.get("expect_review_with_history")),
        ):
            for ln in r.get(key, []):
                if is_open(ln) and not rev:
                    err(f"{rid}: open line in {key} on a shippable row")
                if key == "lines_with_history":
                    check_line(ln, rid + " lwh")
        for ln in r["lines"]:
            if ln["sku"] is None and ln.get("candidates") and "ambiguous" not in notes:
                err(f"{rid}: candidates without 'ambiguous' in notes")
            if ln["sku"] is None and not ln.get("candidates") and "not in catalog" not in notes:
                err(f"{rid}: null sku without 'not in catalog'")
            if "variant" in ln and ln["variant"] is None and "ambiguous" not in notes:
                err(f"{rid}: null variant without 'ambiguous'")
            if ln["quantity"] is None and not (
                "quantities not stated" in notes or "not a whole number" in notes
            ):
                err(f"{rid}: null quantity without the note phrase")
            if is_frac(ln) and r["expect_review"] is False:
                err(f"{rid}: fractional quantity on a shippable row")
        if (
            has_lwh
            and r["lines_with_history"] == r["lines"]
            and r["expect_review_with_history"] == r["expect_review"]
            and "outlier" not in tags
        ):
            err(f"{rid}: history fields that change nothing")
        if "reference" in tags and not r["expect_review"]:
            err(f"{rid}: reference row not in review")
        outlier = "outlier" in tags
        shippable = not r["expect_review"]
        if ("clean" in tags) != (shippable and not outlier):
            err(f"{rid}: clean tag must be on exactly the shippable non-outlier orders")
        if outlier:
            if r["expect_review"] or r.get("expect_review_with_history") is not True:
                err(f"{rid}: outlier must be review false, with history true")
            for ln in r["lines"]:
                if ln["quantity"] < 4 * max_earlier(r["customer"], ln["sku"]):
                    err(f"{rid}: outlier quantity below 4x the largest earlier quantity")
    elif "clean" in tags:
        err(f"{rid}: clean on a non-ORDER row")

# ------------------------------------------------------------------ training examples, phones, e-mails
texts = [r["text"] for r in ROWS]
low = [t.lower() for t in texts]
for p in CAT["products"]:
    for ex in p["ai_training_examples"]:
        for r, t in zip(ROWS, low):
            if ex.lower() in t:
                err(f"{r['id']}: contains training example of {p['sku']}")
PHONE = re.compile(r"\+?\d[\d ]{8,}\d")
OKPHONE = re.compile(r"^(447700900\d{3}|07700900\d{3}|02079460\d{3}|4402079460\d{3}|442079460\d{3})$")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
for r in ROWS:
    for m in PHONE.findall(r["text"]):
        d = re.sub(r"\D", "", m)
        if len(d) >= 10 and not OKPHONE.match(d):
            err(f"{r['id']}: phone number {m} is not a drama number")
    for m in EMAIL.findall(r["text"]):
        if not m.endswith(".example"):
            err(f"{r['id']}: e-mail {m} not under .example")
for h in HIST:
    a = h["address"]
    if "@" in a:
        if not a.endswith(".example"):
            err(f"history {h['customer']}: e-mail not under .example")
    elif not OKPHONE.match(re.sub(r"\D", "", a)):
        err(f"history {h['customer']}: address not a drama number")

# ------------------------------------------------------------------ similarity
best = (0.0, None, None)
for i in range(len(texts)):
    for j in range(i + 1, len(texts)):
        sm = difflib.SequenceMatcher(None, low[i], low[j], autojunk=False)
        if sm.real_quick_ratio() < 0.7 or sm.quick_ratio() < 0.7:
            continue
        r_ = sm.ratio()
        if r_ > best[0]:
            best = (r_, ROWS[i]["id"], ROWS[j]["id"])
        if r_ >= 0.7:
            err(f"{ROWS[i]['id']} and {ROWS[j]['id']} similarity {r_:.2f}")
maxsim = 0.0
for i in range(len(texts)):
    for j in range(i + 1, len(texts)):
        maxsim = max(maxsim, difflib.SequenceMatcher(None, low[i], low[j], autojunk=False).ratio())

# ------------------------------------------------------------------ figures
orders = [r for r in ROWS if r["intent"] == "ORDER"]
clean = sum(1 for r in ROWS if "clean" in r["tags"])
if len(ROWS) < 160:
    err(f"only {len(ROWS)} messages")
if clean < 0.4 * len(ROWS):
    err(f"clean share {clean}/{len(ROWS)} below 40%")

lines = [ln for r in orders for ln in r["lines"]]
null_sku = [ln for ln in lines if ln["sku"] is None]
amb = [ln for ln in null_sku if ln.get("candidates")]
varl = [ln for ln in lines if ln["sku"] and VAR[ln["sku"]]]
novar = [ln for ln in varl if ln["variant"] is None]
nullq = [ln for ln in lines if ln["quantity"] is None]
frac = [ln for ln in lines if is_frac(ln)]
rev = sum(1 for r in orders if r["expect_review"])
lwh = [r for r in orders if "lines_with_history" in r]
tofalse = sum(1 for r in lwh if r["expect_review"] and not r["expect_review_with_history"])
totrue = sum(1 for r in lwh if not r["expect_review"] and r["expect_review_with_history"])
keep = sum(1 for r in lwh if r["expect_review"] and r["expect_review_with_history"])
ship_h = sum(1 for r in orders if not r.get("expect_review_with_history", r["expect_review"]))
covered = set()
for r in ROWS:
    for ln in r["lines"] + r.get("change_lines", []) + r.get("lines_with_history", []):
        if ln["sku"]:
            covered.add(ln["sku"])
        covered.update(ln.get("candidates", []))
hist_orders = sum(len(h["orders"]) for h in HIST)
hist_lines = sum(len(o["lines"]) for h in HIST for o in h["orders"])
dates = sorted(o["date"] for h in HIST for o in h["orders"])


def fmt(c):
    return ", ".join(f"{k} {v}" for k, v in c.most_common())


print(
    f"catalog: {len(cats)} categories ({sum(1 for c in cats if c['parent'] is None)} top-level), {nprod} products, "
    f"{nvar} with {sum(len(v) for v in VAR.values())} variants; units: {fmt(Counter(p['unit'] for p in CAT['products']))}"
)
print(
    f"histories: {len(HIST)} customers, {hist_orders} orders, {hist_lines} lines, {dates[0]} to {dates[-1]}; "
    f"first-time: {', '.join(h['customer'] for h in HIST if not h['orders'])}"
)
print(
    f"messages: {len(ROWS)} ({ROWS[0]['id']}-{ROWS[-1]['id']}), dates {min(r['date'] for r in ROWS)} to {max(r['date'] for r in ROWS)}"
)
print(f"intents: {fmt(Counter(r['intent'] for r in ROWS))}")
print(f"channels: {fmt(Counter(r['channel'] for r in ROWS))}")
print(
    f"languages: {fmt(Counter(r['language'] for r in ROWS))}; non-English ORDER: "
    f"{sum(1 for r in orders if r['language'] != 'en')}"
)
print(
    f"order lines: {len(lines)}; null sku {len(null_sku)} (ambiguous {len(amb)}, not in catalog {len(null_sku) - len(amb)}); "
    f"variant products {len(varl)} ({len(novar)} no variant); null quantity {len(nullq)}; fractional {len(frac)}"
)
print(
    f"review: {len(orders) - rev} shippable ({clean} clean + {sum(1 for r in orders if 'outlier' in r['tags'])} outliers), "
    f"{rev} expect_review; clean share {clean}/{len(ROWS)} = {clean / len(ROWS):.1%}"
)
print(
    f"history: lines_with_history on {len(lwh)} rows: {tofalse} review->no review, {keep} keep review, "
    f"{totrue} no review->review; with history {ship_h} of {len(orders)} orders ship as written"
)
print(f"coverage: {len(covered & set(PROD))} of {nprod} products in a label or as a candidate")
tagc = Counter(t for r in ROWS for t in r["tags"])
print(f"tags: {fmt(tagc)}")
print(f"highest difflib similarity between two texts: {maxsim:.2f}")
if ERR:
    print(f"\n{len(ERR)} ERRORS:")
    for e in ERR:
        print("  " + e)
    sys.exit(1)
print("OK")
