# ruff: noqa  (hand-written data generator of blind set 47, kept as its writer left it)
"""Validate blind set 47 (catalog47.json, holdout47.jsonl, histories47.jsonl) and print the README figures."""

import collections
import difflib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)
import cat47  # noqa: E402

ERR = []


def err(msg):
    ERR.append(msg)


UNITS = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tray", "box", "tub"}
VTYPES = {"SIZE", "COLOR", "VOLUME", "WEIGHT"}
DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")


def load_jsonl(name):
    out = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as e:
                err("%s line %d: invalid JSON (%s)" % (name, i, e))
    return out


with open(os.path.join(OUT, "catalog47.json"), encoding="utf-8") as f:
    catalog = json.load(f)
rows = load_jsonl("holdout47.jsonl")
hists = load_jsonl("histories47.jsonl")

# ---------------------------------------------------------------- catalog
prods = {p["sku"]: p for p in catalog["products"]}
pvariants = {p["sku"]: [v["name"] for v in p["variants"]] for p in catalog["products"]}
if len(prods) != len(catalog["products"]):
    err("duplicate product sku")
seen_cat = set()
for c in catalog["categories"]:
    if c["parent"] is not None and c["parent"] not in seen_cat:
        err("category %s listed before its parent" % c["name"])
    seen_cat.add(c["name"])
alias_owner = {}
family = {w.lower() for w in cat47.FAMILY_WORDS}
all_skus = set()
for p in catalog["products"]:
    if p["sku"] in all_skus:
        err("sku reused: " + p["sku"])
    all_skus.add(p["sku"])
    if p["category"] not in seen_cat:
        err("unknown category " + p["category"])
    if p["unit"] not in UNITS:
        err("bad unit %s on %s" % (p["unit"], p["sku"]))
    if not re.fullmatch(r"\d+\.\d\d", p["unit_price"]):
        err("bad price on " + p["sku"])
    aliases = list(p["aliases"])
    for v in p["variants"]:
        if v.get("variant_type") not in VTYPES:
            err("bad variant type on %s %s" % (p["sku"], v["name"]))
        if not v.get("sku") or not re.fullmatch(r"\d+\.\d\d", v.get("unit_price", "")):
            err("variant without sku/unit_price on %s %s" % (p["sku"], v["name"]))
        if v["sku"] in all_skus:
            err("variant sku reused: " + v["sku"])
        all_skus.add(v["sku"])
        aliases += v.get("ai_aliases", [])
    if len(set(pvariants[p["sku"]])) != len(pvariants[p["sku"]]):
        err("duplicate variant name on " + p["sku"])
    for a in aliases:
        k = a.lower()
        if k in alias_owner and alias_owner[k] != p["sku"]:
            err("alias %r shared by %s and %s" % (a, alias_owner[k], p["sku"]))
        alias_owner[k] = p["sku"]
        if k in family:
            err("alias %r on %s is a bare family word" % (a, p["sku"]))
n_prod = len(prods)
n_var_prod = sum(1 for p in catalog["products"] if p["variants"])
n_var = sum(len(p["variants"]) for p in catalog["products"])
if not 90 <= n_prod <= 130:
    err("product count %d outside 90-130" % n_prod)
if not 12 <= n_var_prod <= 20:
    err("products with variants %d outside 12-20" % n_var_prod)
examples = [e.lower() for p in catalog["products"] for e in p["ai_training_examples"]]


# ---------------------------------------------------------------- helpers
def check_line(l, where, allow_null=True):
    if "sku" not in l or "quantity" not in l:
        err("%s: incomplete line %r" % (where, l))
        return
    s = l["sku"]
    if s is None:
        if not allow_null:
            err("%s: null sku" % where)
        if "variant" in l:
            err("%s: variant key on a null-sku line" % where)
        c = l.get("candidates")
        if c is not None:
            if len(c) < 2:
                err("%s: fewer than 2 candidates" % where)
            for x in c:
                if x not in prods:
                    err("%s: unknown candidate %s" % (where, x))
            cv = l.get("candidate_variant")
            if cv is not None and not any(cv in pvariants.get(x, []) for x in c):
                err("%s: candidate_variant %r fits no candidate" % (where, cv))
        elif "candidate_variant" in l:
            err("%s: candidate_variant without candidates" % where)
        return
    if s not in prods:
        err("%s: unknown sku %s" % (where, s))
        return
    if pvariants[s]:
        if "variant" not in l:
            err("%s: missing variant key on %s" % (where, s))
        elif l["variant"] is not None and l["variant"] not in pvariants[s]:
            err("%s: unknown variant %r of %s" % (where, l["variant"], s))
    elif "variant" in l:
        err("%s: variant key on %s, which has no variants" % (where, s))
    if "candidates" in l:
        err("%s: candidates on a resolved line" % where)


