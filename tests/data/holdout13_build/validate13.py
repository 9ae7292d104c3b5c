# ruff: noqa  (hand-written data generator of blind set 13, kept as its writer left it)
"""Checks catalog13.json, histories13.jsonl and holdout13.jsonl and prints the figures of the README section.

Standard library only. Exit status 1 on any failure.
"""

import difflib
import json
import os
import re
import sys
from collections import Counter, defaultdict
from decimal import Decimal, InvalidOperation

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import cat13  # noqa: E402

ERRORS = []


def err(msg):
    ERRORS.append(msg)


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def load_jsonl(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{path}:{n}: invalid JSON: {e}")
    return out


UNITS = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tray", "box", "tub"}
VTYPES = {"SIZE", "COLOR", "VOLUME", "WEIGHT"}
INTENTS = {"ORDER", "QUESTION", "COMPLAINT", "OTHER", "CANCEL", "CHANGE"}
CHANNELS = {"WHATSAPP", "SMS", "EMAIL"}
LANGS = {"en", "es", "pl", "pt", "de"}
DATE_MIN, DATE_MAX = "2027-01-18", "2027-01-24"

catalog = load_json(os.path.join(OUT, "catalog13.json"))
histories = load_jsonl(os.path.join(OUT, "histories13.jsonl"))
rows = load_jsonl(os.path.join(OUT, "holdout13.jsonl"))


def price_ok(p):
    try:
        return isinstance(p, str) and re.fullmatch(r"\d+\.\d\d", p) and Decimal(p) > 0
    except InvalidOperation:
        return False


# ---------------------------------------------------------------- catalog
seen_cats = set()
for c in catalog["categories"]:
    if c["parent"] is not None and c["parent"] not in seen_cats:
        err(f"category {c['name']}: parent {c['parent']} not listed before it")
    if c["name"] in seen_cats:
        err(f"duplicate category {c['name']}")
    seen_cats.add(c["name"])

P = {}
all_skus = set()
alias_owner = {}
family = {w.lower() for w in cat13.FAMILY_WORDS}
for p in catalog["products"]:
    if p["sku"] in P:
        err(f"duplicate sku {p['sku']}")
    P[p["sku"]] = p
    all_skus.add(p["sku"])
    if p["category"] not in seen_cats:
        err(f"{p['sku']}: unknown category")
    if p["unit"] not in UNITS:
        err(f"{p['sku']}: unit {p['unit']}")
    if not price_ok(p["unit_price"]):
        err(f"{p['sku']}: price {p['unit_price']}")
    if not isinstance(p["variants"], list):
        err(f"{p['sku']}: variants must be a list")
    for a in p["aliases"]:
        k = a.lower()
        if k in alias_owner and alias_owner[k] != p["sku"]:
            err(f"alias '{a}' shared by {alias_owner[k]} and {p['sku']}")
        alias_owner[k] = p["sku"]
        if k in family:
            err(f"{p['sku']}: alias '{a}' is a bare family word")
    vnames = set()
    for v in p["variants"]:
        if v["variant_type"] not in VTYPES:
            err(f"{p['sku']}: variant type {v['variant_type']}")
        if not price_ok(v.get("unit_price")):
            err(f"{p['sku']}/{v['name']}: price")
        if not v.get("sku"):
            err(f"{p['sku']}/{v['name']}: no sku")
        if v["sku"] in all_skus:
            err(f"variant sku {v['sku']} not unique")
        all_skus.add(v["sku"])
        if v["name"] in vnames:
            err(f"{p['sku']}: duplicate variant {v['name']}")
        vnames.add(v["name"])


def has_var(sku):
    return bool(P[sku]["variants"])


def vnames_of(sku):
    return [v["name"] for v in P[sku]["variants"]]


def check_line(l, where, allow_null=True, allow_candidates=True):
    sku = l.get("sku")
    if sku is None:
        if not allow_null:
            err(f"{where}: null sku not allowed here")
        if "variant" in l:
            err(f"{where}: variant key on a null-sku line")
        if "candidates" in l:
            if not allow_candidates:
                err(f"{where}: candidates not allowed here")
            cands = l["candidates"]
            if len(cands) < 2 or len(set(cands)) != len(cands):
                err(f"{where}: candidates {cands}")
            for c in cands:
                if c not in P:
                    err(f"{where}: unknown candidate {c}")
            cv = l.get("candidate_variant")
            if cv is not None and not any(c in P and cv in vnames_of(c) for c in cands):
                err(f"{where}: candidate_variant {cv} fits no candidate")
        elif "candidate_variant" in l:
            err(f"{where}: candidate_variant without candidates")
    else:
        if sku not in P:
            err(f"{where}: unknown sku {sku}")
            return
        if "candidates" in l or "candidate_variant" in l:
            err(f"{where}: candidates on a line with a sku")
        if has_var(sku):
            if "variant" not in l:
                err(f"{where}: {sku} has variants but the line has no variant key")
            elif l["variant"] is not None and l["variant"] not in vnames_of(sku):
                err(f"{where}: {sku} has no variant {l['variant']}")
        elif "variant" in l:
            err(f"{where}: variant key on {sku}, which has no variants")
    q = l.get("quantity", "missing")
    if q == "missing":
        err(f"{where}: no quantity key")
    elif q is not None and not (isinstance(q, (int, float)) and q >= 0):
        err(f"{where}: quantity {q}")


def line_nulls(lines):
    return {
        "sku": any(l["sku"] is None for l in lines),
        "cand": any(l["sku"] is None and "candidates" in l for l in lines),
        "nic": any(l["sku"] is None and "candidates" not in l for l in lines),
        "qty": any(l["quantity"] is None for l in lines),
        "var": any("variant" in l and l["variant"] is None for l in lines),
    }


# ---------------------------------------------------------------- histories
H = {}
max_qty = defaultdict(lambda: defaultdict(float))
for h in histories:
    for k in ("customer", "name", "kind", "channel", "address", "language", "orders"):
        if k not in h:
            err(f"history {h.get('customer')}: missing {k}")
    H[h["customer"]] = h
    prev = ""
    for o in h["orders"]:
        if o["date"] <= prev:
            err(f"history {h['customer']}: dates not increasing")
        prev = o["date"]
        if o["date"] >= DATE_MIN:
            err(f"history {h['customer']}: order {o['date']} not before the messages")
        for i, l in enumerate(o["lines"]):
            check_line(
                l, f"history {h['customer']} {o['date']} line {i}", allow_null=False, allow_candidates=False
            )
            if l["quantity"] is None or l["quantity"] <= 0:
                err(f"history {h['customer']}: incomplete line {l}")
            if l.get("variant", "x") is None:
                err(f"history {h['customer']}: null variant")
            max_qty[h["customer"]][l["sku"]] = max(max_qty[h["customer"]][l["sku"]], l["quantity"] or 0)

# ---------------------------------------------------------------- holdout rows
expected_ids = [f"j{i:03d}" for i in range(1, len(rows) + 1)]
if [r["id"] for r in rows] != expected_ids:
    err("ids do not run j001... without gaps in file order")

ORDER_KEYS = {"expect_review", "lines_with_history", "expect_review_with_history"}
for r in rows:
    rid = r["id"]
    for k in ("id", "customer", "date", "channel", "language", "text", "intent", "lines", "notes", "tags"):
        if k not in r:
            err(f"{rid}: missing {k}")
    if r["intent"] not in INTENTS:
        err(f"{rid}: intent {r['intent']}")
    if r["channel"] not in CHANNELS:
        err(f"{rid}: channel {r['channel']}")
    if r["language"] not in LANGS:
        err(f"{rid}: language {r['language']}")
    if not (DATE_MIN <= r["date"] <= DATE_MAX):
        err(f"{rid}: date {r['date']}")
    if r["customer"] not in H:
        err(f"{rid}: customer {r['customer']} has no history record")
    else:
        for o in H[r["customer"]]["orders"]:
            if o["date"] >= r["date"]:
                err(f"{rid}: history order {o['date']} not before message date {r['date']}")
    notes = r["notes"].lower()
    if r["intent"] != "ORDER":
        if r["lines"]:
            err(f"{rid}: non-ORDER row with lines")
        for k in ORDER_KEYS:
            if k in r:
                err(f"{rid}: non-ORDER row with {k}")
    else:
        if "expect_review" not in r:
            err(f"{rid}: ORDER without expect_review")
        for i, l in enumerate(r["lines"]):
            check_line(l, f"{rid} line {i}")
        n = line_nulls(r["lines"])
        if any(n.values()) and not r["expect_review"]:
            err(f"{rid}: a null line but expect_review false")
        if n["cand"] and "ambiguous" not in notes:
            err(f"{rid}: ambiguous line but notes lack 'ambiguous'")
        if n["nic"] and "not in catalog" not in notes:
            err(f"{rid}: not-in-catalog line but notes lack it")
        if n["qty"] and "quantities not stated" not in notes and "not a whole number" not in notes:
            err(f"{rid}: null quantity but notes lack 'quantities not stated'")
        if n["var"] and "variant not stated" not in notes and "ambiguous" not in notes:
            err(f"{rid}: null variant but notes lack 'variant not stated'")
        if ("lines_with_history" in r) != ("expect_review_with_history" in r):
            err(f"{rid}: history fields must come together")
        if "lines_with_history" in r:
            for i, l in enumerate(r["lines_with_history"]):
                check_line(l, f"{rid} lwh line {i}")
            nh = line_nulls(r["lines_with_history"])
            if any(nh.values()) and not r["expect_review_with_history"]:
                err(f"{rid}: a null line with history but expect_review_with_history false")
            if (
                r["lines_with_history"] == r["lines"]
                and r["expect_review_with_history"] == r["expect_review"]
            ):
                err(f"{rid}: history fields that change nothing")
        if "reference" in r["tags"] and not r["expect_review"]:
            err(f"{rid}: reference row not in review")
        if "outlier" in r["tags"]:
            if r["expect_review"] or not r.get("expect_review_with_history"):
                err(f"{rid}: outlier must be review false / with history true")
            for l in r["lines"]:
                m = max_qty[r["customer"]].get(l["sku"], 0)
                if not m or l["quantity"] < 4 * m:
                    err(f"{rid}: outlier {l['sku']} {l['quantity']} not 4x the largest earlier {m}")
    if r["intent"] == "CHANGE":
        if "change_lines" not in r:
            err(f"{rid}: CHANGE without change_lines")
        else:
            for i, l in enumerate(r["change_lines"]):
                check_line(l, f"{rid} change line {i}", allow_null=False, allow_candidates=False)
    elif "change_lines" in r:
        err(f"{rid}: change_lines on a {r['intent']} row")
    if r["language"] != "en" and "multilingual" not in r["tags"]:
        err(f"{rid}: multilingual tag missing")

# ---------------------------------------------------------------- training examples, contacts, similarity
texts = [(r["id"], r["text"]) for r in rows]
low = [(rid, t.lower()) for rid, t in texts]
for p in catalog["products"]:
    for ex in p["ai_training_examples"]:
        for rid, t in low:
            if ex.lower() in t:
                err(f"training example '{ex}' of {p['sku']} occurs in {rid}")

PHONE_OK = [
    re.compile(r"^\+447700900\d{3}$"),
    re.compile(r"^07700 ?900\d{3}$"),
    re.compile(r"^020 ?7946 ?0\d{3}$"),
]
phone_like = re.compile(r"(?<![\w-])\+?\d[\d ]{8,}\d(?!\w)")
for rid, t in texts:
    for m in phone_like.findall(t):
        s = m.strip()
        if not any(p.match(s) for p in PHONE_OK):
            err(f"{rid}: phone-like '{s}' is not a drama number")
    for m in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", t):
        if not m.endswith(".example"):
            err(f"{rid}: e-mail domain {m}")
for h in histories:
    a = h["address"]
    if "@" in a:
        if not a.split("@")[1].endswith(".example"):
            err(f"history {h['customer']}: e-mail domain")
    elif not PHONE_OK[0].match(a):
        err(f"history {h['customer']}: phone {a}")

best = (0.0, None, None)
for i in range(len(texts)):
    for j in range(i + 1, len(texts)):
        a, b = texts[i][1], texts[j][1]
        sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
        if sm.real_quick_ratio() < best[0] and sm.real_quick_ratio() < 0.7:
            continue
        if sm.quick_ratio() < 0.7 and sm.quick_ratio() < best[0]:
            continue
        rt = sm.ratio()
        if rt >= 0.7:
            err(f"{texts[i][0]} and {texts[j][0]}: similarity {rt:.2f}")
        if rt > best[0]:
            best = (rt, texts[i][0], texts[j][0])

# ---------------------------------------------------------------- figures
orders = [r for r in rows if r["intent"] == "ORDER"]
all_lines = [l for r in orders for l in r["lines"]]
print(
    f"messages {len(rows)}; customers {len(histories)}; products {len(P)} "
    f"({sum(1 for p in P.values() if p['variants'])} with {sum(len(p['variants']) for p in P.values())} variants)"
)
print(
    "categories",
    len(catalog["categories"]),
    "top-level",
    sum(1 for c in catalog["categories"] if c["parent"] is None),
)
print("units", dict(Counter(p["unit"] for p in P.values()).most_common()))
print("intents", dict(Counter(r["intent"] for r in rows).most_common()))
print("channels", dict(Counter(r["channel"] for r in rows).most_common()))
print(
    "languages",
    dict(Counter(r["language"] for r in rows).most_common()),
    "non-English ORDER",
    sum(1 for r in orders if r["language"] != "en"),
)
print(
    "order lines",
    len(all_lines),
    "null sku",
    sum(1 for l in all_lines if l["sku"] is None),
    "(ambiguous",
    sum(1 for l in all_lines if l["sku"] is None and "candidates" in l),
    "not in catalog",
    sum(1 for l in all_lines if l["sku"] is None and "candidates" not in l),
    ")",
    "variant-product lines",
    sum(1 for l in all_lines if "variant" in l),
    "null variant",
    sum(1 for l in all_lines if "variant" in l and l["variant"] is None),
    "null quantity",
    sum(1 for l in all_lines if l["quantity"] is None),
    "candidate_variant",
    sum(1 for l in all_lines if l.get("candidate_variant")),
)
clean = sum(1 for r in rows if "clean" in r["tags"])
print(
    "review false",
    sum(1 for r in orders if not r["expect_review"]),
    "clean",
    clean,
    f"({clean / len(rows):.1%} of all messages, {clean / len(orders):.1%} of orders)",
    "review true",
    sum(1 for r in orders if r["expect_review"]),
)
wh = [r for r in orders if "lines_with_history" in r]
print(
    "history fields on",
    len(wh),
    "rows:",
    "review->no review",
    sum(1 for r in wh if r["expect_review"] and not r["expect_review_with_history"]),
    "stay review",
    sum(1 for r in wh if r["expect_review"] and r["expect_review_with_history"]),
    "no review->review",
    sum(1 for r in wh if not r["expect_review"] and r["expect_review_with_history"]),
)
shippable = sum(1 for r in orders if not r.get("expect_review_with_history", r["expect_review"]))
print("with history, shippable orders", shippable, "of", len(orders))
print(
    "review rows without history fields",
    sum(1 for r in orders if r["expect_review"] and "lines_with_history" not in r),
)
covered = set()
for r in rows:
    for key in ("lines", "lines_with_history", "change_lines"):
        for l in r.get(key, []):
            if l["sku"]:
                covered.add(l["sku"])
            covered.update(l.get("candidates", []))
label_cov = set()
for r in rows:
    for l in r["lines"] + r.get("change_lines", []):
        if l["sku"]:
            label_cov.add(l["sku"])
        label_cov.update(l.get("candidates", []))
print(
    "coverage: in a label or candidate", len(label_cov), "of", len(P), "missing", sorted(set(P) - label_cov)
)
print("tags", dict(Counter(t for r in rows for t in r["tags"]).most_common()))
print(f"highest text similarity {best[0]:.2f} ({best[1]}, {best[2]})")
print(
    "history orders",
    sum(len(h["orders"]) for h in histories),
    "lines",
    sum(len(o["lines"]) for h in histories for o in h["orders"]),
    "dates",
    min(o["date"] for h in histories for o in h["orders"]),
    "to",
    max(o["date"] for h in histories for o in h["orders"]),
)

if ERRORS:
    print(f"\n{len(ERRORS)} ERRORS:")
    for e in ERRORS:
        print(" -", e)
    sys.exit(1)
print("\nOK")
