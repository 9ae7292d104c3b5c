# ruff: noqa  (hand-written data generator of blind set 31, kept as its writer left it)
"""Validate set 31 against the README rules and print its figures. Exit status 1 on any failure."""

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
import cat31  # noqa: E402  (family words)

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
                err("%s line %d: invalid JSON (%s)" % (name, n, e))
    return rows


with open(os.path.join(OUT, "catalog31.json"), encoding="utf-8") as f:
    CAT = json.load(f)
HIST = load_jsonl("histories31.jsonl")
ROWS = load_jsonl("holdout31.jsonl")

UNITS = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tray", "box", "tub"}
VTYPES = {"SIZE", "COLOR", "VOLUME", "WEIGHT"}
PROD = {p["sku"]: p for p in CAT["products"]}
VARS = {p["sku"]: [v["name"] for v in p["variants"]] for p in CAT["products"]}

# ------------------------------------------------------------------ catalog
if len(PROD) != len(CAT["products"]):
    err("duplicate product skus")
seen_cat = set()
for c in CAT["categories"]:
    if c["parent"] is not None and c["parent"] not in seen_cat:
        err("category %s listed before its parent %s" % (c["name"], c["parent"]))
    seen_cat.add(c["name"])


def price_ok(s):
    try:
        d = Decimal(s)
    except (InvalidOperation, TypeError):
        return False
    return isinstance(s, str) and re.fullmatch(r"\d+\.\d\d", s) is not None and d > 0


all_skus = set(PROD)
alias_owner = {}
family = {w.lower() for w in cat31.FAMILY_WORDS}
for p in CAT["products"]:
    if p["category"] not in seen_cat:
        err("%s: unknown category" % p["sku"])
    if p["unit"] not in UNITS:
        err("%s: bad unit %s" % (p["sku"], p["unit"]))
    if not price_ok(p["unit_price"]):
        err("%s: bad price" % p["sku"])
    names = [(a, p["sku"]) for a in p["aliases"]]
    for v in p["variants"]:
        if v["variant_type"] not in VTYPES:
            err("%s: bad variant type" % p["sku"])
        if not price_ok(v["unit_price"]):
            err("%s/%s: bad variant price" % (p["sku"], v["name"]))
        if v["sku"] in all_skus:
            err("variant sku %s not unique" % v["sku"])
        all_skus.add(v["sku"])
        names += [(a, p["sku"]) for a in v["ai_aliases"]]
    if len({v["name"] for v in p["variants"]}) != len(p["variants"]):
        err("%s: duplicate variant names" % p["sku"])
    for a, s in names:
        k = a.lower().strip()
        if k in alias_owner and alias_owner[k] != s:
            err("alias %r shared by %s and %s" % (a, alias_owner[k], s))
        alias_owner[k] = s
        if k in family:
            err("alias %r of %s is a bare family word" % (a, s))
n_prod = len(PROD)
n_var_prod = sum(1 for p in CAT["products"] if p["variants"])
if not 90 <= n_prod <= 120:
    err("product count %d out of 90-120" % n_prod)
if not 12 <= n_var_prod <= 18:
    err("products with variants %d out of 12-18" % n_var_prod)

# ------------------------------------------------------------------ lines


def check_line(l, where, allow_candidates):
    s = l.get("sku")
    if s is not None:
        if s not in PROD:
            err("%s: unknown sku %s" % (where, s))
            return
        if VARS[s]:
            if "variant" not in l:
                err("%s: %s has variants but no variant key" % (where, s))
            elif l["variant"] is not None and l["variant"] not in VARS[s]:
                err("%s: %s has no variant %r" % (where, s, l["variant"]))
        elif "variant" in l:
            err("%s: variant key on %s, which has no variants" % (where, s))
        if "candidates" in l:
            err("%s: candidates on a line with a sku" % where)
    else:
        if "variant" in l:
            err("%s: variant key on a null-sku line" % where)
        if "candidates" in l:
            if not allow_candidates:
                err("%s: candidates not allowed here" % where)
            c = l["candidates"]
            if len(c) < 2:
                err("%s: fewer than two candidates" % where)
            for x in c:
                if x not in PROD:
                    err("%s: unknown candidate %s" % (where, x))
            cv = l.get("candidate_variant")
            if cv is not None and not any(cv in VARS.get(x, []) for x in c):
                err("%s: candidate_variant %r fits no candidate" % (where, cv))
        elif "candidate_variant" in l:
            err("%s: candidate_variant without candidates" % where)
    q = l.get("quantity")
    if q is not None and (not isinstance(q, (int, float)) or q <= 0):
        err("%s: bad quantity %r" % (where, q))


