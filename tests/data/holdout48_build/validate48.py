# ruff: noqa  (hand-written data generator of blind set 48, kept as its writer left it)
"""Validate the forty-eighth blind set and print its figures. Written by blind48. Standard library only."""

import difflib
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import cat48  # noqa: E402

ERR = []


def err(msg):
    ERR.append(msg)


def load_jsonl(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for i, ln in enumerate(f, 1):
            try:
                rows.append(json.loads(ln))
            except Exception as e:  # noqa: BLE001
                err("%s line %d: invalid JSON %s" % (path, i, e))
    return rows


with open(os.path.join(OUT, "catalog48.json"), encoding="utf-8") as f:
    CAT = json.load(f)
MSGS = load_jsonl(os.path.join(OUT, "holdout48.jsonl"))
HIST = load_jsonl(os.path.join(OUT, "histories48.jsonl"))
PROD = {p["sku"]: p for p in CAT["products"]}
HISTD = {h["customer"]: h for h in HIST}
UNITS = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tray", "box", "tub"}
VTYPES = {"SIZE", "COLOR", "VOLUME", "WEIGHT"}
PRICE = re.compile(r"^\d+\.\d\d$")

# ---------------- catalog
names = set()
for c in CAT["categories"]:
    if c["parent"] is not None and c["parent"] not in names:
        err("category %s listed before its parent" % c["name"])
    names.add(c["name"])
n_prod = len(CAT["products"])
n_var_prod = sum(1 for p in CAT["products"] if p["variants"])
n_var = sum(len(p["variants"]) for p in CAT["products"])
if not 90 <= n_prod <= 130:
    err("products %d not in 90-130" % n_prod)
if not 12 <= n_var_prod <= 20:
    err("products with variants %d not in 12-20" % n_var_prod)
skus = Counter()
aliases = Counter()
family = {w.lower() for w in cat48.FAMILY_WORDS}
for p in CAT["products"]:
    skus[p["sku"]] += 1
    if p["category"] not in names:
        err("unknown category " + p["category"])
    if p["unit"] not in UNITS:
        err("bad unit %s on %s" % (p["unit"], p["sku"]))
    if not PRICE.match(p["unit_price"]):
        err("bad price on " + p["sku"])
    for a in p["aliases"]:
        aliases[a.lower()] += 1
    vn = Counter()
    for v in p["variants"]:
        vn[v["name"]] += 1
        skus[v.get("sku")] += 1
        if not v.get("sku"):
            err("variant without sku on " + p["sku"])
        if v["variant_type"] not in VTYPES:
            err("bad variant type on " + p["sku"])
        if not PRICE.match(v.get("unit_price", "")):
            err("bad variant price on " + p["sku"])
        for a in v.get("ai_aliases", []):
            aliases[a.lower()] += 1
    if any(n > 1 for n in vn.values()):
        err("duplicate variant name on " + p["sku"])
for s, n in skus.items():
    if n > 1:
        err("sku not unique: %s" % s)
for a, n in aliases.items():
    if n > 1:
        err("alias shared: %s" % a)
    if a in family:
        err("alias is a bare family word: %s" % a)


def vnames(s):
    return [v["name"] for v in PROD[s]["variants"]]


def check_line(l, where, allow_null=True):
    s = l.get("sku")
    if s is None:
        if not allow_null:
            err("%s: null sku" % where)
        if "variant" in l:
            err("%s: variant key on a null-sku line" % where)
        if "candidates" in l:
            c = l["candidates"]
            if len(c) < 2:
                err("%s: fewer than 2 candidates" % where)
            for x in c:
                if x not in PROD:
                    err("%s: unknown candidate %s" % (where, x))
            cv = l.get("candidate_variant")
            if cv is not None and not any(x in PROD and cv in vnames(x) for x in c):
                err("%s: candidate_variant %s fits no candidate" % (where, cv))
        return
    if s not in PROD:
        err("%s: unknown sku %s" % (where, s))
        return
    if PROD[s]["variants"]:
        if "variant" not in l:
            err("%s: missing variant key on %s" % (where, s))
        elif l["variant"] is not None and l["variant"] not in vnames(s):
            err("%s: unknown variant %s on %s" % (where, l["variant"], s))
    elif "variant" in l:
        err("%s: variant key on %s which has no variants" % (where, s))


def is_open(l):
    return (
        l.get("sku") is None
        or l.get("quantity") is None
        or ("variant" in l and l["variant"] is None)
        or is_fraction(l)
    )


def is_fraction(l):
    q = l.get("quantity")
    s = l.get("sku")
    return s is not None and q is not None and s in PROD and PROD[s]["unit"] != "kg" and q != int(q)


# ---------------- histories
for h in HIST:
    prev = ""
    for o in h["orders"]:
        if o["date"] <= "2028-01-01":
            err("history date not after 2028-01-01")
        if o["date"] < prev:
            err("history not in date order for " + h["customer"])
        prev = o["date"]
        for l in o["lines"]:
            check_line(l, "history " + h["customer"], allow_null=False)
            if l.get("quantity") is None or ("variant" in l and l["variant"] is None):
                err("incomplete history line for " + h["customer"])

# ---------------- messages
ids = [m["id"] for m in MSGS]
if ids != ["yp%03d" % i for i in range(1, len(MSGS) + 1)]:
    err("ids do not run yp001... without gaps")
train = [e.lower() for p in CAT["products"] for e in p["ai_training_examples"]]
PHONE = re.compile(r"(?<![\w/.-])\+?\d[\d ]{8,}\d")
EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")


def drama(num):
    d = re.sub(r"\D", "", num)
    if d.startswith("44"):
        d = "0" + d[2:]
    return d.startswith("07700900") or d.startswith("0207946") or d.startswith("020 7946")


def check_contacts(text, where):
    for m in PHONE.finditer(text):
        if len(re.sub(r"\D", "", m.group(0))) >= 10 and not drama(m.group(0)):
            err("%s: non-drama phone %s" % (where, m.group(0)))
    for m in EMAIL.finditer(text):
        if not m.group(1).lower().endswith(".example"):
            err("%s: e-mail not under .example: %s" % (where, m.group(0)))


for h in HIST:
    a = h["address"]
    if "@" in a:
        check_contacts(a, "address " + h["customer"])
    elif not drama(a):
        err("address not a drama number: " + a)

REVIEW_WORDS = ("ambiguous", "not in catalog", "quantities not stated", "not a whole number")
for m in MSGS:
    w = m["id"]
    if m["date"] <= "2028-01-01":
        err(w + ": date not after 2028-01-01")
    c = m.get("customer")
    if c not in HISTD:
        err(w + ": unknown customer")
        continue
    for o in HISTD[c]["orders"]:
        if o["date"] >= m["date"]:
            err(w + ": history order not before the message")
    check_contacts(m["text"], w)
    low = m["text"].lower()
    for t in train:
        if t in low:
            err(w + ": training example inside message: " + t)
    tags = m.get("tags", [])
    hist_fields = [k for k in ("lines_with_history", "expect_review_with_history") if k in m]
    if len(hist_fields) == 1:
        err(w + ": history fields not together")
    if m["intent"] != "ORDER":
        if m["lines"]:
            err(w + ": non-ORDER row with lines")
        if "expect_review" in m or hist_fields:
            err(w + ": non-ORDER row with review fields")
        if (m["intent"] == "CHANGE") != ("change_lines" in m):
            err(w + ": change_lines only and always on CHANGE rows")
        for l in m.get("change_lines", []):
            check_line(l, w + " change_lines", allow_null=False)
        if "clean" in tags:
            err(w + ": clean on a non-order")
        continue
    if "change_lines" in m:
        err(w + ": change_lines on an ORDER row")
    if "expect_review" not in m:
        err(w + ": ORDER without expect_review")
        continue
    for l in m["lines"]:
        check_line(l, w)
    for l in m.get("lines_with_history", []):
        check_line(l, w + " lines_with_history")
    notes = m.get("notes", "")
    for ls, rv, lab in (
        (m["lines"], m["expect_review"], "lines"),
        (m.get("lines_with_history", []), m.get("expect_review_with_history"), "lines_with_history"),
    ):
        for l in ls:
            if is_open(l):
                if rv is not True:
                    err("%s: open line in %s on a shippable row" % (w, lab))
                if not any(x in notes for x in REVIEW_WORDS) and not is_fraction(l):
                    err("%s: open line but notes lack the standard words" % w)
    if (
        hist_fields
        and m["lines_with_history"] == m["lines"]
        and m["expect_review_with_history"] == m["expect_review"]
    ):
        err(w + ": history fields that change nothing")
    if "reference" in tags and not m["expect_review"]:
        err(w + ": reference row not in review")
    shippable = not m["expect_review"]
    outlier = "outlier" in tags
    if ("clean" in tags) != (shippable and not outlier):
        err(w + ": clean tag wrong")
    if outlier:
        if m["expect_review"] or m.get("expect_review_with_history") is not True:
            err(w + ": outlier review flags wrong")
        for l in m["lines"]:
            mx = max(
                [x["quantity"] for o in HISTD[c]["orders"] for x in o["lines"] if x["sku"] == l["sku"]] or [0]
            )
            if l["quantity"] < 4 * mx or mx == 0:
                err(w + ": outlier not 4x the largest earlier quantity")

# ---------------- similarity
texts = [m["text"] for m in MSGS]
best = (0.0, None, None)
for i in range(len(texts)):
    for j in range(i + 1, len(texts)):
        sm = difflib.SequenceMatcher(None, texts[i], texts[j], autojunk=False)
        t = min(best[0], 0.7)
        if sm.real_quick_ratio() < t or sm.quick_ratio() < t:
            continue
        r = sm.ratio()
        if r > best[0]:
            best = (r, MSGS[i]["id"], MSGS[j]["id"])
        if r >= 0.7:
            err("texts too similar: %s %s %.2f" % (MSGS[i]["id"], MSGS[j]["id"], r))

# ---------------- figures
orders = [m for m in MSGS if m["intent"] == "ORDER"]
clean = [m for m in orders if "clean" in m["tags"]]
n = len(MSGS)
if n < 170:
    err("fewer than 170 messages")
if len(clean) < 0.4 * n:
    err("clean orders %d below 40%% of %d" % (len(clean), n))

intents = Counter(m["intent"] for m in MSGS)
chans = Counter(m["channel"] for m in MSGS)
langs = Counter(m["language"] for m in MSGS)
lines = [l for m in orders for l in m["lines"]]
null_sku = [l for l in lines if l["sku"] is None]
amb = [l for l in null_sku if "candidates" in l]
var_lines = [l for l in lines if "variant" in l]
print("messages", n)
print(
    "intents",
    ", ".join("%d %s" % (v, k) for k, v in intents.most_common()),
    "(ORDER %.0f%%)" % (100 * intents["ORDER"] / n),
)
print("channels", ", ".join("%d %s" % (v, k) for k, v in chans.most_common()))
print(
    "languages",
    ", ".join("%d %s" % (v, k) for k, v in langs.most_common()),
    "(non-English ORDER: %d)" % sum(1 for m in orders if m["language"] != "en"),
)
print(
    "order lines %d: %d null sku (%d ambiguous with candidates, %d not in catalog), %d of a product with variants (%d with no variant), "
    "%d null quantity, %d fractional"
    % (
        len(lines),
        len(null_sku),
        len(amb),
        len(null_sku) - len(amb),
        len(var_lines),
        sum(1 for l in var_lines if l["variant"] is None),
        sum(1 for l in lines if l["quantity"] is None),
        sum(1 for l in lines if is_fraction(l)),
    )
)
ship = [m for m in orders if not m["expect_review"]]
print(
    "review: %d shippable (%d clean + %d outliers), %d expect_review; clean %d of %d = %.1f%%"
    % (
        len(ship),
        len(clean),
        len(ship) - len(clean),
        len(orders) - len(ship),
        len(clean),
        n,
        100 * len(clean) / n,
    )
)
wh = [m for m in orders if "lines_with_history" in m]
to_ship = sum(1 for m in wh if m["expect_review"] and not m["expect_review_with_history"])
keep = sum(1 for m in wh if m["expect_review"] and m["expect_review_with_history"])
outl = sum(1 for m in wh if not m["expect_review"] and m["expect_review_with_history"])
unchanged = sum(1 for m in orders if m["expect_review"] and "lines_with_history" not in m)
ship_h = sum(1 for m in orders if not m.get("expect_review_with_history", m["expect_review"]))
print(
    "history: lines_with_history on %d rows: %d review->ship, %d keep review, %d outliers ship->review; %d review rows unchanged; "
    "with history %d of %d orders ship" % (len(wh), to_ship, keep, outl, unchanged, ship_h, len(orders))
)
used = set()
for m in MSGS:
    for l in m["lines"] + m.get("lines_with_history", []) + m.get("change_lines", []):
        if l.get("sku"):
            used.add(l["sku"])
        used.update(l.get("candidates", []))
print("coverage: %d of %d products in a label or as a candidate" % (len(used & set(PROD)), len(PROD)))
print(
    "catalog: %d categories, %d products, %d with %d variants; units %s"
    % (
        len(CAT["categories"]),
        n_prod,
        n_var_prod,
        n_var,
        dict(Counter(p["unit"] for p in CAT["products"]).most_common()),
    )
)
no = sum(len(h["orders"]) for h in HIST)
nl = sum(len(o["lines"]) for h in HIST for o in h["orders"])
ds = sorted(o["date"] for h in HIST for o in h["orders"])
print(
    "histories: %d customers, %d orders, %d lines, %s to %s; message dates %s to %s"
    % (len(HIST), no, nl, ds[0], ds[-1], min(m["date"] for m in MSGS), max(m["date"] for m in MSGS))
)
tc = Counter(t for m in MSGS for t in m["tags"])
print("tags", ", ".join("%s %d" % (k, v) for k, v in tc.most_common()))
print("highest difflib ratio %.2f (%s, %s)" % best)
if ERR:
    print("\nFAILED: %d problems" % len(ERR))
    for e in ERR[:80]:
        print(" -", e)
    sys.exit(1)
print("\nOK: all checks pass")