def is_open(l):
    q = l["quantity"]
    return (
        l["sku"] is None
        or q is None
        or (bool(pvariants.get(l["sku"])) and l.get("variant") is None)
        or q != int(q)
    )


def note_ok(l, notes):
    n = notes.lower()
    if l["sku"] is None:
        return "ambiguous" in n or "not in catalog" in n
    if l["quantity"] is None:
        return "quantities not stated" in n or "not a whole number" in n
    if pvariants.get(l["sku"]) and l.get("variant") is None:
        return "ambiguous" in n
    return True


def phones(text):
    t = text.translate(DIGITS)
    found = re.findall(r"(?:\+44[\s\d]{9,14}\d|(?<![\d\w£.,/-])0\d[\d ]{8,12}\d)", t)
    return found


def phone_ok(p):
    d = re.sub(r"\D", "", p)
    if d.startswith("44"):
        d = "0" + d[2:]
    return bool(re.fullmatch(r"07700900\d{3}|02079460\d{3}|01632960\d{3}", d))


def emails(text):
    return re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text)


# ---------------------------------------------------------------- histories
hist_of = {}
bought_max = collections.defaultdict(int)
for h in hists:
    hist_of[h["customer"]] = h
    for k in ("customer", "name", "kind", "channel", "address", "language", "orders"):
        if k not in h:
            err("history %s lacks %s" % (h.get("customer"), k))
    a = h["address"]
    if "@" in a:
        if not a.endswith(".example"):
            err("history address not .example: " + a)
    elif not phone_ok(a):
        err("history phone not drama: " + a)
    for o in h["orders"]:
        if o["date"] <= "2028-01-01":
            err("history date not after 2028-01-01")
        for l in o["lines"]:
            check_line(l, "history %s %s" % (h["customer"], o["date"]), allow_null=False)
            if l.get("quantity") is None:
                err("history line without quantity")
            bought_max[(h["customer"], l["sku"])] = max(bought_max[(h["customer"], l["sku"])], l["quantity"])

# ---------------------------------------------------------------- messages
for i, r in enumerate(rows, 1):
    if r.get("id") != "pr%03d" % i:
        err("id %r at position %d" % (r.get("id"), i))
