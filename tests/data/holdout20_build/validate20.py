# ruff: noqa  (hand-written data generator of blind set 20, kept as its writer left it)
"""Checks catalog20.json, histories20.jsonl and holdout20.jsonl and prints the set's figures.

Run: python3 validate20.py   (exit code 1 on any failure)
"""

import collections
import difflib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import cat20  # noqa: E402

ERR = []


def err(msg):
    ERR.append(msg)


def load_jsonl(p):
    rows = []
    with open(p, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: invalid JSON (%s)" % (p, i, e))
    return rows


with open(os.path.join(OUT, "catalog20.json"), encoding="utf-8") as f:
    catalog = json.load(f)
hist = load_jsonl(os.path.join(OUT, "histories20.jsonl"))
rows = load_jsonl(os.path.join(OUT, "holdout20.jsonl"))

UNITS = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tray", "box", "tub"}
VTYPES = {"SIZE", "COLOR", "VOLUME", "WEIGHT"}
PRICE = re.compile(r"^\d+\.\d\d$")

# ---------------------------------------------------------------- catalog
cats = catalog["categories"]
seen = set()
for c in cats:
    if c["parent"] is not None and c["parent"] not in seen:
        err("category %s listed before its parent %s" % (c["name"], c["parent"]))
    seen.add(c["name"])
prods = {}
skus = set()
for p in catalog["products"]:
    if p["sku"] in skus:
        err("duplicate sku %s" % p["sku"])
    skus.add(p["sku"])
    prods[p["sku"]] = p
    if p["category"] not in seen:
        err("%s: unknown category" % p["sku"])
    if p["unit"] not in UNITS:
        err("%s: bad unit %s" % (p["sku"], p["unit"]))
    if not PRICE.match(p["unit_price"]):
        err("%s: bad price" % p["sku"])
    vn = set()
    for v in p["variants"]:
        if v["variant_type"] not in VTYPES:
            err("%s: bad variant type" % p["sku"])
        if "unit_price" in v and not PRICE.match(v["unit_price"]):
            err("%s/%s: bad price" % (p["sku"], v["name"]))
        if v["sku"] in skus:
            err("duplicate variant sku %s" % v["sku"])
        skus.add(v["sku"])
        if v["name"] in vn:
            err("%s: duplicate variant name" % p["sku"])
        vn.add(v["name"])
n_prod = len(prods)
n_var_prod = sum(1 for p in prods.values() if p["variants"])
n_var = sum(len(p["variants"]) for p in prods.values())
if not 90 <= n_prod <= 120:
    err("product count %d outside 90-120" % n_prod)
if not 12 <= n_var_prod <= 18:
    err("products with variants %d outside 12-18" % n_var_prod)
alias_owner = {}
family = {w.lower() for w in cat20.FAMILY_WORDS}
for p in prods.values():
    al = [(a, p["sku"]) for a in p["aliases"]] + [
        (a, p["sku"]) for v in p["variants"] for a in v.get("ai_aliases", [])
    ]
    for a, s in al:
        k = a.lower().strip()
        if k in alias_owner and alias_owner[k] != s:
            err("alias %r shared by %s and %s" % (a, alias_owner[k], s))
        alias_owner[k] = s
        if k in family:
            err("alias %r of %s is a bare family word" % (a, s))
vnames = {s: {v["name"] for v in p["variants"]} for s, p in prods.items()}


def check_line(l, where, need_complete=False):
    s = l.get("sku")
    if s is not None:
        if s not in prods:
            err("%s: unknown sku %s" % (where, s))
            return
        if vnames[s]:
            if "variant" not in l:
                err("%s: line of %s without variant key" % (where, s))
            elif l["variant"] is not None and l["variant"] not in vnames[s]:
                err("%s: %s has no variant %r" % (where, s, l["variant"]))
        elif "variant" in l:
            err("%s: variant key on %s (no variants)" % (where, s))
        if "candidates" in l:
            err("%s: candidates on a line with a sku" % where)
    else:
        if "variant" in l:
            err("%s: variant key on a null-sku line" % where)
        if "candidates" in l:
            if len(l["candidates"]) < 2:
                err("%s: fewer than two candidates" % where)
            for c in l["candidates"]:
                if c not in prods:
                    err("%s: unknown candidate %s" % (where, c))
            cv = l.get("candidate_variant")
            if cv is not None and not any(cv in vnames.get(c, ()) for c in l["candidates"]):
                err("%s: candidate_variant %r fits no candidate" % (where, cv))
        elif "candidate_variant" in l:
            err("%s: candidate_variant without candidates" % where)
    q = l.get("quantity")
    if q is not None and (not isinstance(q, (int, float)) or q <= 0):
        if not (where.endswith("change_lines") and q == 0):
            err("%s: bad quantity %r" % (where, q))
    if need_complete and (s is None or q is None or (vnames[s] and l.get("variant") is None)):
        err("%s: incomplete history line" % where)


# ---------------------------------------------------------------- histories
hmap = {}
for h in hist:
    for k in ["customer", "name", "kind", "channel", "address", "language", "orders"]:
        if k not in h:
            err("history %s: missing %s" % (h.get("customer"), k))
    hmap[h["customer"]] = h
    dates = [o["date"] for o in h["orders"]]
    if dates != sorted(dates):
        err("history %s: orders not oldest first" % h["customer"])
    for o in h["orders"]:
        for l in o["lines"]:
            check_line(l, "history %s %s" % (h["customer"], o["date"]), need_complete=True)

# ---------------------------------------------------------------- messages
INTENTS = {"ORDER", "QUESTION", "COMPLAINT", "OTHER", "CANCEL", "CHANGE"}
for i, r in enumerate(rows, 1):
    if r.get("id") != "x%03d" % i:
        err("id %r at position %d (expected x%03d)" % (r.get("id"), i, i))
for r in rows:
    rid = r["id"]
    if r["intent"] not in INTENTS:
        err("%s: bad intent" % rid)
    if r["customer"] not in hmap:
        err("%s: unknown customer" % rid)
    else:
        for o in hmap[r["customer"]]["orders"]:
            if o["date"] >= r["date"]:
                err("%s: history order %s not before message date" % (rid, o["date"]))
    tags = set(r["tags"])
    notes = r.get("notes", "").lower()
    hist_fields = [k in r for k in ("lines_with_history", "expect_review_with_history")]
    if any(hist_fields) and not all(hist_fields):
        err("%s: history fields must come together" % rid)
    if ("change_lines" in r) != (r["intent"] == "CHANGE"):
        err("%s: change_lines only and always on CHANGE rows" % rid)
    if r["intent"] != "ORDER":
        if r["lines"]:
            err("%s: non-ORDER row with lines" % rid)
        for k in ("expect_review", "lines_with_history", "expect_review_with_history"):
            if k in r:
                err("%s: non-ORDER row with %s" % (rid, k))
        for j, l in enumerate(r.get("change_lines", [])):
            check_line(l, "%s change_lines" % rid)
        if "clean" in tags:
            err("%s: clean on a non-order" % rid)
        continue
    if "expect_review" not in r:
        err("%s: ORDER without expect_review" % rid)
    for key in ("lines", "lines_with_history"):
        for l in r.get(key, []):
            check_line(l, "%s %s" % (rid, key))
            rv = r["expect_review"] if key == "lines" else r["expect_review_with_history"]
            s, q = l["sku"], l["quantity"]
            open_var = s is not None and vnames[s] and l.get("variant") is None
            if s is None or q is None or open_var:
                if not rv:
                    err("%s: open line in %s on a row not in review" % (rid, key))
            if s is None:
                if "candidates" in l and "ambiguous" not in notes:
                    err("%s: candidates line without 'ambiguous' in notes" % rid)
                if "candidates" not in l and "not in catalog" not in notes:
                    err("%s: null-sku line without candidates needs 'not in catalog' in notes" % rid)
            if open_var and "ambiguous" not in notes:
                err("%s: missing variant without 'ambiguous' in notes" % rid)
            if q is None and not ("quantities not stated" in notes or "not a whole number" in notes):
                err("%s: null quantity without 'quantities not stated'/'not a whole number' in notes" % rid)
    if (
        "lines_with_history" in r
        and r["lines_with_history"] == r["lines"]
        and r["expect_review_with_history"] == r["expect_review"]
    ):
        err("%s: history fields that change nothing" % rid)
    if "reference" in tags and not r["expect_review"]:
        err("%s: reference row not in review" % rid)
    outlier = "outlier" in tags
    if outlier:
        if r["expect_review"] or r.get("expect_review_with_history") is not True:
            err("%s: outlier must be review false, with history true" % rid)
        h = hmap[r["customer"]]
        for l in r["lines"]:
            prev = [x["quantity"] for o in h["orders"] for x in o["lines"] if x["sku"] == l["sku"]]
            if not prev or l["quantity"] < 4 * max(prev):
                err(
                    "%s: outlier %s %s not >= 4x the largest earlier quantity %s"
                    % (rid, l["sku"], l["quantity"], max(prev) if prev else None)
                )
    shippable = not r["expect_review"]
    if ("clean" in tags) != (shippable and not outlier):
        err("%s: clean tag does not match review flags" % rid)
    if ("multilingual" in tags) != (r["language"] != "en"):
        err("%s: multilingual tag does not match language" % rid)

# ---------------------------------------------------------------- texts
texts = [r["text"] for r in rows]
low = [t.lower() for t in texts]
for p in prods.values():
    for ex in p["ai_training_examples"]:
        for r, t in zip(rows, low):
            if ex.lower() in t:
                err("%s: training example of %s occurs in the text" % (r["id"], p["sku"]))
PHONE = re.compile(r"(?:\+44\s?|0)(?:\d[\s-]?){9,10}")
DRAMA = [re.compile(r"^\+447700900\d{3}$"), re.compile(r"^07700900\d{3}$"), re.compile(r"^02079460\d{3}$")]


def drama(num):
    n = re.sub(r"[\s-]", "", num)
    return any(d.match(n) for d in DRAMA)


for r in rows:
    for m in PHONE.findall(r["text"]):
        if not drama(m.strip()):
            err("%s: phone %r is not a drama number" % (r["id"], m))
    for e in re.findall(r"[\w.+-]+@([\w.-]+)", r["text"]):
        e = e.rstrip(".")
        if not e.endswith(".example"):
            err("%s: e-mail domain %s is not .example" % (r["id"], e))
for h in hist:
    a = h["address"]
    if "@" in a:
        if not a.split("@")[1].endswith(".example"):
            err("history %s: e-mail not .example" % h["customer"])
    elif not drama(a):
        err("history %s: phone not a drama number" % h["customer"])
mx = (0, None, None)
for i in range(len(texts)):
    for j in range(i + 1, len(texts)):
        sm = difflib.SequenceMatcher(None, texts[i], texts[j])
        floor = min(0.7, mx[0])
        if sm.real_quick_ratio() < floor or sm.quick_ratio() < floor:
            continue
        rt = sm.ratio()
        if rt > mx[0]:
            mx = (rt, rows[i]["id"], rows[j]["id"])
        if rt >= 0.7:
            err("%s and %s: difflib similarity %.2f" % (rows[i]["id"], rows[j]["id"], rt))

# ---------------------------------------------------------------- figures
C = collections.Counter
orders = [r for r in rows if r["intent"] == "ORDER"]
lines = [l for r in orders for l in r["lines"]]
var_lines = [l for l in lines if l["sku"] and vnames[l["sku"]]]
clean = sum("clean" in r["tags"] for r in rows)
outl = sum("outlier" in r["tags"] for r in rows)
review = sum(r["expect_review"] for r in orders)
withh = [r for r in orders if "lines_with_history" in r]
ship_h = sum(not r.get("expect_review_with_history", r["expect_review"]) for r in orders)
covered = set()
for r in rows:
    for l in r["lines"] + r.get("lines_with_history", []) + r.get("change_lines", []):
        if l["sku"]:
            covered.add(l["sku"])
        covered.update(l.get("candidates", []))
print(
    "catalog: %d categories (%d top-level), %d products, %d with %d variants; units %s"
    % (
        len(cats),
        sum(c["parent"] is None for c in cats),
        n_prod,
        n_var_prod,
        n_var,
        dict(C(p["unit"] for p in prods.values()).most_common()),
    )
)
print(
    "histories: %d customers, %d with orders, %d orders, %d lines, %s to %s"
    % (
        len(hist),
        sum(bool(h["orders"]) for h in hist),
        sum(len(h["orders"]) for h in hist),
        sum(len(o["lines"]) for h in hist for o in h["orders"]),
        min(o["date"] for h in hist for o in h["orders"]),
        max(o["date"] for h in hist for o in h["orders"]),
    )
)
print("messages: %d (%s to %s)" % (len(rows), min(r["date"] for r in rows), max(r["date"] for r in rows)))
print("intents: %s" % dict(C(r["intent"] for r in rows).most_common()))
print("channels: %s" % dict(C(r["channel"] for r in rows).most_common()))
print(
    "languages: %s; non-English ORDER messages: %d"
    % (dict(C(r["language"] for r in rows).most_common()), sum(r["language"] != "en" for r in orders))
)
print(
    "order lines: %d; null sku %d (ambiguous with candidates %d, not in catalog %d); of a product with variants %d "
    "(no variant %d); null quantity %d"
    % (
        len(lines),
        sum(l["sku"] is None for l in lines),
        sum("candidates" in l for l in lines),
        sum(l["sku"] is None and "candidates" not in l for l in lines),
        len(var_lines),
        sum(l.get("variant") is None for l in var_lines),
        sum(l["quantity"] is None for l in lines),
    )
)
print(
    "review: %d ORDER rows ship as written (%d clean + %d outliers), %d expect_review"
    % (len(orders) - review, clean, outl, review)
)
print("clean orders: %d of %d messages = %.1f%%" % (clean, len(rows), 100.0 * clean / len(rows)))
print(
    "history: lines_with_history on %d rows: %d review->no review, %d stay in review, %d no review->review; "
    "with history %d of %d orders ship"
    % (
        len(withh),
        sum(r["expect_review"] and not r["expect_review_with_history"] for r in withh),
        sum(r["expect_review"] and r["expect_review_with_history"] for r in withh),
        sum(not r["expect_review"] and r["expect_review_with_history"] for r in withh),
        ship_h,
        len(orders),
    )
)
print("coverage: %d of %d products appear in a label or as a candidate" % (len(covered & set(prods)), n_prod))
print("tags: %s" % ", ".join("%s %d" % kv for kv in C(t for r in rows for t in r["tags"]).most_common()))
print("highest difflib similarity between two texts: %.2f (%s, %s)" % mx)
if ERR:
    print("\nFAILED: %d problem(s)" % len(ERR))
    for e in ERR:
        print(" -", e)
    sys.exit(1)
print("\nall checks passed")
