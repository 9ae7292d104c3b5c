# ruff: noqa  (hand-written data generator of blind set 43, kept as its writer left it)
"""Check catalog43.json, histories43.jsonl and holdout43.jsonl and print the figures of the README section.

Usage: python3 validate43.py [DIR]   (default: the folder above this one). Exit status 1 on any failure.
"""

import difflib
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal, InvalidOperation

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cat43 import FAMILY_WORDS  # noqa: E402

D = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
ERR = []


def err(msg):
    ERR.append(msg)


def load_jsonl(name):
    out = []
    with open(os.path.join(D, name), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{i} invalid JSON: {e}")
    return out


with open(os.path.join(D, "catalog43.json"), encoding="utf-8") as f:
    cat = json.load(f)
hists = load_jsonl("histories43.jsonl")
rows = load_jsonl("holdout43.jsonl")

UNITS = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tray", "box", "tub"}
VTYPES = {"SIZE", "COLOR", "VOLUME", "WEIGHT"}
INTENTS = {"ORDER", "QUESTION", "COMPLAINT", "OTHER", "CANCEL", "CHANGE"}

# ---------------------------------------------------------------- catalog
names = set()
for c in cat["categories"]:
    if c["parent"] is not None and c["parent"] not in names:
        err(f"category {c['name']} listed before its parent {c['parent']}")
    if c["name"] in names:
        err(f"duplicate category {c['name']}")
    names.add(c["name"])
prods = {}
var_skus = set()
alias_owner = {}
fam = {w.lower() for w in FAMILY_WORDS}


def price_ok(p):
    try:
        d = Decimal(p)
    except (InvalidOperation, TypeError):
        return False
    return isinstance(p, str) and d > 0 and re.fullmatch(r"\d+\.\d\d", p) is not None


for p in cat["products"]:
    if p["sku"] in prods:
        err(f"duplicate sku {p['sku']}")
    prods[p["sku"]] = p
    if p["category"] not in names:
        err(f"{p['sku']}: unknown category {p['category']}")
    if p["unit"] not in UNITS:
        err(f"{p['sku']}: bad unit {p['unit']}")
    if not price_ok(p["unit_price"]):
        err(f"{p['sku']}: bad price {p['unit_price']}")
    als = [(a, p["sku"]) for a in p["aliases"]]
    for v in p["variants"]:
        if v["variant_type"] not in VTYPES:
            err(f"{p['sku']}: bad variant type {v['variant_type']}")
        if not price_ok(v["unit_price"]):
            err(f"{p['sku']}/{v['name']}: bad price")
        if v["sku"] in var_skus:
            err(f"duplicate variant sku {v['sku']}")
        var_skus.add(v["sku"])
        als += [(a, p["sku"]) for a in v.get("ai_aliases", [])]
    if len({v["name"] for v in p["variants"]}) != len(p["variants"]):
        err(f"{p['sku']}: duplicate variant names")
    for a, s in als:
        k = a.lower().strip()
        if k in alias_owner and alias_owner[k] != s:
            err(f"alias '{a}' shared by {alias_owner[k]} and {s}")
        if k in alias_owner and alias_owner[k] == s:
            err(f"alias '{a}' repeated on {s}")
        alias_owner[k] = s
        if k in fam:
            err(f"alias '{a}' of {s} is a bare family word")
if var_skus & set(prods):
    err("a variant sku equals a product sku")
n_var = sum(1 for p in prods.values() if p["variants"])
if not 90 <= len(prods) <= 120:
    err(f"{len(prods)} products, want 90-120")
if not 12 <= n_var <= 18:
    err(f"{n_var} products with variants, want 12-18")
VARS = {s: [v["name"] for v in p["variants"]] for s, p in prods.items()}


def check_line(ln, where, need_pos=True):
    sku = ln.get("sku")
    if sku is not None:
        if sku not in prods:
            err(f"{where}: unknown sku {sku}")
            return
        if VARS[sku]:
            if "variant" not in ln:
                err(f"{where}: line of {sku} lacks the variant key")
            elif ln["variant"] is not None and ln["variant"] not in VARS[sku]:
                err(f"{where}: unknown variant {ln['variant']} of {sku}")
        elif "variant" in ln:
            err(f"{where}: variant key on {sku}, which has no variants")
        if "candidates" in ln:
            err(f"{where}: candidates on a line with a sku")
    else:
        if "variant" in ln:
            err(f"{where}: variant key on a null-sku line")
        if "candidates" in ln:
            cs = ln["candidates"]
            if len(cs) < 2 or len(set(cs)) != len(cs):
                err(f"{where}: a candidate line needs two or more distinct candidates")
            for c in cs:
                if c not in prods:
                    err(f"{where}: unknown candidate {c}")
            cv = ln.get("candidate_variant")
            if cv is not None and not any(cv in VARS.get(c, []) for c in cs):
                err(f"{where}: candidate_variant {cv} fits no candidate")
        elif "candidate_variant" in ln:
            err(f"{where}: candidate_variant without candidates")
    q = ln.get("quantity", "missing")
    if q == "missing":
        err(f"{where}: no quantity key")
    elif q is not None and (not isinstance(q, (int, float)) or (need_pos and q <= 0) or q < 0):
        err(f"{where}: bad quantity {q}")


def is_open(ln):
    if ln["sku"] is None or ln["quantity"] is None:
        return True
    if VARS.get(ln["sku"]) and ln.get("variant") is None:
        return True
    q = ln["quantity"]
    return isinstance(q, float) and not q.is_integer()


# ---------------------------------------------------------------- histories
H = {}
for h in hists:
    for k in ["customer", "name", "kind", "channel", "address", "language", "orders"]:
        if k not in h:
            err(f"history {h.get('customer')}: missing {k}")
    H[h["customer"]] = h
    prev = ""
    for o in h["orders"]:
        if o["date"] <= prev:
            err(f"history {h['customer']}: dates not increasing")
        prev = o["date"]
        if o["date"] < "2028-01-02":
            err(f"history {h['customer']}: date {o['date']} not after 2028-01-01")
        for ln in o["lines"]:
            if ln.get("sku") is None or ln.get("quantity") is None:
                err(f"history {h['customer']} {o['date']}: incomplete line {ln}")
                continue
            check_line(ln, f"history {h['customer']} {o['date']}")
            if VARS.get(ln["sku"]) and ln.get("variant") is None:
                err(f"history {h['customer']} {o['date']}: line without variant {ln}")

# ---------------------------------------------------------------- messages
ids = [r.get("id") for r in rows]
if ids != [f"is{i:03d}" for i in range(1, len(rows) + 1)]:
    err("ids do not run is001... without gaps")
first_date = {}
for r in rows:
    first_date[r["customer"]] = min(first_date.get(r["customer"], "9999"), r["date"])
for cu, d in first_date.items():
    if cu not in H:
        err(f"customer {cu} has no history row")
        continue
    for o in H[cu]["orders"]:
        if o["date"] >= d:
            err(f"history order {cu} {o['date']} not before the message date {d}")

MSG_PHRASE = ("ambiguous", "not in catalog", "quantities not stated", "not a whole number")


def max_earlier(cu, sku):
    return max([ln["quantity"] for o in H[cu]["orders"] for ln in o["lines"] if ln["sku"] == sku] or [0])


for r in rows:
    w = r.get("id")
    for k in ["id", "customer", "date", "channel", "language", "text", "intent", "lines", "notes", "tags"]:
        if k not in r:
            err(f"{w}: missing field {k}")
    if r["intent"] not in INTENTS:
        err(f"{w}: bad intent")
    if r["channel"] not in {"WHATSAPP", "SMS", "EMAIL"}:
        err(f"{w}: bad channel")
    if r["date"] < "2028-01-02":
        err(f"{w}: date before 2028")
    tags = set(r["tags"])
    hist = "lines_with_history" in r, "expect_review_with_history" in r
    if hist[0] != hist[1]:
        err(f"{w}: history fields do not come together")
    if r["intent"] != "ORDER":
        if r["lines"]:
            err(f"{w}: non-ORDER row with lines")
        if "expect_review" in r or any(hist):
            err(f"{w}: non-ORDER row with review fields")
    else:
        if "expect_review" not in r:
            err(f"{w}: ORDER row without expect_review")
        rev = r["expect_review"]
        for i, ln in enumerate(r["lines"]):
            check_line(ln, f"{w} line {i}")
            if is_open(ln):
                if not rev:
                    err(f"{w}: open line on a row without review")
        notes = r["notes"].lower()
        if any(ln["sku"] is None and ln.get("candidates") for ln in r["lines"]) and "ambiguous" not in notes:
            err(f"{w}: candidate line but notes lack 'ambiguous'")
        if (
            any(ln["sku"] and VARS[ln["sku"]] and ln.get("variant") is None for ln in r["lines"])
            and "ambiguous" not in notes
        ):
            err(f"{w}: null variant but notes lack 'ambiguous'")
        if (
            any(ln["sku"] is None and not ln.get("candidates") for ln in r["lines"])
            and "not in catalog" not in notes
        ):
            err(f"{w}: not-in-catalog line but notes lack it")
        if any(ln["quantity"] is None for ln in r["lines"]) and not any(p in notes for p in MSG_PHRASE[2:]):
            err(f"{w}: null quantity but notes lack 'quantities not stated'")
        if "reference" in tags and not rev:
            err(f"{w}: reference row not in review")
        if all(hist):
            lwh, revh = r["lines_with_history"], r["expect_review_with_history"]
            for i, ln in enumerate(lwh):
                check_line(ln, f"{w} lines_with_history {i}")
                if is_open(ln) and not revh:
                    err(f"{w}: open history line on a row without review with history")
            if lwh == r["lines"] and revh == rev:
                err(f"{w}: history fields that change nothing")
        shippable = not rev
        if "outlier" in tags:
            if rev or not all(hist) or not r["expect_review_with_history"]:
                err(f"{w}: outlier must be review false, with history true")
            for ln in r["lines"]:
                m = max_earlier(r["customer"], ln["sku"])
                if m == 0 or ln["quantity"] < 4 * m:
                    err(f"{w}: outlier {ln['sku']} {ln['quantity']} is not 4 times the largest earlier {m}")
        if ("clean" in tags) != (shippable and "outlier" not in tags):
            err(f"{w}: clean tag does not match a shippable non-outlier order")
    if r["intent"] == "CHANGE":
        if "change_lines" not in r:
            err(f"{w}: CHANGE without change_lines")
        for i, ln in enumerate(r.get("change_lines", [])):
            check_line(ln, f"{w} change_lines {i}", need_pos=False)
    elif "change_lines" in r:
        err(f"{w}: change_lines on a {r['intent']} row")
    # training examples
for p in prods.values():
    for ex in p["ai_training_examples"]:
        for r in rows:
            if ex.lower() in r["text"].lower():
                err(f"training example of {p['sku']} occurs in {r['id']}")

# ---------------------------------------------------------------- phones and e-mails
PHONE = re.compile(r"(\+44[\d ]{9,13}\d|(?<!\d)0\d{2,4} ?\d{3,4} ?\d{3,4}(?!\d))")
MAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")


def phone_ok(s):
    d = re.sub(r"\D", "", s)
    if d.startswith("44"):
        d = "0" + d[2:]
    return len(d) == 11 and (d.startswith("07700900") or d.startswith("02079460"))


texts = [(r["id"], r["text"]) for r in rows] + [(h["customer"], h["address"]) for h in hists]
for w, t in texts:
    for m in PHONE.findall(t):
        if not phone_ok(m):
            err(f"{w}: phone {m!r} is not a drama number")
    for m in MAIL.finditer(t):
        if not m.group(1).endswith(".example"):
            err(f"{w}: e-mail {m.group(0)} not under .example")
for h in hists:
    a = h["address"]
    if "@" in a:
        if not a.endswith(".example"):
            err(f"{h['customer']}: address not under .example")
    elif not phone_ok(a):
        err(f"{h['customer']}: address not a drama number")

# ---------------------------------------------------------------- similarity
best = (0, None, None)
T = [(r["id"], r["text"]) for r in rows]
for i in range(len(T)):
    for j in range(i + 1, len(T)):
        sm = difflib.SequenceMatcher(None, T[i][1], T[j][1])
        if sm.real_quick_ratio() < best[0] or sm.quick_ratio() < best[0]:
            continue
        x = sm.ratio()
        if x > best[0]:
            best = (x, T[i][0], T[j][0])
if best[0] >= 0.7:
    err(f"texts {best[1]} and {best[2]} have difflib similarity {best[0]:.2f}")

# ---------------------------------------------------------------- figures
orders = [r for r in rows if r["intent"] == "ORDER"]
clean = [r for r in rows if "clean" in r["tags"]]
if len(rows) < 170:
    err(f"{len(rows)} messages, want at least 170")
if len(clean) < 0.4 * len(rows):
    err(f"clean {len(clean)} of {len(rows)} is under 40%")
lines = [ln for r in orders for ln in r["lines"]]
used = {ln["sku"] for ln in lines if ln["sku"]} | {c for ln in lines for c in ln.get("candidates", [])}
used |= {ln["sku"] for r in rows for ln in r.get("change_lines", [])} | {
    ln["sku"] for r in rows for ln in r.get("lines_with_history", []) if ln["sku"]
}
withh = [r for r in orders if "lines_with_history" in r]
print(
    f"catalog      {len(prods)} products, {n_var} with {sum(len(v) for v in VARS.values())} variants, {len(cat['categories'])} categories "
    f"({sum(1 for c in cat['categories'] if c['parent'] is None)} top-level)"
)
print("units       ", dict(Counter(p["unit"] for p in prods.values()).most_common()))
print(
    f"histories    {len(hists)} customers, {sum(1 for h in hists if h['orders'])} with orders, "
    f"{sum(len(h['orders']) for h in hists)} orders, {sum(len(o['lines']) for h in hists for o in h['orders'])} lines, "
    f"{min(o['date'] for h in hists for o in h['orders'])} to {max(o['date'] for h in hists for o in h['orders'])}"
)
print(f"messages     {len(rows)}, {min(r['date'] for r in rows)} to {max(r['date'] for r in rows)}")
print("intents     ", dict(Counter(r["intent"] for r in rows).most_common()))
print("channels    ", dict(Counter(r["channel"] for r in rows).most_common()))
print(
    "languages   ",
    dict(Counter(r["language"] for r in rows).most_common()),
    f"(non-English ORDER: {sum(1 for r in orders if r['language'] != 'en')})",
)
print(
    f"order lines  {len(lines)}: null sku {sum(1 for l in lines if l['sku'] is None)} "
    f"(ambiguous {sum(1 for l in lines if l['sku'] is None and l.get('candidates'))}, "
    f"not in catalog {sum(1 for l in lines if l['sku'] is None and not l.get('candidates'))}), "
    f"of a product with variants {sum(1 for l in lines if l['sku'] and VARS[l['sku']])} "
    f"(no variant {sum(1 for l in lines if l['sku'] and VARS[l['sku']] and l.get('variant') is None)}), "
    f"null quantity {sum(1 for l in lines if l['quantity'] is None)}"
)
ship = [r for r in orders if not r["expect_review"]]
print(
    f"review       {len(ship)} shippable ({len(clean)} clean + {sum(1 for r in orders if 'outlier' in r['tags'])} outliers), "
    f"{len(orders) - len(ship)} expect_review; clean share {len(clean)}/{len(rows)} = {len(clean) / len(rows):.1%}"
)
r2n = sum(1 for r in withh if r["expect_review"] and not r["expect_review_with_history"])
r2r = sum(1 for r in withh if r["expect_review"] and r["expect_review_with_history"])
n2r = sum(1 for r in withh if not r["expect_review"] and r["expect_review_with_history"])
print(
    f"history      lines_with_history on {len(withh)} rows: {r2n} review -> no review, {r2r} stay in review, "
    f"{n2r} outliers no review -> review; shippable with history "
    f"{sum(1 for r in orders if not r.get('expect_review_with_history', r['expect_review']))} of {len(orders)}"
)
print(f"coverage     {len(used & set(prods))} of {len(prods)} products in a label or as a candidate")
print(
    "tags        ",
    ", ".join(f"{t} {n}" for t, n in Counter(t for r in rows for t in r["tags"]).most_common()),
)
print(f"similarity   highest difflib ratio {best[0]:.2f} ({best[1]}, {best[2]})")
if ERR:
    print(f"\n{len(ERR)} FAILURES")
    for e in ERR:
        print(" -", e)
    sys.exit(1)
print("\nall checks passed")
