# ruff: noqa  (hand-written data generator of blind set 36, kept as its writer left it)
"""Validates the 36th blind set and prints its figures."""

import collections
import difflib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from cat36 import FAMILY_WORDS  # noqa: E402

UNITS = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "box", "tub", "tray"}
VTYPES = {"SIZE", "COLOR", "VOLUME", "WEIGHT"}
INTENTS = {"ORDER", "QUESTION", "COMPLAINT", "OTHER", "CANCEL", "CHANGE"}
CHANNELS = {"WHATSAPP", "SMS", "EMAIL"}
PHRASES = ("ambiguous", "not in catalog", "quantities not stated", "not a whole number")
errors = []


def err(msg):
    errors.append(msg)


def load_jsonl(name):
    out = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                out.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: invalid JSON (%s)" % (name, n, e))
    return out


with open(os.path.join(OUT, "catalog36.json"), encoding="utf-8") as f:
    cat = json.load(f)
hist = load_jsonl("histories36.jsonl")
rows = load_jsonl("holdout36.jsonl")

# ---------------------------------------------------------------- catalog
seen = set()
for c in cat["categories"]:
    if c["parent"] is not None and c["parent"] not in seen:
        err("category %s listed before its parent" % c["name"])
    seen.add(c["name"])
P = {}
allskus = set()
for p in cat["products"]:
    if p["sku"] in allskus:
        err("duplicate sku %s" % p["sku"])
    allskus.add(p["sku"])
    P[p["sku"]] = p
    if p["category"] not in seen:
        err("%s: unknown category" % p["sku"])
    if p["unit"] not in UNITS:
        err("%s: bad unit %s" % (p["sku"], p["unit"]))
    for price in [p["unit_price"]] + [v["unit_price"] for v in p["variants"]]:
        if not re.fullmatch(r"\d+\.\d\d", price):
            err("%s: bad price %s" % (p["sku"], price))
    vn = set()
    for v in p["variants"]:
        if v["variant_type"] not in VTYPES:
            err("%s: bad variant type" % p["sku"])
        if v["sku"] in allskus:
            err("duplicate variant sku %s" % v["sku"])
        allskus.add(v["sku"])
        if v["name"] in vn:
            err("%s: duplicate variant name" % p["sku"])
        vn.add(v["name"])
nprod = len(P)
nvar = sum(1 for p in P.values() if p["variants"])
if not 90 <= nprod <= 120:
    err("product count %d" % nprod)
if not 12 <= nvar <= 18:
    err("products with variants %d" % nvar)
aliases = {}
fam = {w.lower() for w in FAMILY_WORDS}
for p in P.values():
    al = list(p["aliases"]) + [a for v in p["variants"] for a in v["ai_aliases"]]
    for a in al:
        k = a.lower()
        if k in aliases and aliases[k] != p["sku"]:
            err("alias %r shared by %s and %s" % (a, aliases[k], p["sku"]))
        if k in aliases and aliases[k] == p["sku"]:
            err("alias %r repeated in %s" % (a, p["sku"]))
        aliases[k] = p["sku"]
        if k in fam:
            err("alias %r is a bare family word" % a)
VARS = {s: [v["name"] for v in p["variants"]] for s, p in P.items()}

# ---------------------------------------------------------------- lines


def check_line(l, where, allow_null=True):
    sku = l.get("sku")
    if sku is None:
        if not allow_null:
            err("%s: null sku" % where)
        if "variant" in l:
            err("%s: variant key on null-sku line" % where)
        if "candidates" in l:
            if len(l["candidates"]) < 2:
                err("%s: fewer than 2 candidates" % where)
            for c in l["candidates"]:
                if c not in P:
                    err("%s: unknown candidate %s" % (where, c))
            cv = l.get("candidate_variant")
            if cv is not None and not any(cv in VARS.get(c, []) for c in l["candidates"]):
                err("%s: candidate_variant %s fits no candidate" % (where, cv))
        elif "candidate_variant" in l:
            err("%s: candidate_variant without candidates" % where)
        return
    if sku not in P:
        err("%s: unknown sku %s" % (where, sku))
        return
    if "candidates" in l or "candidate_variant" in l:
        err("%s: candidates on a known sku" % where)
    if VARS[sku]:
        if "variant" not in l:
            err("%s: missing variant key for %s" % (where, sku))
        elif l["variant"] is not None and l["variant"] not in VARS[sku]:
            err("%s: unknown variant %s of %s" % (where, l["variant"], sku))
    elif "variant" in l:
        err("%s: variant key on %s without variants" % (where, sku))


def is_open(l):
    q = l["quantity"]
    return l["sku"] is None or q is None or float(q) != int(q) or ("variant" in l and l["variant"] is None)


