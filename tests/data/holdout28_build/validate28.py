# ruff: noqa  (hand-written data generator of blind set 28, kept as its writer left it)
"""Validates catalog28.json, histories28.jsonl and holdout28.jsonl and prints the set's figures.

python3 validate28.py   (exit status 1 on any failure)
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
import cat28  # noqa: E402

UNITS = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tray", "box", "tub"}
VTYPES = {"SIZE", "COLOR", "VOLUME", "WEIGHT"}
INTENTS = {"ORDER", "QUESTION", "COMPLAINT", "OTHER", "CANCEL", "CHANGE"}
CHANNELS = {"WHATSAPP", "SMS", "EMAIL"}
errors = []


def err(msg):
    errors.append(msg)


def load_jsonl(name):
    out = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                out.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: invalid JSON (%s)" % (name, i, e))
    return out


with open(os.path.join(OUT, "catalog28.json"), encoding="utf-8") as f:
    catalog = json.load(f)
histories = load_jsonl("histories28.jsonl")
rows = load_jsonl("holdout28.jsonl")

# ------------------------------------------------------------------ catalog
prods = {}
seen_cats = set()
for c in catalog["categories"]:
    if c["parent"] is not None and c["parent"] not in seen_cats:
        err("category %s listed before its parent %s" % (c["name"], c["parent"]))
    if c["name"] in seen_cats:
        err("duplicate category %s" % c["name"])
    seen_cats.add(c["name"])
alias_owner = {}
var_skus = set()
price_re = re.compile(r"^\d+\.\d\d$")
for p in catalog["products"]:
    if p["sku"] in prods:
        err("duplicate sku %s" % p["sku"])
    prods[p["sku"]] = p
    if p["category"] not in seen_cats:
        err("%s: unknown category" % p["sku"])
    if p["unit"] not in UNITS:
        err("%s: bad unit %s" % (p["sku"], p["unit"]))
    if not price_re.match(p["unit_price"]):
        err("%s: bad price" % p["sku"])
    names = [a.lower() for a in p["aliases"]]
    for v in p["variants"]:
        if v["variant_type"] not in VTYPES:
            err("%s: bad variant type" % p["sku"])
        if not price_re.match(v["unit_price"]):
            err("%s/%s: bad variant price" % (p["sku"], v["name"]))
        if v["sku"] in var_skus or v["sku"] in prods:
            err("variant sku %s not unique" % v["sku"])
        var_skus.add(v["sku"])
        names += [a.lower() for a in v["ai_aliases"]]
    if len({v["name"] for v in p["variants"]}) != len(p["variants"]):
        err("%s: duplicate variant names" % p["sku"])
    for a in names:
        if a in alias_owner and alias_owner[a] != p["sku"]:
            err("alias %r shared by %s and %s" % (a, alias_owner[a], p["sku"]))
        alias_owner[a] = p["sku"]
        if a in cat28.FAMILY_WORDS:
            err("alias %r of %s is a bare family word" % (a, p["sku"]))
for v in var_skus:
    if v in prods:
        err("variant sku %s equals a product sku" % v)
n_var = sum(1 for p in prods.values() if p["variants"])
if not 90 <= len(prods) <= 120:
    err("catalog has %d products (90-120)" % len(prods))
if not 12 <= n_var <= 18:
    err("catalog has %d products with variants (12-18)" % n_var)
for fam, members in cat28.FAMILIES.items():
    for s in members:
        if s not in prods:
            err("family %s: unknown sku %s" % (fam, s))
has_var = {s: bool(p["variants"]) for s, p in prods.items()}
vnames = {s: {v["name"] for v in p["variants"]} for s, p in prods.items()}


def check_line(l, where, allow_null=True):
    s = l.get("sku", "MISSING")
    if "quantity" not in l:
        err("%s: line without quantity" % where)
    if s is None:
        if not allow_null:
            err("%s: null sku" % where)
        if "variant" in l:
            err("%s: variant on a null-sku line" % where)
        cands = l.get("candidates")
        if cands is not None:
            if len(cands) < 2:
                err("%s: fewer than 2 candidates" % where)
            for c in cands:
                if c not in prods:
                    err("%s: unknown candidate %s" % (where, c))
            cv = l.get("candidate_variant")
            if cv is not None and not any(cv in vnames.get(c, ()) for c in cands):
                err("%s: candidate_variant %s fits no candidate" % (where, cv))
        elif "candidate_variant" in l:
            err("%s: candidate_variant without candidates" % where)
        return
    if s not in prods:
        err("%s: unknown sku %s" % (where, s))
        return
    if "candidates" in l or "candidate_variant" in l:
        err("%s: candidates on a known sku" % where)
    if has_var[s] != ("variant" in l):
        err("%s: variant key %s on %s" % (where, "missing" if has_var[s] else "present", s))
    if "variant" in l and l["variant"] is not None and l["variant"] not in vnames[s]:
        err("%s: unknown variant %r of %s" % (where, l["variant"], s))
    q = l.get("quantity")
    if q is not None and (not isinstance(q, (int, float)) or q < 0):
        err("%s: bad quantity %r" % (where, q))


def is_open(l):
    return l["sku"] is None or l["quantity"] is None or ("variant" in l and l["variant"] is None)


def fractional(l):
    return l["quantity"] is not None and float(l["quantity"]) != int(l["quantity"])


# ------------------------------------------------------------------ phones and e-mails
phone_re = re.compile(r"(?:\+44\s?|\b0)\d(?:[\s-]?\d){8,9}\b")
mail_re = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")


def check_contacts(text, where):
    for m in phone_re.finditer(text):
        d = re.sub(r"\D", "", m.group(0))
        if d.startswith("44"):
            d = "0" + d[2:]
        if not (re.fullmatch(r"07700900\d{3}", d) or re.fullmatch(r"0207946[0]\d{3}", d)):
            err("%s: phone %r is not a drama number" % (where, m.group(0)))
    for m in mail_re.finditer(text):
        if not m.group(1).endswith(".example"):
            err("%s: e-mail %r not under .example" % (where, m.group(0)))


# ------------------------------------------------------------------ histories
hist = {}
for h in histories:
    for k in ("customer", "name", "kind", "channel", "address", "language", "orders"):
        if k not in h:
            err("history %s: missing %s" % (h.get("customer"), k))
    hist[h["customer"]] = h
    check_contacts(h["address"], "history %s" % h["customer"])
    prev = ""
    for o in h["orders"]:
        if o["date"] <= prev:
            err("history %s: dates not increasing" % h["customer"])
        prev = o["date"]
        for l in o["lines"]:
            check_line(l, "history %s %s" % (h["customer"], o["date"]), allow_null=False)
            if l["quantity"] is None or is_open(l):
                err("history %s %s: incomplete line" % (h["customer"], o["date"]))

# ------------------------------------------------------------------ messages
for i, r in enumerate(rows, 1):
    if r.get("id") != "p%03d" % i:
        err("row %d: id %s (expected p%03d)" % (i, r.get("id"), i))
ids = [r["id"] for r in rows]
first_date = collections.defaultdict(lambda: "9999")
for r in rows:
    first_date[r["customer"]] = min(first_date[r["customer"]], r["date"])
training = [(p["sku"], e.lower()) for p in prods.values() for e in p["ai_training_examples"]]
review_notes = ("ambiguous", "not in catalog", "quantities not stated", "not a whole number")
for r in rows:
    w = r["id"]
    for k in ("id", "customer", "date", "channel", "language", "text", "intent", "lines", "notes", "tags"):
        if k not in r:
            err("%s: missing %s" % (w, k))
    if r["intent"] not in INTENTS:
        err("%s: bad intent" % w)
    if r["channel"] not in CHANNELS:
        err("%s: bad channel" % w)
    if r["customer"] not in hist:
        err("%s: unknown customer" % w)
    check_contacts(r["text"], w)
    low = r["text"].lower()
    for sku, e in training:
        if e in low:
            err("%s: training example of %s occurs in the text" % (w, sku))
    for l in r["lines"]:
        check_line(l, w)
    if r["intent"] != "ORDER":
        if r["lines"]:
            err("%s: non-ORDER row with lines" % w)
        for k in ("expect_review", "lines_with_history", "expect_review_with_history"):
            if k in r:
                err("%s: non-ORDER row with %s" % (w, k))
    else:
        if "expect_review" not in r:
            err("%s: ORDER without expect_review" % w)
        rev = r["expect_review"]
        for l in r["lines"]:
            if is_open(l) and not rev:
                err("%s: open line on a shippable row" % w)
            if fractional(l) and not rev:
                err("%s: fractional quantity on a shippable row" % w)
        for l in r["lines"]:
            if l["sku"] is None or ("variant" in l and l["variant"] is None) or l["quantity"] is None:
                if not any(p in r["notes"] for p in review_notes):
                    err("%s: open line but notes lack the standard phrase" % w)
            if l["sku"] is None and l.get("candidates") and "ambiguous" not in r["notes"]:
                err("%s: candidate line but notes lack 'ambiguous'" % w)
            if l["sku"] is None and not l.get("candidates") and "not in catalog" not in r["notes"]:
                err("%s: not-in-catalog line but notes lack 'not in catalog'" % w)
            if l["quantity"] is None and not (
                "quantities not stated" in r["notes"] or "not a whole number" in r["notes"]
            ):
                err("%s: null quantity but notes lack the phrase" % w)
        if ("lines_with_history" in r) != ("expect_review_with_history" in r):
            err("%s: history fields do not come together" % w)
        if "lines_with_history" in r:
            for l in r["lines_with_history"]:
                check_line(l, w + " (history)")
                if (is_open(l) or fractional(l)) and not r["expect_review_with_history"]:
                    err("%s: open line with history on a shippable row" % w)
            if r["lines_with_history"] == r["lines"] and r["expect_review_with_history"] == rev:
                err("%s: history fields that change nothing" % w)
        if "reference" in r["tags"] and not rev:
            err("%s: reference row not in review" % w)
        is_outlier = "outlier" in r["tags"]
        if ("clean" in r["tags"]) != (not rev and not is_outlier):
            err("%s: clean tag wrong" % w)
        if is_outlier:
            if rev or r.get("expect_review_with_history") is not True:
                err("%s: outlier must be review false, with history true" % w)
            h = hist[r["customer"]]
            for l in r["lines"]:
                mx = max(
                    [x["quantity"] for o in h["orders"] for x in o["lines"] if x["sku"] == l["sku"]] or [0]
                )
                if mx == 0 or l["quantity"] < 4 * mx:
                    err(
                        "%s: outlier %s %s is not 4x the largest earlier %s"
                        % (w, l["sku"], l["quantity"], mx)
                    )
    if r["intent"] == "CHANGE":
        if "change_lines" not in r:
            err("%s: CHANGE without change_lines" % w)
        for l in r.get("change_lines", []):
            check_line(l, w + " (change)", allow_null=False)
    elif "change_lines" in r:
        err("%s: change_lines on a %s row" % (w, r["intent"]))
for c, h in hist.items():
    for o in h["orders"]:
        if o["date"] >= first_date[c]:
            err("history %s: order %s not before the customer's first message" % (c, o["date"]))

# similarity
texts = [(r["id"], r["text"]) for r in rows]
maxsim, maxpair = 0.0, None
for i in range(len(texts)):
    for j in range(i + 1, len(texts)):
        sm = difflib.SequenceMatcher(None, texts[i][1], texts[j][1])
        if sm.real_quick_ratio() < 0.7 or sm.quick_ratio() < 0.7:
            q = sm.quick_ratio()
            if q < maxsim:
                continue
        s = sm.ratio()
        if s > maxsim:
            maxsim, maxpair = s, (texts[i][0], texts[j][0])
        if s >= 0.7:
            err("%s and %s: difflib similarity %.2f" % (texts[i][0], texts[j][0], s))

n = len(rows)
orders = [r for r in rows if r["intent"] == "ORDER"]
clean = [r for r in rows if "clean" in r["tags"]]
if n < 160:
    err("only %d messages" % n)
if len(clean) < 0.4 * n:
    err("clean share %.3f below 0.40" % (len(clean) / n))

# ------------------------------------------------------------------ figures
print(
    "catalog: %d categories (%d top-level), %d products, %d with %d variants; units %s"
    % (
        len(catalog["categories"]),
        sum(1 for c in catalog["categories"] if c["parent"] is None),
        len(prods),
        n_var,
        sum(len(p["variants"]) for p in prods.values()),
        dict(collections.Counter(p["unit"] for p in prods.values()).most_common()),
    )
)
ho = [h for h in histories if h["orders"]]
print(
    "histories: %d customers, %d with orders, %d orders, %d lines, %s to %s"
    % (
        len(histories),
        len(ho),
        sum(len(h["orders"]) for h in ho),
        sum(len(o["lines"]) for h in ho for o in h["orders"]),
        min(o["date"] for h in ho for o in h["orders"]),
        max(o["date"] for h in ho for o in h["orders"]),
    )
)
print("messages: %d (%s to %s)" % (n, min(r["date"] for r in rows), max(r["date"] for r in rows)))
print("intents:", dict(collections.Counter(r["intent"] for r in rows).most_common()))
print("channels:", dict(collections.Counter(r["channel"] for r in rows).most_common()))
print(
    "languages:",
    dict(collections.Counter(r["language"] for r in rows).most_common()),
    "| non-English ORDER rows:",
    sum(1 for r in orders if r["language"] != "en"),
)
lines = [l for r in orders for l in r["lines"]]
print(
    "order lines: %d; null sku %d (ambiguous with candidates %d, not in catalog %d); of a product with variants %d "
    "(no variant given %d); null quantity %d; fractional %d"
    % (
        len(lines),
        sum(1 for l in lines if l["sku"] is None),
        sum(1 for l in lines if l["sku"] is None and l.get("candidates")),
        sum(1 for l in lines if l["sku"] is None and not l.get("candidates")),
        sum(1 for l in lines if "variant" in l),
        sum(1 for l in lines if "variant" in l and l["variant"] is None),
        sum(1 for l in lines if l["quantity"] is None),
        sum(1 for l in lines if fractional(l)),
    )
)
ship = [r for r in orders if not r["expect_review"]]
print(
    "review: %d ORDER rows shippable as written (%d clean + %d outliers), %d expect_review; clean share %.1f%% (%d/%d)"
    % (
        len(ship),
        len(clean),
        len(ship) - len(clean),
        len(orders) - len(ship),
        100.0 * len(clean) / n,
        len(clean),
        n,
    )
)
wh = [r for r in orders if "lines_with_history" in r]
print(
    "history: lines_with_history on %d rows: %d review->no review, %d stay in review, %d no review->review; "
    "with history %d of %d orders ship as written"
    % (
        len(wh),
        sum(1 for r in wh if r["expect_review"] and not r["expect_review_with_history"]),
        sum(1 for r in wh if r["expect_review"] and r["expect_review_with_history"]),
        sum(1 for r in wh if not r["expect_review"] and r["expect_review_with_history"]),
        sum(1 for r in orders if not r.get("expect_review_with_history", r["expect_review"])),
        len(orders),
    )
)
covered = set()
for r in rows:
    for l in r["lines"] + r.get("change_lines", []) + r.get("lines_with_history", []):
        if l["sku"]:
            covered.add(l["sku"])
        covered.update(l.get("candidates", []))
missing = sorted(set(prods) - covered)
print(
    "coverage: %d of %d products appear in a label or as a candidate%s"
    % (len(covered & set(prods)), len(prods), (" (missing: %s)" % ", ".join(missing)) if missing else "")
)
print("tags:", dict(collections.Counter(t for r in rows for t in r["tags"]).most_common()))
print("highest difflib similarity between two texts: %.2f (%s)" % (maxsim, maxpair))
if errors:
    print("\nFAILED: %d problem(s)" % len(errors))
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("\nOK: all checks pass")