def is_open(l):
    q = l.get("quantity")
    return (
        l.get("sku") is None
        or q is None
        or (VARS.get(l["sku"]) and l.get("variant") is None)
        or (isinstance(q, float) and q != int(q))
    )


# ------------------------------------------------------------------ histories
HBY = {}
for h in HIST:
    HBY[h["customer"]] = h
    for k in ("customer", "name", "kind", "channel", "address", "language", "orders"):
        if k not in h:
            err("history %s: missing %s" % (h.get("customer"), k))
    dates = [o["date"] for o in h["orders"]]
    if dates != sorted(dates):
        err("history %s: orders not oldest first" % h["customer"])
    for o in h["orders"]:
        for l in o["lines"]:
            check_line(l, "history %s %s" % (h["customer"], o["date"]), False)
            if (
                l.get("sku") is None
                or l.get("quantity") is None
                or (VARS.get(l.get("sku")) and l.get("variant") is None)
            ):
                err("history %s %s: incomplete line %r" % (h["customer"], o["date"], l))


def max_qty(cust, sku, before):
    return max(
        [
            l["quantity"]
            for o in HBY[cust]["orders"]
            if o["date"] < before
            for l in o["lines"]
            if l["sku"] == sku
        ]
        or [0]
    )


# ------------------------------------------------------------------ messages
ids = [r.get("id") for r in ROWS]
if ids != ["o%03d" % i for i in range(1, len(ROWS) + 1)]:
    err("ids do not run o001.. without gaps")
INTENTS = {"ORDER", "QUESTION", "COMPLAINT", "OTHER", "CANCEL", "CHANGE"}
for r in ROWS:
    rid = r["id"]
    for k in ("id", "channel", "customer", "date", "language", "text", "intent", "lines", "notes", "tags"):
        if k not in r:
            err("%s: missing %s" % (rid, k))
    if r["intent"] not in INTENTS:
        err("%s: bad intent" % rid)
    if r["channel"] not in {"WHATSAPP", "SMS", "EMAIL"}:
        err("%s: bad channel" % rid)
    if r["customer"] not in HBY:
        err("%s: unknown customer" % rid)
        continue
    for o in HBY[r["customer"]]["orders"]:
        if o["date"] >= r["date"]:
            err("%s: history order %s not before message date" % (rid, o["date"]))
    hist_fields = ("lines_with_history" in r, "expect_review_with_history" in r)
    if hist_fields[0] != hist_fields[1]:
        err("%s: history fields do not come together" % rid)
    if ("change_lines" in r) != (r["intent"] == "CHANGE"):
        err("%s: change_lines only and always on CHANGE rows" % rid)
    for l in r.get("change_lines", []):
        check_line(l, rid + " change_lines", False)
    tags = set(r["tags"])
    notes = r["notes"].lower()
    if r["intent"] != "ORDER":
        if r["lines"]:
            err("%s: non-ORDER row with lines" % rid)
        if "expect_review" in r or any(hist_fields):
            err("%s: non-ORDER row with review fields" % rid)
        if "clean" in tags:
            err("%s: clean on a non-order" % rid)
        continue
    if "expect_review" not in r:
        err("%s: ORDER row without expect_review" % rid)
        continue
    for tag_lines, review, label in (
        (r["lines"], r["expect_review"], "lines"),
        (r.get("lines_with_history"), r.get("expect_review_with_history"), "history"),
    ):
        if tag_lines is None:
            continue
        for l in tag_lines:
            check_line(l, "%s %s" % (rid, label), True)
            if is_open(l):
                if not review:
                    err("%s: open line on a shippable row (%s): %r" % (rid, label, l))
                if l.get("sku") is None and "candidates" in l and "ambiguous" not in notes:
                    err("%s: candidates but notes lack 'ambiguous'" % rid)
                if l.get("sku") is None and "candidates" not in l and "not in catalog" not in notes:
                    err("%s: null sku without candidates but notes lack 'not in catalog'" % rid)
                if (
                    l.get("sku")
                    and VARS.get(l["sku"])
                    and l.get("variant") is None
                    and "ambiguous" not in notes
                ):
                    err("%s: null variant but notes lack 'ambiguous'" % rid)
                if l.get("quantity") is None and not (
                    "quantities not stated" in notes or "not a whole number" in notes
                ):
                    err("%s: null quantity but notes lack the phrase" % rid)
                q = l.get("quantity")
                if isinstance(q, float) and q != int(q) and "not a whole number" not in notes:
                    err("%s: fraction but notes lack 'not a whole number'" % rid)
    if any(hist_fields):
        if r["lines_with_history"] == r["lines"] and r["expect_review_with_history"] == r["expect_review"]:
            err("%s: history fields that change nothing" % rid)
    if "reference" in tags and not r["expect_review"]:
        err("%s: reference row not in review" % rid)
    outlier = "outlier" in tags
    if outlier:
        if r["expect_review"] or r.get("expect_review_with_history") is not True:
            err("%s: outlier must be review false, with history true" % rid)
        for l in r["lines"]:
            m = max_qty(r["customer"], l["sku"], r["date"])
            if m and l["quantity"] < 4 * m:
                err("%s: outlier %s %s is under 4x the earlier max %s" % (rid, l["sku"], l["quantity"], m))
    shippable = not r["expect_review"]
    if ("clean" in tags) != (shippable and not outlier):
        err("%s: clean tag must be on exactly the shippable non-outlier orders" % rid)

