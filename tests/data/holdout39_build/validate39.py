# ruff: noqa  (hand-written data generator of blind set 39, kept as its writer left it)
"""Validate set 39 and print its figures.  Run: python3 validate39.py [dir]"""

import difflib
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import cat39  # noqa: E402

D = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
ERR = []


def err(msg):
    ERR.append(msg)


def load_jsonl(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                out.append(json.loads(line))
            except Exception as e:  # noqa: BLE001
                err(f"{p}:{i} invalid JSON: {e}")
    return out


with open(os.path.join(D, "catalog39.json"), encoding="utf-8") as f:
    cat = json.load(f)
hist = load_jsonl(os.path.join(D, "histories39.jsonl"))
rows = load_jsonl(os.path.join(D, "holdout39.jsonl"))

# ---------------- catalog
UNITS = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tray", "box", "tub"}
VTYPES = {"SIZE", "COLOR", "VOLUME", "WEIGHT"}
PRICE = re.compile(r"^\d+\.\d\d$")
seen_cat = set()
for c in cat["categories"]:
    if c["parent"] is not None and c["parent"] not in seen_cat:
        err(f"category {c['name']} listed before its parent")
    seen_cat.add(c["name"])
prods = {}
allskus = set()
for p in cat["products"]:
    if p["sku"] in allskus:
        err(f"duplicate sku {p['sku']}")
    allskus.add(p["sku"])
    prods[p["sku"]] = p
    if p["category"] not in seen_cat:
        err(f"{p['sku']} unknown category")
    if p["unit"] not in UNITS:
        err(f"{p['sku']} bad unit {p['unit']}")
    if not PRICE.match(p["unit_price"]) or float(p["unit_price"]) <= 0:
        err(f"{p['sku']} bad price")
    vn = set()
    for v in p["variants"]:
        if v["variant_type"] not in VTYPES:
            err(f"{p['sku']} bad variant type")
        if not PRICE.match(v["unit_price"]):
            err(f"{p['sku']} bad variant price")
        if v["sku"] in allskus:
            err(f"duplicate variant sku {v['sku']}")
        allskus.add(v["sku"])
        if v["name"] in vn:
            err(f"{p['sku']} duplicate variant name")
        vn.add(v["name"])
    if len(p["variants"]) == 1:
        err(f"{p['sku']} has a single variant")
n_prod = len(prods)
n_var_prod = sum(1 for p in prods.values() if p["variants"])
if not 90 <= n_prod <= 120:
    err(f"{n_prod} products, want 90-120")
if not 12 <= n_var_prod <= 18:
    err(f"{n_var_prod} products with variants, want 12-18")
alias_owner = {}
fam = {w.lower() for w in cat39.FAMILY_WORDS}
for p in prods.values():
    als = [a for a in p["aliases"]] + [a for v in p["variants"] for a in v["ai_aliases"]]
    for a in als:
        k = a.lower()
        if k in alias_owner and alias_owner[k] != p["sku"]:
            err(f"alias {a!r} shared by {alias_owner[k]} and {p['sku']}")
        if k in alias_owner and alias_owner[k] == p["sku"]:
            err(f"alias {a!r} repeated in {p['sku']}")
        alias_owner[k] = p["sku"]
        if k in fam:
            err(f"alias {a!r} of {p['sku']} is a bare family word")
vnames = {s: [v["name"] for v in p["variants"]] for s, p in prods.items()}


def check_line(l, where, allow_cands=True):
    s = l.get("sku")
    if s is not None:
        if s not in prods:
            err(f"{where}: unknown sku {s}")
            return
        if vnames[s]:
            if "variant" not in l:
                err(f"{where}: {s} line without a variant key")
            elif l["variant"] is not None and l["variant"] not in vnames[s]:
                err(f"{where}: {s} unknown variant {l['variant']}")
        elif "variant" in l:
            err(f"{where}: variant key on {s} which has no variants")
        if "candidates" in l:
            err(f"{where}: candidates on a line with a sku")
    else:
        if "variant" in l:
            err(f"{where}: variant key on a null-sku line")
        if "candidates" in l:
            if not allow_cands:
                err(f"{where}: candidates not allowed here")
            if len(l["candidates"]) < 2:
                err(f"{where}: fewer than two candidates")
            for c in l["candidates"]:
                if c not in prods:
                    err(f"{where}: unknown candidate {c}")
            cv = l.get("candidate_variant")
            if cv and not any(cv in vnames.get(c, []) for c in l["candidates"]):
                err(f"{where}: candidate_variant {cv} fits no candidate")
    q = l.get("quantity")
    if q is not None and (not isinstance(q, (int, float)) or q < 0):
        err(f"{where}: bad quantity {q}")


def line_open(l):
    if l["sku"] is None or l["quantity"] is None:
        return True
    if vnames[l["sku"]] and l.get("variant") is None:
        return True
    return l["quantity"] != int(l["quantity"])


# ---------------- histories
hist_by = {}
for h in hist:
    for k in ("customer", "name", "kind", "channel", "address", "language", "orders"):
        if k not in h:
            err(f"history {h.get('customer')} lacks {k}")
    hist_by[h["customer"]] = h
    for o in h["orders"]:
        for l in o["lines"]:
            check_line(l, f"history {h['customer']} {o['date']}", allow_cands=False)
            if l["sku"] is None or l["quantity"] is None or line_open(l):
                err(f"history {h['customer']} {o['date']}: incomplete line {l}")

# ---------------- holdout
ids = [r["id"] for r in rows]
if ids != ["hb%03d" % i for i in range(1, len(rows) + 1)]:
    err("ids do not run hb001... without gaps")
INTENTS = {"ORDER", "QUESTION", "COMPLAINT", "OTHER", "CANCEL", "CHANGE"}
HF = ("lines_with_history", "expect_review_with_history")
min_msg_date = {}
for r in rows:
    min_msg_date[r["customer"]] = min(min_msg_date.get(r["customer"], "9999"), r["date"])
    if r["customer"] not in hist_by:
        err(f"{r['id']}: customer {r['customer']} not in histories")
for c, h in hist_by.items():
    for o in h["orders"]:
        if c in min_msg_date and o["date"] >= min_msg_date[c]:
            err(f"history {c} {o['date']} not before the first message {min_msg_date[c]}")
    if h["orders"] and h["orders"] != sorted(h["orders"], key=lambda o: o["date"]):
        err(f"history {c} not oldest first")

for r in rows:
    rid = r["id"]
    for k in ("id", "channel", "text", "intent", "lines", "notes", "customer", "date", "language", "tags"):
        if k not in r:
            err(f"{rid}: missing {k}")
    if r["intent"] not in INTENTS:
        err(f"{rid}: bad intent")
    if r["channel"] not in ("WHATSAPP", "SMS", "EMAIL"):
        err(f"{rid}: bad channel")
    if r["date"] < "2028-01-02":
        err(f"{rid}: date before 2028")
    notes = r["notes"].lower()
    tags = set(r["tags"])
    if ("change_lines" in r) != (r["intent"] == "CHANGE"):
        err(f"{rid}: change_lines only and always on CHANGE rows")
    for l in r.get("change_lines", []):
        check_line(l, f"{rid} change_lines", allow_cands=False)
    if ("lines_with_history" in r) != ("expect_review_with_history" in r):
        err(f"{rid}: history fields must come together")
    if r["intent"] != "ORDER":
        if r["lines"] or "expect_review" in r or "lines_with_history" in r:
            err(f"{rid}: non-ORDER row with lines or review fields")
        if "clean" in tags:
            err(f"{rid}: clean on a non-order")
        continue
    if "expect_review" not in r:
        err(f"{rid}: ORDER without expect_review")
        continue
    rev = r["expect_review"]
    for l in r["lines"]:
        check_line(l, rid)
    for l in r.get("lines_with_history", []):
        check_line(l, f"{rid} with history")
    for ls, rv, lab in (
        (r["lines"], rev, "lines"),
        (r.get("lines_with_history", []), r.get("expect_review_with_history"), "history"),
    ):
        for l in ls:
            if line_open(l) and rv is not True:
                err(f"{rid}: open {lab} line on a row that is not in review: {l}")
    for l in r["lines"]:
        if l["sku"] is None and "candidates" in l and "ambiguous" not in notes:
            err(f"{rid}: candidates without 'ambiguous' in notes")
        if l["sku"] is None and "candidates" not in l and "not in catalog" not in notes:
            err(f"{rid}: not-in-catalog line without the note")
        if l["sku"] and vnames[l["sku"]] and l.get("variant") is None and "ambiguous" not in notes:
            err(f"{rid}: missing variant without 'ambiguous'")
        if l["quantity"] is None and not ("quantities not stated" in notes or "not a whole number" in notes):
            err(f"{rid}: null quantity without the note")
    if "lines_with_history" in r:
        if r["lines_with_history"] == r["lines"] and r["expect_review_with_history"] == rev:
            err(f"{rid}: history fields that change nothing")
    if "reference" in tags and rev is not True:
        err(f"{rid}: reference row not in review")
    is_out = "outlier" in tags
    if is_out:
        if rev is not False or r.get("expect_review_with_history") is not True:
            err(f"{rid}: outlier must be review false, with history true")
        orders = hist_by[r["customer"]]["orders"]
        for l in r["lines"]:
            prev = [x["quantity"] for o in orders for x in o["lines"] if x["sku"] == l["sku"]]
            if not prev or l["quantity"] < 4 * max(prev):
                err(
                    f"{rid}: outlier {l['sku']} {l['quantity']} not >= 4x the largest earlier quantity {max(prev) if prev else None}"
                )
    if ("clean" in tags) != (rev is False and not is_out):
        err(f"{rid}: clean tag does not match review")

# ---------------- texts: training examples, phones, e-mails, similarity
texts = [r["text"] for r in rows]
low = [t.lower() for t in texts]
for p in prods.values():
    for ex in p["ai_training_examples"]:
        for r, t in zip(rows, low):
            if ex.lower() in t:
                err(f"{r['id']}: contains training example of {p['sku']}")
PHONE = re.compile(r"(?:\+44\s?\(?0?\)?\s?|\b0)(?:\d[\s-]?){9,10}")
DRAMA = [
    re.compile(r"^\+?447700900\d{3}$"),
    re.compile(r"^07700900\d{3}$"),
    re.compile(r"^02079460\d{3}$"),
    re.compile(r"^\+?442079460\d{3}$"),
]
for r in rows:
    for m in PHONE.finditer(r["text"]):
        num = re.sub(r"[\s\-()]", "", m.group(0))
        if not any(d.match(num) for d in DRAMA):
            err(f"{r['id']}: phone number {m.group(0)!r} is not a drama number")
    for e in re.findall(r"[\w.+-]+@[\w.-]+", r["text"]):
        if not e.rstrip(".").endswith(".example"):
            err(f"{r['id']}: e-mail {e} not under .example")
for h in hist:
    a = h["address"]
    if "@" in a:
        if not a.endswith(".example"):
            err(f"history {h['customer']}: address not .example")
    elif not any(d.match(a.replace(" ", "")) for d in DRAMA):
        err(f"history {h['customer']}: address not a drama number")
maxsim, pair = 0.0, None
for i in range(len(low)):
    for j in range(i + 1, len(low)):
        sm = difflib.SequenceMatcher(None, low[i], low[j], autojunk=False)
        if sm.real_quick_ratio() < 0.7 or sm.quick_ratio() < 0.7:
            continue
        s = sm.ratio()
        if s > maxsim:
            maxsim, pair = s, (rows[i]["id"], rows[j]["id"])
        if s >= 0.7:
            err(f"{rows[i]['id']} and {rows[j]['id']} similarity {s:.2f}")
if maxsim == 0.0:
    # compute the true maximum for the report
    for i in range(len(low)):
        for j in range(i + 1, len(low)):
            sm = difflib.SequenceMatcher(None, low[i], low[j], autojunk=False)
            if sm.real_quick_ratio() <= maxsim or sm.quick_ratio() <= maxsim:
                continue
            s = sm.ratio()
            if s > maxsim:
                maxsim, pair = s, (rows[i]["id"], rows[j]["id"])

n = len(rows)
orders = [r for r in rows if r["intent"] == "ORDER"]
clean = [r for r in rows if "clean" in r["tags"]]
if n < 170:
    err(f"only {n} messages, want at least 170")
if len(clean) < 0.4 * n:
    err(f"clean {len(clean)}/{n} below 40%")

# ---------------- figures
print(
    f"catalog: {len(cat['categories'])} categories ({sum(1 for c in cat['categories'] if c['parent'] is None)} top-level), "
    f"{n_prod} products, {n_var_prod} with {sum(len(p['variants']) for p in prods.values())} variants"
)
print("units:", dict(Counter(p["unit"] for p in prods.values()).most_common()))
ho = [h for h in hist if h["orders"]]
print(
    f"histories: {len(hist)} customers, {len(ho)} with orders, {sum(len(h['orders']) for h in hist)} orders, "
    f"{sum(len(o['lines']) for h in hist for o in h['orders'])} lines, "
    f"{min(o['date'] for h in ho for o in h['orders'])} to {max(o['date'] for h in ho for o in h['orders'])}"
)
print(f"messages: {n}, {min(r['date'] for r in rows)} to {max(r['date'] for r in rows)}")
ic = Counter(r["intent"] for r in rows)
print("intents:", dict(ic.most_common()), f"ORDER share {ic['ORDER'] / n:.1%}")
print("channels:", dict(Counter(r["channel"] for r in rows).most_common()))
print(
    "languages:",
    dict(Counter(r["language"] for r in rows).most_common()),
    "non-English orders:",
    sum(1 for r in orders if r["language"] != "en"),
)
lines = [l for r in orders for l in r["lines"]]
print(
    f"order lines: {len(lines)}; null sku {sum(1 for l in lines if l['sku'] is None)} "
    f"(ambiguous {sum(1 for l in lines if l['sku'] is None and 'candidates' in l)}, "
    f"not in catalog {sum(1 for l in lines if l['sku'] is None and 'candidates' not in l)}); "
    f"of a product with variants {sum(1 for l in lines if l['sku'] and vnames[l['sku']])} "
    f"(no variant {sum(1 for l in lines if l['sku'] and vnames[l['sku']] and l.get('variant') is None)}); "
    f"null quantity {sum(1 for l in lines if l['quantity'] is None)}"
)
shippable = [r for r in orders if r["expect_review"] is False]
print(
    f"review: {len(shippable)} shippable ({len(clean)} clean + {len(shippable) - len(clean)} outliers), "
    f"{len(orders) - len(shippable)} expect_review; clean share {len(clean) / n:.1%}"
)
wh = [r for r in orders if "lines_with_history" in r]
to_false = sum(1 for r in wh if r["expect_review"] and not r["expect_review_with_history"])
keep = sum(1 for r in wh if r["expect_review"] and r["expect_review_with_history"])
to_true = sum(1 for r in wh if not r["expect_review"] and r["expect_review_with_history"])
ship_h = sum(1 for r in orders if not r.get("expect_review_with_history", r["expect_review"]))
print(
    f"history: lines_with_history on {len(wh)} rows: {to_false} review->no review, {keep} keep review, "
    f"{to_true} outliers no review->review; with history {ship_h} of {len(orders)} orders ship as written"
)
used = {l["sku"] for r in orders for l in r["lines"] if l["sku"]} | {
    c for r in orders for l in r["lines"] for c in l.get("candidates", [])
}
used |= {l["sku"] for r in rows for l in r.get("change_lines", [])}
print(
    f"coverage: {len(used & set(prods))} of {n_prod} products in a label or as a candidate; missing: {sorted(set(prods) - used)}"
)
tc = Counter(t for r in rows for t in r["tags"])
print("tags:", ", ".join(f"{k} {v}" for k, v in tc.most_common()))
print(f"max difflib similarity {maxsim:.2f} {pair}")
if ERR:
    print(f"\n{len(ERR)} ERRORS")
    for e in ERR:
        print(" -", e)
    sys.exit(1)
print("\nOK")
