# ruff: noqa  (hand-written data generator of blind set 25, kept as its writer left it)
"""Validate the twenty-fifth set against the README's rules and print its figures."""

import difflib
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal, InvalidOperation

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import cat25  # noqa: E402

ERR = []


def err(*a):
    ERR.append(" ".join(str(x) for x in a))


UNITS = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tray", "box", "tub"}
VTYPES = {"SIZE", "COLOR", "VOLUME", "WEIGHT"}
INTENTS = {"ORDER", "QUESTION", "COMPLAINT", "OTHER", "CHANGE", "CANCEL"}
HARD_TAGS = {"range", "conditional", "credit"}

cat = json.load(open(os.path.join(OUT, "catalog25.json"), encoding="utf-8"))
rows = []
for i, line in enumerate(open(os.path.join(OUT, "holdout25.jsonl"), encoding="utf-8")):
    try:
        rows.append(json.loads(line))
    except ValueError as e:
        err("holdout line", i + 1, "bad JSON", e)
hist = [json.loads(l) for l in open(os.path.join(OUT, "histories25.jsonl"), encoding="utf-8")]
H = {h["customer"]: h for h in hist}

# ---------------- catalog
seen = set()
for c in cat["categories"]:
    if c["parent"] is not None and c["parent"] not in seen:
        err("category parent not listed first:", c["name"])
    seen.add(c["name"])
PROD = {}
vskus = set()
aliases = {}
fam_words = set(cat25.FAMILIES)


def price_ok(p):
    try:
        d = Decimal(p)
    except (InvalidOperation, TypeError):
        return False
    return d > 0 and re.fullmatch(r"\d+\.\d\d", p) is not None


for p in cat["products"]:
    if p["sku"] in PROD:
        err("duplicate sku", p["sku"])
    PROD[p["sku"]] = p
    if p["category"] not in seen:
        err("unknown category", p["sku"])
    if p["unit"] not in UNITS:
        err("bad unit", p["sku"], p["unit"])
    if not price_ok(p["unit_price"]):
        err("bad price", p["sku"])
    for a in p["aliases"] + [x for v in p["variants"] for x in v["ai_aliases"]]:
        k = a.lower()
        if k in aliases and aliases[k] != p["sku"]:
            err("shared alias", a, aliases[k], p["sku"])
        aliases[k] = p["sku"]
        if k in fam_words:
            err("alias is a bare family word", a, p["sku"])
    names = set()
    for v in p["variants"]:
        if v["variant_type"] not in VTYPES:
            err("bad variant type", p["sku"], v)
        if not price_ok(v["unit_price"]):
            err("bad variant price", v["sku"])
        if v["sku"] in vskus or v["sku"] in PROD:
            err("duplicate variant sku", v["sku"])
        vskus.add(v["sku"])
        names.add(v["name"])
    if len(names) != len(p["variants"]):
        err("duplicate variant name", p["sku"])
for w, members in cat25.FAMILIES.items():
    for s in members:
        if s not in PROD:
            err("family member missing", w, s)
nprod = len(PROD)
nvar = sum(1 for p in PROD.values() if p["variants"])
if not 90 <= nprod <= 120:
    err("product count", nprod)
if not 12 <= nvar <= 18:
    err("products with variants", nvar)
VN = {s: [v["name"] for v in p["variants"]] for s, p in PROD.items()}


def check_line(l, where, allow_cands=True):
    s = l.get("sku")
    if s is None:
        if "variant" in l:
            err(where, "variant key on a null-sku line")
        c = l.get("candidates")
        if c is not None:
            if not allow_cands:
                err(where, "candidates not allowed here")
            if len(c) < 2:
                err(where, "fewer than 2 candidates")
            for x in c:
                if x not in PROD:
                    err(where, "unknown candidate", x)
            cv = l.get("candidate_variant")
            if cv is not None and not any(cv in VN.get(x, []) for x in c):
                err(where, "candidate_variant fits no candidate", cv)
        return
    if s not in PROD:
        err(where, "unknown sku", s)
        return
    if VN[s]:
        if "variant" not in l:
            err(where, "missing variant key", s)
        elif l["variant"] is not None and l["variant"] not in VN[s]:
            err(where, "unknown variant", s, l["variant"])
    elif "variant" in l:
        err(where, "variant key on product without variants", s)
    if "candidates" in l:
        err(where, "candidates on a line with a sku")


def is_open(l):
    return l.get("sku") is None or l.get("quantity") is None or ("variant" in l and l["variant"] is None)


def frac(l):
    q = l.get("quantity")
    return q is not None and float(q) != int(q)


# ---------------- histories
for h in hist:
    for k in ("customer", "name", "kind", "channel", "address", "language", "orders"):
        if k not in h:
            err("history field missing", h.get("customer"), k)
    dates = [o["date"] for o in h["orders"]]
    if dates != sorted(dates):
        err("history not oldest first", h["customer"])
    for o in h["orders"]:
        for l in o["lines"]:
            check_line(l, "history " + h["customer"], allow_cands=False)
            if l.get("sku") is None or l.get("quantity") is None or ("variant" in l and l["variant"] is None):
                err("incomplete history line", h["customer"], l)