# ---------------------------------------------------------------- histories
H = {}
for c in hist:
    H[c["customer"]] = c
    for o in c["orders"]:
        if o["date"] <= "2028-01-01":
            err("history date %s too early" % o["date"])
        for l in o["lines"]:
            check_line(l, "history %s %s" % (c["customer"], o["date"]), allow_null=False)
            if l.get("quantity") is None or ("variant" in l and l["variant"] is None):
                err("history %s: incomplete line" % c["customer"])

# ---------------------------------------------------------------- messages
for n, r in enumerate(rows, 1):
    if r["id"] != "sf%03d" % n:
        err("id %s out of sequence" % r["id"])
ids = {r["id"] for r in rows}
first_msg = {}
for r in rows:
    first_msg[r["customer"]] = min(first_msg.get(r["customer"], "9999"), r["date"])
for r in rows:
    w = r["id"]
    if r["customer"] not in H:
        err("%s: unknown customer" % w)
    if r["intent"] not in INTENTS:
        err("%s: bad intent" % w)
    if r["channel"] not in CHANNELS:
        err("%s: bad channel" % w)
    for l in r["lines"]:
        check_line(l, w)
    for l in r.get("lines_with_history", []):
        check_line(l, w + " lwh")
    for l in r.get("change_lines", []):
        check_line(l, w + " change", allow_null=False)
    tags = set(r["tags"])
    has_h = "lines_with_history" in r
    if has_h != ("expect_review_with_history" in r):
        err("%s: history fields not together" % w)
    if (r["intent"] == "CHANGE") != ("change_lines" in r):
        err("%s: change_lines must be on exactly the CHANGE rows" % w)
    if r["intent"] != "ORDER":
        if r["lines"] or "expect_review" in r or has_h:
            err("%s: non-ORDER row with lines or review fields" % w)
        continue
    rv = r["expect_review"]
    for l in r["lines"]:
        if is_open(l) and not rv:
            err("%s: open line on a shippable row" % w)
    if has_h:
        if r["lines_with_history"] == r["lines"] and r["expect_review_with_history"] == rv:
            err("%s: history fields change nothing" % w)
        for l in r["lines_with_history"]:
            if is_open(l) and not r["expect_review_with_history"]:
                err("%s: open history line on a shippable row" % w)
    open_any = [l for l in r["lines"] + r.get("lines_with_history", []) if is_open(l)]
    if open_any and not any(p in r["notes"] for p in PHRASES):
        err("%s: notes lack the standard phrase" % w)
    for l in r["lines"] + r.get("lines_with_history", []):
        if l["sku"] is None and "candidates" in l and "ambiguous" not in r["notes"]:
            err("%s: candidates without 'ambiguous'" % w)
        if l["sku"] is None and "candidates" not in l and "not in catalog" not in r["notes"]:
            err("%s: null sku without 'not in catalog'" % w)
        if (
            l["quantity"] is None
            and "quantities not stated" not in r["notes"]
            and "not a whole number" not in r["notes"]
        ):
            err("%s: null quantity without note" % w)
        if "variant" in l and l["variant"] is None and "ambiguous" not in r["notes"]:
            err("%s: null variant without 'ambiguous'" % w)
    if "reference" in tags and not rv:
        err("%s: reference row not in review" % w)
    outlier = "outlier" in tags
    if ("clean" in tags) != (not rv and not outlier):
        err("%s: clean tag wrong" % w)
    if outlier:
        if rv or not has_h or not r["expect_review_with_history"]:
            err("%s: outlier review fields wrong" % w)
        earlier = collections.defaultdict(int)
        for o in H[r["customer"]]["orders"]:
            for l in o["lines"]:
                earlier[l["sku"]] = max(earlier[l["sku"]], l["quantity"])
        if not any(l["sku"] in earlier and l["quantity"] >= 4 * earlier[l["sku"]] for l in r["lines"]):
            err("%s: outlier not 4x the largest earlier quantity" % w)
for c in hist:
    for o in c["orders"]:
        if c["customer"] in first_msg and o["date"] >= first_msg[c["customer"]]:
            err("history of %s not before its messages" % c["customer"])

# training examples, phones, e-mails
texts = [r["text"] for r in rows]
low = [t.lower() for t in texts]
for p in P.values():
    for ex in p["ai_training_examples"]:
        if any(ex.lower() in t for t in low):
            err("training example of %s occurs in a message" % p["sku"])