# ------------------------------------------------------------------ texts
texts = [r["text"] for r in ROWS]
low = [t.lower() for t in texts]
for p in CAT["products"]:
    for ex in p["ai_training_examples"]:
        for r, t in zip(ROWS, low):
            if ex.lower() in t:
                err("%s: training example of %s inside message" % (r["id"], p["sku"]))

PHONE = re.compile(r"(?:\+44\s?\d[\d ]{8,13}\d|\b0\d{2,4}[ ]?\d{3,4}[ ]?\d{3,4}\b)")


def drama(num):
    d = re.sub(r"\D", "", num)
    if d.startswith("44"):
        d = "0" + d[2:]
    return bool(re.fullmatch(r"07700900\d{3}|02079460\d{3}|01632960\d{3}", d))


EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
for r in ROWS:
    for m in PHONE.findall(r["text"]):
        if not drama(m):
            err("%s: phone %r is not a drama number" % (r["id"], m))
    for dom in EMAIL.findall(r["text"]):
        if not dom.endswith(".example"):
            err("%s: e-mail domain %s not .example" % (r["id"], dom))
for h in HIST:
    a = h["address"]
    if "@" in a:
        if not a.endswith(".example"):
            err("history %s: address not .example" % h["customer"])
    elif not drama(a):
        err("history %s: address not a drama number" % h["customer"])

best = (0.0, None, None)
for i in range(len(texts)):
    for j in range(i + 1, len(texts)):
        sm = difflib.SequenceMatcher(None, low[i], low[j])
        if sm.real_quick_ratio() < 0.7 or sm.quick_ratio() < 0.7:
            continue
        rt = sm.ratio()
        if rt >= 0.7:
            err("%s and %s: similarity %.2f" % (ROWS[i]["id"], ROWS[j]["id"], rt))
        if rt > best[0]:
            best = (rt, ROWS[i]["id"], ROWS[j]["id"])
# exact best for the report (slow path only where quick ratios allow)
maxr = 0.0
for i in range(len(texts)):
    for j in range(i + 1, len(texts)):
        sm = difflib.SequenceMatcher(None, low[i], low[j])
        if sm.real_quick_ratio() <= maxr or sm.quick_ratio() <= maxr:
            continue
        maxr = max(maxr, sm.ratio())