texts = []
for r in rows:
    rid = r["id"]
    for k in ("id", "channel", "customer", "date", "language", "text", "intent", "lines", "notes", "tags"):
        if k not in r:
            err("%s lacks %s" % (rid, k))
    if r["channel"] not in ("WHATSAPP", "SMS", "EMAIL"):
        err("%s bad channel" % rid)
    if r["intent"] not in ("ORDER", "QUESTION", "COMPLAINT", "OTHER", "CANCEL", "CHANGE"):
        err("%s bad intent" % rid)
    if r["date"] <= "2028-01-01":
        err("%s date not after 2028-01-01" % rid)
    h = hist_of.get(r["customer"])
    if h is None:
        err("%s unknown customer" % rid)
    else:
        for o in h["orders"]:
            if o["date"] >= r["date"]:
                err("%s: history order %s not before message date" % (rid, o["date"]))
    texts.append(r["text"])
    for p in phones(r["text"]):
        if not phone_ok(p):
            err("%s: non-drama phone %r" % (rid, p))
    for e in emails(r["text"]):
        if not e.lower().endswith(".example"):
            err("%s: e-mail not .example: %s" % (rid, e))
    low = r["text"].lower()
    for ex in examples:
        if ex in low:
            err("%s contains a training example" % rid)
    tags = r["tags"]
    has_hist = ("lines_with_history" in r, "expect_review_with_history" in r)
    if has_hist[0] != has_hist[1]:
        err("%s: history fields not together" % rid)
    if r["intent"] != "ORDER":
        if r["lines"]:
            err("%s: non-ORDER row with lines" % rid)
        for k in ("expect_review", "lines_with_history", "expect_review_with_history"):
            if k in r:
                err("%s: non-ORDER row with %s" % (rid, k))
        if "clean" in tags:
            err("%s: clean on a non-order" % rid)
    else:
        if "expect_review" not in r:
            err("%s: ORDER without expect_review" % rid)
            continue
        rev = r["expect_review"]
        for l in r["lines"]:
            check_line(l, rid)
            if is_open(l):
                if not rev:
                    err("%s: open line on a shippable row" % rid)
                if not note_ok(l, r["notes"]) and not (
                    l["quantity"] is not None and l["quantity"] != int(l["quantity"])
                ):
                    err("%s: notes lack the phrase for %r" % (rid, l))
        if "lines_with_history" in r:
            revh = r["expect_review_with_history"]
            for l in r["lines_with_history"]:
                check_line(l, rid + " (history)")
                if is_open(l) and not revh:
                    err("%s: open history line on a shippable row" % rid)
                if (
                    is_open(l)
                    and not note_ok(l, r["notes"])
                    and l["quantity"] is not None
                    and l["quantity"] == int(l["quantity"])
                ):
                    err("%s: notes lack the phrase for history line %r" % (rid, l))
            if r["lines_with_history"] == r["lines"] and revh == rev:
                err("%s: history fields that change nothing" % rid)
        shippable = not rev
        if ("clean" in tags) != (shippable and "outlier" not in tags):
            err("%s: clean tag wrong" % rid)
        if "outlier" in tags:
            if rev or r.get("expect_review_with_history") is not True:
                err("%s: outlier review flags wrong" % rid)
            ok = any(
                l["sku"] and l["quantity"] >= 4 * bought_max.get((r["customer"], l["sku"]), 10**9)
                for l in r["lines"]
            )
            if not ok:
                err("%s: outlier not 4x the largest earlier quantity" % rid)
        if "reference" in tags and not rev:
            err("%s: reference row not in review" % rid)
    if r["intent"] == "CHANGE":
        if "change_lines" not in r:
            err("%s: CHANGE without change_lines" % rid)
        else:
            for l in r["change_lines"]:
                check_line(l, rid + " (change)")
    elif "change_lines" in r:
        err("%s: change_lines on a %s row" % (rid, r["intent"]))

# similarity
best = (0.0, None, None)
for i in range(len(texts)):
    for j in range(i + 1, len(texts)):
        sm = difflib.SequenceMatcher(None, texts[i], texts[j], autojunk=False)
        if sm.real_quick_ratio() <= best[0] or sm.quick_ratio() <= best[0]:
            continue
        r_ = sm.ratio()
        if r_ > best[0]:
            best = (r_, rows[i]["id"], rows[j]["id"])
        if r_ >= 0.7:
            err("texts %s and %s too similar (%.2f)" % (rows[i]["id"], rows[j]["id"], r_))

n = len(rows)
orders = [r for r in rows if r["intent"] == "ORDER"]
clean = [r for r in rows if "clean" in r["tags"]]
if n < 170:
    err("only %d messages" % n)
if len(clean) < 0.4 * n:
    err("clean %d of %d is under 40%%" % (len(clean), n))