# ---------------- messages
ids = [r.get("id") for r in rows]
if ids != ["a%03d" % (i + 1) for i in range(len(rows))]:
    err("ids not a001.. without gaps")
mindate = {}
for r in rows:
    mindate[r["customer"]] = min(mindate.get(r["customer"], "9999"), r["date"])
for r in rows:
    rid = r["id"]
    for k in ("id", "channel", "text", "intent", "lines", "notes", "customer", "date", "language", "tags"):
        if k not in r:
            err(rid, "missing field", k)
    if r["intent"] not in INTENTS:
        err(rid, "bad intent")
    if r["channel"] not in ("WHATSAPP", "SMS", "EMAIL"):
        err(rid, "bad channel")
    if r["customer"] not in H:
        err(rid, "unknown customer")
    tags = set(r["tags"])
    for l in r["lines"]:
        check_line(l, rid)
    if ("change_lines" in r) != (r["intent"] == "CHANGE"):
        err(rid, "change_lines only and always on CHANGE")
    for l in r.get("change_lines", []):
        check_line(l, rid + " change", allow_cands=False)
    hf = ("lines_with_history" in r, "expect_review_with_history" in r)
    if hf[0] != hf[1]:
        err(rid, "history fields not together")
    if r["intent"] != "ORDER":
        if r["lines"]:
            err(rid, "non-ORDER row with lines")
        if "expect_review" in r or hf[0]:
            err(rid, "non-ORDER row with review fields")
        continue
    if "expect_review" not in r:
        err(rid, "ORDER without expect_review")
        continue
    rev = r["expect_review"]
    notes = r["notes"]
    for l in r["lines"]:
        if is_open(l) or frac(l):
            if not rev:
                err(rid, "open or fractional line on a shippable row", l)
            if l.get("sku") is None and l.get("candidates") and "ambiguous" not in notes:
                err(rid, "candidate line without 'ambiguous' in notes")
            if l.get("sku") is None and not l.get("candidates") and "not in catalog" not in notes:
                err(rid, "null-sku line without 'not in catalog'")
            if "variant" in l and l["variant"] is None and "ambiguous" not in notes:
                err(rid, "null variant without 'ambiguous'")
            if (
                l.get("quantity") is None
                and "quantities not stated" not in notes
                and "not a whole number" not in notes
            ):
                err(rid, "null quantity without phrase")
    if "reference" in tags and not rev:
        err(rid, "reference row not in review")
    if tags & HARD_TAGS and not rev:
        err(rid, "range/conditional/credit row not in review")
    outlier = "outlier" in tags
    if ("clean" in tags) != (not rev and not outlier):
        err(rid, "clean tag wrong")
    if hf[0]:
        lwh, rwh = r["lines_with_history"], r["expect_review_with_history"]
        for l in lwh:
            check_line(l, rid + " lwh")
            if (is_open(l) or frac(l)) and not rwh:
                err(rid, "open line with history on a shippable row")
        if lwh == r["lines"] and rwh == rev:
            err(rid, "history fields change nothing")
        if r["customer"] in H and not H[r["customer"]]["orders"]:
            err(rid, "history fields for a first-time customer")
    if outlier:
        if rev or not hf[0] or not r["expect_review_with_history"]:
            err(rid, "outlier review flags wrong")
        for l in r["lines"]:
            prev = [
                x["quantity"] for o in H[r["customer"]]["orders"] for x in o["lines"] if x["sku"] == l["sku"]
            ]
            if not prev or l["quantity"] < 4 * max(prev):
                err(rid, "outlier quantity under 4x the largest earlier", l, prev and max(prev))
for h in hist:
    for o in h["orders"]:
        if h["customer"] in mindate and o["date"] >= mindate[h["customer"]]:
            err("history date not before messages", h["customer"], o["date"])

# ---------------- training examples, phones, e-mails, similarity
texts = [r["text"] for r in rows]
for p in PROD.values():
    for ex in p["ai_training_examples"]:
        for r in rows:
            if ex.lower() in r["text"].lower():
                err("training example inside a message", p["sku"], r["id"])
PHONE = re.compile(r"\+?\d[\d ]{8,}\d")
OK_PREFIX = ("447700900", "07700900", "02079460", "01632960")
for r in rows:
    for m in PHONE.findall(r["text"]):
        d = re.sub(r"\D", "", m)
        if not d.startswith(OK_PREFIX):
            err(r["id"], "phone not a drama number", m)
    for m in re.findall(r"[\w.+-]+@[\w.-]+", r["text"]):
        if not m.rstrip(".").endswith(".example"):
            err(r["id"], "e-mail not under .example", m)