DRAMA = re.compile(r"^(07700900\d{3}|02079460\d{3})$")
for src in texts + [c["address"] for c in hist]:
    for m in re.finditer(r"\+?\d[\d ]{8,}\d", src):
        d = m.group(0).replace(" ", "")
        if d.startswith("+44"):
            d = "0" + d[3:]
        if len(d) >= 10 and not DRAMA.match(d):
            err("non-drama phone number %r" % m.group(0))
    for m in re.finditer(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", src):
        if not m.group(0).endswith(".example"):
            err("e-mail not under .example: %s" % m.group(0))

# similarity
best = (0.0, None, None)
for i in range(len(texts)):
    for j in range(i + 1, len(texts)):
        sm = difflib.SequenceMatcher(None, texts[i], texts[j])
        if sm.real_quick_ratio() < best[0] and sm.real_quick_ratio() < 0.7:
            continue
        if sm.quick_ratio() < max(best[0], 0.0) and sm.quick_ratio() < 0.7:
            continue
        r_ = sm.ratio()
        if r_ >= 0.7:
            err("similar texts %s %s (%.2f)" % (rows[i]["id"], rows[j]["id"], r_))
        if r_ > best[0]:
            best = (r_, rows[i]["id"], rows[j]["id"])

# ---------------------------------------------------------------- figures
N = len(rows)
orders = [r for r in rows if r["intent"] == "ORDER"]
clean = [r for r in rows if "clean" in r["tags"]]
if N < 170:
    err("only %d messages" % N)
if len(clean) < 0.4 * N:
    err("clean share %.1f%% below 40%%" % (100.0 * len(clean) / N))
if errors:
    print("FAILED")
    for e in errors:
        print(" -", e)
    sys.exit(1)

cnt = collections.Counter
intents = cnt(r["intent"] for r in rows)
print("OK: all checks passed")
print(
    "messages %d (sf001-sf%03d), %d customers, %d history orders, %d history lines, dates %s..%s"
    % (
        N,
        N,
        len(hist),
        sum(len(c["orders"]) for c in hist),
        sum(len(o["lines"]) for c in hist for o in c["orders"]),
        min(o["date"] for c in hist for o in c["orders"]),
        max(o["date"] for c in hist for o in c["orders"]),
    )
)
print("message dates %s..%s" % (min(r["date"] for r in rows), max(r["date"] for r in rows)))
print(
    "catalog: %d categories (%d top-level), %d products, %d with %d variants; units %s"
    % (
        len(cat["categories"]),
        sum(1 for c in cat["categories"] if c["parent"] is None),
        nprod,
        nvar,
        sum(len(p["variants"]) for p in P.values()),
        dict(cnt(p["unit"] for p in P.values()).most_common()),
    )
)
print(
    "intents",
    ", ".join("%s %d" % kv for kv in intents.most_common()),
    "(ORDER %.0f%%)" % (100.0 * intents["ORDER"] / N),
)
print("channels", dict(cnt(r["channel"] for r in rows).most_common()))
print(
    "languages",
    dict(cnt(r["language"] for r in rows).most_common()),
    "non-English ORDER",
    sum(1 for r in orders if r["language"] != "en"),
)
lines = [l for r in orders for l in r["lines"]]
print(
    "order lines %d: null sku %d (ambiguous %d, not in catalog %d), variant-product lines %d (no variant %d), "
    "null quantity %d, fractional %d"
    % (
        len(lines),
        sum(1 for l in lines if l["sku"] is None),
        sum(1 for l in lines if l["sku"] is None and "candidates" in l),
        sum(1 for l in lines if l["sku"] is None and "candidates" not in l),
        sum(1 for l in lines if "variant" in l),
        sum(1 for l in lines if "variant" in l and l["variant"] is None),
        sum(1 for l in lines if l["quantity"] is None),
        sum(1 for l in lines if l["quantity"] is not None and float(l["quantity"]) != int(l["quantity"])),
    )
)
ship = [r for r in orders if not r["expect_review"]]
print(
    "review: %d shippable ORDER rows (%d clean + %d outliers), %d expect_review; clean %d of %d = %.1f%%"
    % (
        len(ship),
        len(clean),
        len(ship) - len(clean),
        len(orders) - len(ship),
        len(clean),
        N,
        100.0 * len(clean) / N,
    )
)
hr = [r for r in orders if "lines_with_history" in r]
print(
    "history fields on %d rows: %d review->no review, %d keep review, %d outliers no review->review; "
    "shippable with history %d of %d"
    % (
        len(hr),
        sum(1 for r in hr if r["expect_review"] and not r["expect_review_with_history"]),
        sum(1 for r in hr if r["expect_review"] and r["expect_review_with_history"]),
        sum(1 for r in hr if not r["expect_review"] and r["expect_review_with_history"]),
        sum(1 for r in orders if not r.get("expect_review_with_history", r["expect_review"])),
        len(orders),
    )
)
used = set()
for r in rows:
    for l in r["lines"] + r.get("lines_with_history", []) + r.get("change_lines", []):
        if l["sku"]:
            used.add(l["sku"])
        used.update(l.get("candidates", []))
print("coverage: %d of %d products appear in a label or as a candidate" % (len(used & set(P)), nprod))
if set(P) - used:
    print("  not covered:", sorted(set(P) - used))
tc = cnt(t for r in rows for t in r["tags"])
print("tags:", ", ".join("%s %d" % kv for kv in sorted(tc.items(), key=lambda kv: (-kv[1], kv[0]))))
print("highest difflib similarity %.2f (%s, %s)" % best)