n = len(ROWS)
clean = sum("clean" in r["tags"] for r in ROWS)
if n < 160:
    err("fewer than 160 messages")
if clean < 0.4 * n:
    err("clean share %.3f below 40%%" % (clean / n))

# ------------------------------------------------------------------ figures
orders = [r for r in ROWS if r["intent"] == "ORDER"]
lines = [l for r in orders for l in r["lines"]]
print(
    "catalog: %d categories (%d top-level), %d products, %d with variants, %d variants; units %s"
    % (
        len(CAT["categories"]),
        sum(c["parent"] is None for c in CAT["categories"]),
        n_prod,
        n_var_prod,
        sum(len(p["variants"]) for p in CAT["products"]),
        dict(Counter(p["unit"] for p in CAT["products"]).most_common()),
    )
)
print(
    "histories: %d customers, %d with orders, %d orders, %d lines, %s .. %s"
    % (
        len(HIST),
        sum(1 for h in HIST if h["orders"]),
        sum(len(h["orders"]) for h in HIST),
        sum(len(o["lines"]) for h in HIST for o in h["orders"]),
        min(o["date"] for h in HIST for o in h["orders"]),
        max(o["date"] for h in HIST for o in h["orders"]),
    )
)
print("messages: %d, %s .. %s" % (n, min(r["date"] for r in ROWS), max(r["date"] for r in ROWS)))
print("intents:", dict(Counter(r["intent"] for r in ROWS).most_common()))
print("channels:", dict(Counter(r["channel"] for r in ROWS).most_common()))
print(
    "languages:",
    dict(Counter(r["language"] for r in ROWS).most_common()),
    "non-English orders:",
    sum(1 for r in orders if r["language"] != "en"),
)
nullsku = [l for l in lines if l["sku"] is None]
print(
    "order lines: %d; null sku %d (%d ambiguous with candidates, %d not in catalog); variant-product lines %d (%d no variant); null quantity %d"
    % (
        len(lines),
        len(nullsku),
        sum("candidates" in l for l in nullsku),
        sum("candidates" not in l for l in nullsku),
        sum(1 for l in lines if l["sku"] and VARS[l["sku"]]),
        sum(1 for l in lines if l["sku"] and VARS[l["sku"]] and l.get("variant") is None),
        sum(l["quantity"] is None for l in lines),
    )
)
ship = sum(not r["expect_review"] for r in orders)
print(
    "review: %d shippable (%d clean + %d outliers), %d expect_review; clean %d of %d = %.1f%%"
    % (
        ship,
        clean,
        sum("outlier" in r["tags"] for r in orders),
        len(orders) - ship,
        clean,
        n,
        100.0 * clean / n,
    )
)
hrows = [r for r in orders if "lines_with_history" in r]
print(
    "history: lines_with_history on %d rows: %d review->no review, %d keep review, %d no review->review; shippable with history %d of %d"
    % (
        len(hrows),
        sum(r["expect_review"] and not r["expect_review_with_history"] for r in hrows),
        sum(r["expect_review"] and r["expect_review_with_history"] for r in hrows),
        sum((not r["expect_review"]) and r["expect_review_with_history"] for r in hrows),
        sum(not r.get("expect_review_with_history", r["expect_review"]) for r in orders),
        len(orders),
    )
)
used = set()
for r in ROWS:
    for l in r["lines"] + r.get("lines_with_history", []) + r.get("change_lines", []):
        if l["sku"]:
            used.add(l["sku"])
        used.update(l.get("candidates", []))
print(
    "coverage: %d of %d products in a label or as a candidate; missing: %s"
    % (len(used & set(PROD)), n_prod, sorted(set(PROD) - used))
)
print("tags:", ", ".join("%s %d" % kv for kv in Counter(t for r in ROWS for t in r["tags"]).most_common()))
print("highest text similarity: %.2f" % maxr)
if ERR:
    print("\nFAILED (%d):" % len(ERR))
    for e in ERR:
        print(" -", e)
    sys.exit(1)
print("\nOK: all checks passed")