for h in hist:
    a = h["address"]
    if "@" in a:
        if not a.endswith(".example"):
            err("history address", a)
    elif not re.sub(r"\D", "", a).startswith(OK_PREFIX):
        err("history phone", a)
best = (0, None, None)
low = [t.lower() for t in texts]
for i in range(len(low)):
    for j in range(i + 1, len(low)):
        sm = difflib.SequenceMatcher(None, low[i], low[j])
        if sm.real_quick_ratio() < 0.7 or sm.quick_ratio() < 0.7:
            continue
        rr = sm.ratio()
        if rr > best[0]:
            best = (rr, rows[i]["id"], rows[j]["id"])
        if rr >= 0.7:
            err("similar texts", rows[i]["id"], rows[j]["id"], round(rr, 2))
# exact max for reporting
mx = 0.0
for i in range(len(low)):
    for j in range(i + 1, len(low)):
        sm = difflib.SequenceMatcher(None, low[i], low[j])
        if sm.quick_ratio() > mx:
            rr = sm.ratio()
            mx = max(mx, rr)

# ---------------- figures
n = len(rows)
orders = [r for r in rows if r["intent"] == "ORDER"]
clean = [r for r in orders if "clean" in r["tags"]]
if n < 160:
    err("fewer than 160 messages")
if len(clean) < 0.4 * n:
    err("clean share under 40%", len(clean), n)
lines = [l for r in orders for l in r["lines"]]
print(
    "catalog: %d categories (%d top-level), %d products, %d with variants, %d variants; units %s"
    % (
        len(cat["categories"]),
        sum(1 for c in cat["categories"] if c["parent"] is None),
        nprod,
        nvar,
        sum(len(p["variants"]) for p in PROD.values()),
        dict(Counter(p["unit"] for p in PROD.values()).most_common()),
    )
)
print(
    "histories: %d customers, %d with orders, %d orders, %d lines, %s to %s"
    % (
        len(hist),
        sum(1 for h in hist if h["orders"]),
        sum(len(h["orders"]) for h in hist),
        sum(len(o["lines"]) for h in hist for o in h["orders"]),
        min(o["date"] for h in hist for o in h["orders"]),
        max(o["date"] for h in hist for o in h["orders"]),
    )
)
print("messages:", n, "dates", min(r["date"] for r in rows), "to", max(r["date"] for r in rows))
print("intents:", dict(Counter(r["intent"] for r in rows).most_common()))
print("channels:", dict(Counter(r["channel"] for r in rows).most_common()))
print(
    "languages:",
    dict(Counter(r["language"] for r in rows).most_common()),
    "; non-English ORDER:",
    sum(1 for r in orders if r["language"] != "en"),
)
nullsku = [l for l in lines if l["sku"] is None]
print(
    "order lines: %d; null sku %d (%d ambiguous with candidates, %d not in catalog); %d of a product with variants (%d with no variant); %d null quantity"
    % (
        len(lines),
        len(nullsku),
        sum(1 for l in nullsku if l.get("candidates")),
        sum(1 for l in nullsku if not l.get("candidates")),
        sum(1 for l in lines if "variant" in l),
        sum(1 for l in lines if "variant" in l and l["variant"] is None),
        sum(1 for l in lines if l["quantity"] is None),
    )
)
outl = [r for r in orders if "outlier" in r["tags"]]
print(
    "review: %d shippable (%d clean + %d outliers), %d in review; clean share %.1f%% (%d/%d)"
    % (
        sum(1 for r in orders if not r["expect_review"]),
        len(clean),
        len(outl),
        sum(1 for r in orders if r["expect_review"]),
        100.0 * len(clean) / n,
        len(clean),
        n,
    )
)
wh = [r for r in orders if "lines_with_history" in r]
print(
    "history: lines_with_history on %d rows: %d review->no review, %d stay in review, %d no review->review; with history %d of %d orders shippable"
    % (
        len(wh),
        sum(1 for r in wh if r["expect_review"] and not r["expect_review_with_history"]),
        sum(1 for r in wh if r["expect_review"] and r["expect_review_with_history"]),
        sum(1 for r in wh if not r["expect_review"] and r["expect_review_with_history"]),
        sum(1 for r in orders if not r.get("expect_review_with_history", r["expect_review"])),
        len(orders),
    )
)
used = set()
for r in rows:
    for l in r["lines"] + r.get("lines_with_history", []) + r.get("change_lines", []):
        if l.get("sku"):
            used.add(l["sku"])
        used.update(l.get("candidates", []))
print(
    "coverage: %d of %d products in a label or as a candidate; missing: %s"
    % (len(used & set(PROD)), nprod, sorted(set(PROD) - used))
)
print("tags:", dict(Counter(t for r in rows for t in r["tags"]).most_common()))
print("highest difflib similarity between two texts: %.2f" % mx)
if ERR:
    print("\nFAILED: %d problems" % len(ERR))
    for e in ERR:
        print(" -", e)
    sys.exit(1)
print("\nOK: all checks pass")