# ---------------------------------------------------------------- figures
print(
    "catalog47.json: %d categories (%d top-level), %d products, %d with %d variants; units %s"
    % (
        len(catalog["categories"]),
        sum(1 for c in catalog["categories"] if c["parent"] is None),
        n_prod,
        n_var_prod,
        n_var,
        dict(collections.Counter(p["unit"] for p in catalog["products"]).most_common()),
    )
)
no = [o for h in hists for o in h["orders"]]
print(
    "histories47.jsonl: %d customers, %d orders, %d lines, %s to %s, %d without orders"
    % (
        len(hists),
        len(no),
        sum(len(o["lines"]) for o in no),
        min(o["date"] for o in no),
        max(o["date"] for o in no),
        sum(1 for h in hists if not h["orders"]),
    )
)
print(
    "holdout47.jsonl: %d messages, dates %s to %s"
    % (n, min(r["date"] for r in rows), max(r["date"] for r in rows))
)
ic = collections.Counter(r["intent"] for r in rows)
print(
    "intents:",
    ", ".join("%d %s" % (v, k) for k, v in ic.most_common()),
    "(ORDER %.0f%%)" % (100 * ic["ORDER"] / n),
)
print(
    "channels:",
    ", ".join("%d %s" % (v, k) for k, v in collections.Counter(r["channel"] for r in rows).most_common()),
)
print(
    "languages:",
    ", ".join("%d %s" % (v, k) for k, v in collections.Counter(r["language"] for r in rows).most_common()),
    "(%d ORDER messages not English)" % sum(1 for r in orders if r["language"] != "en"),
)
L = [l for r in orders for l in r["lines"]]
print(
    "order lines: %d; null sku %d (%d ambiguous with candidates, %d not in catalog); %d of a product with variants "
    "(%d with no variant); %d null quantity; %d fractional"
    % (
        len(L),
        sum(1 for l in L if l["sku"] is None),
        sum(1 for l in L if l["sku"] is None and l.get("candidates")),
        sum(1 for l in L if l["sku"] is None and not l.get("candidates")),
        sum(1 for l in L if l["sku"] and pvariants[l["sku"]]),
        sum(1 for l in L if l["sku"] and pvariants[l["sku"]] and l.get("variant") is None),
        sum(1 for l in L if l["quantity"] is None),
        sum(1 for l in L if l["quantity"] is not None and l["quantity"] != int(l["quantity"])),
    )
)
ship = [r for r in orders if not r["expect_review"]]
outl = [r for r in orders if "outlier" in r["tags"]]
print(
    "review: %d ORDER shippable as written (%d clean + %d outliers), %d need a human; clean %d of %d = %.1f%%"
    % (len(ship), len(clean), len(outl), len(orders) - len(ship), len(clean), n, 100 * len(clean) / n)
)
hr = [r for r in orders if "lines_with_history" in r]
to_ship = sum(1 for r in hr if r["expect_review"] and not r["expect_review_with_history"])
keep = sum(1 for r in hr if r["expect_review"] and r["expect_review_with_history"])
up = sum(1 for r in hr if not r["expect_review"] and r["expect_review_with_history"])
unchanged = sum(1 for r in orders if r["expect_review"] and "lines_with_history" not in r)
with_h = sum(1 for r in orders if not r.get("expect_review_with_history", r["expect_review"]))
print(
    "history: lines_with_history on %d rows: %d review->no review, %d keep review, %d outliers no->review; "
    "%d review rows unchanged (no history fields); with history %d of %d orders ship"
    % (len(hr), to_ship, keep, up, unchanged, with_h, len(orders))
)
used = set()
for r in rows:
    for l in r["lines"] + r.get("change_lines", []):
        if l["sku"]:
            used.add(l["sku"])
        for c in l.get("candidates", []):
            used.add(c)
print(
    "coverage: %d of %d products appear in a label or as a candidate%s"
    % (
        len(used & set(prods)),
        n_prod,
        "" if used >= set(prods) else "; missing " + ", ".join(sorted(set(prods) - used)),
    )
)
tc = collections.Counter(t for r in rows for t in r["tags"])
print("tags:", ", ".join("`%s` %d" % (k, v) for k, v in sorted(tc.items(), key=lambda kv: (-kv[1], kv[0]))))
nor = [r for r in rows if "non_order_request" in r["tags"]]
print(
    "non_order_request: %d rows (%s)"
    % (
        len(nor),
        ", ".join("%d %s" % (v, k) for k, v in collections.Counter(r["intent"] for r in nor).most_common()),
    )
)
print("highest difflib ratio between two texts: %.2f (%s, %s)" % best)
if ERR:
    print("\nFAILED: %d problems" % len(ERR))
    for e in ERR[:80]:
        print(" -", e)
    sys.exit(1)
print("\nOK: all checks passed")
