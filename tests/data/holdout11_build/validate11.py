# ruff: noqa  (hand-written data generator for the eleventh blind set, kept as its writer left it)
"""Checks catalog11.json, histories11.jsonl and holdout11.jsonl and prints the figures.

usage: /usr/bin/python3 validate11.py [datadir]   (default: the folder above this one)
Exit status 1 on any failure.
"""

import collections
import difflib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
D = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
UNITS = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tray", "box", "tub"}
VTYPES = {"SIZE", "COLOR", "VOLUME", "WEIGHT"}
INTENTS = {"ORDER", "QUESTION", "COMPLAINT", "OTHER", "CANCEL", "CHANGE"}
CHANNELS = {"WHATSAPP", "SMS", "EMAIL"}
LANGS = {"en", "es", "fr", "de", "it", "nl", "pt", "el", "pl", "ro"}
FAMILY_WORDS = {
    "tomatoes",
    "toms",
    "onions",
    "potatoes",
    "spuds",
    "pots",
    "mushrooms",
    "lettuce",
    "peppers",
    "chillies",
    "chilli",
    "spinach",
    "cabbage",
    "apples",
    "oranges",
    "melon",
    "melons",
    "parsley",
    "eggs",
    "milk",
    "beetroot",
    "avocados",
    "avocado",
    "avos",
    "blueberries",
    "cherry tomatoes",
    "juice",
    "salad",
    "herbs",
    "beans",
}
NOTE_WORDS = ("ambiguous", "not in catalog", "quantities not stated")
PRICE = re.compile(r"^\d+\.\d\d$")

errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def load_jsonl(p):
    out = []
    with open(p, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                out.append(json.loads(line))
            except Exception as e:  # noqa: BLE001
                err("invalid JSON", p, i, e)
    return out


with open(os.path.join(D, "catalog11.json"), encoding="utf-8") as f:
    cat = json.load(f)
hist = load_jsonl(os.path.join(D, "histories11.jsonl"))
rows = load_jsonl(os.path.join(D, "holdout11.jsonl"))

# ---------------------------------------------------------------- catalog
seen_cat = set()
for c in cat["categories"]:
    if c["parent"] is not None and c["parent"] not in seen_cat:
        err("category parent not listed before child", c["name"])
    if c["name"] in seen_cat:
        err("duplicate category", c["name"])
    seen_cat.add(c["name"])
if cat.get("currency") not in ("EUR", "GBP"):
    err("currency")
P = {}
alias_owner = {}
variant_skus = set()
for p in cat["products"]:
    if p["sku"] in P:
        err("duplicate sku", p["sku"])
    P[p["sku"]] = p
    if p["category"] not in seen_cat:
        err("unknown category", p["sku"], p["category"])
    if p["unit"] not in UNITS:
        err("unit", p["sku"], p["unit"])
    if not PRICE.match(p["unit_price"]):
        err("price", p["sku"], p["unit_price"])
    for a in p["aliases"]:
        k = a.lower()
        if k in alias_owner:
            err("shared alias", a, alias_owner[k], p["sku"])
        alias_owner[k] = p["sku"]
        if k in FAMILY_WORDS:
            err("bare family word used as alias", a, p["sku"])
    if "variants" not in p:
        err("no variants key", p["sku"])
    names = set()
    for v in p["variants"]:
        if v["variant_type"] not in VTYPES:
            err("variant type", p["sku"], v["name"])
        if not PRICE.match(v.get("unit_price", "")):
            err("variant price", p["sku"], v["name"])
        if not v.get("sku"):
            err("variant sku", p["sku"], v["name"])
        if v["sku"] in variant_skus or v["sku"] in P:
            err("duplicate variant sku", v["sku"])
        variant_skus.add(v["sku"])
        if v["name"] in names:
            err("duplicate variant name", p["sku"], v["name"])
        names.add(v["name"])
for vs in variant_skus:
    if vs in P:
        err("variant sku equals a product sku", vs)

training = [(p["sku"], t) for p in cat["products"] for t in p["ai_training_examples"]]


def vnames(sku):
    return {v["name"] for v in P[sku]["variants"]}


def check_line(l, where, allow_nulls=True, in_candidates=True):
    s = l.get("sku")
    if s is None:
        if "variant" in l:
            err(where, "variant key on a null-sku line")
        for c in l.get("candidates", []):
            if c not in P:
                err(where, "unknown candidate", c)
        if "candidate_variant" in l:
            cv = l["candidate_variant"]
            if not all(cv in vnames(c) for c in l.get("candidates", []) if P[c]["variants"]):
                err(where, "candidate_variant not a variant of the candidates", cv)
        if "candidates" in l and len(l["candidates"]) < 2:
            err(where, "fewer than 2 candidates")
        return
    if s not in P:
        err(where, "unknown sku", s)
        return
    if "candidates" in l:
        err(where, "candidates on a line with a sku")
    if P[s]["variants"]:
        if "variant" not in l:
            err(where, "missing variant key", s)
        elif l["variant"] is not None and l["variant"] not in vnames(s):
            err(where, "unknown variant", s, l["variant"])
    elif "variant" in l:
        err(where, "variant key on a product without variants", s)
    q = l.get("quantity")
    if q is not None and (not isinstance(q, (int, float)) or q < 0):
        err(where, "bad quantity", q)


def nullness(lines):
    out = []
    for l in lines:
        if l.get("sku") is None:
            out.append("sku")
        if l.get("quantity") is None:
            out.append("quantity")
        if l.get("sku") and P.get(l["sku"], {}).get("variants") and l.get("variant") is None:
            out.append("variant")
    return out


# ---------------------------------------------------------------- histories
H = {}
for h in hist:
    H[h["customer"]] = h
    for k in ("customer", "name", "kind", "channel", "address", "language", "orders"):
        if k not in h:
            err("history field missing", h.get("customer"), k)
    last = ""
    for o in h["orders"]:
        if o["date"] <= last:
            err("history orders not oldest first", h["customer"])
        last = o["date"]
        for l in o["lines"]:
            check_line(l, "history %s %s" % (h["customer"], o["date"]))
            if nullness([l]):
                err("null in history", h["customer"], l)
    a = h["address"]
    if a.startswith("+"):
        if not re.match(r"^\+447700900\d\d\d$", a):
            err("non-drama phone", a)
    elif not a.endswith(".example"):
        err("e-mail not under .example", a)

# ---------------------------------------------------------------- messages
ids = set()
texts = []
for r in rows:
    w = r.get("id")
    if w in ids:
        err("duplicate id", w)
    ids.add(w)
    for k in ("id", "channel", "text", "intent", "lines", "notes", "customer", "date", "language", "tags"):
        if k not in r:
            err(w, "missing field", k)
    if r["intent"] not in INTENTS:
        err(w, "intent", r["intent"])
    if r["channel"] not in CHANNELS:
        err(w, "channel", r["channel"])
    if r["language"] not in LANGS:
        err(w, "language", r["language"])
    if r["customer"] not in H:
        err(w, "customer not in histories", r["customer"])
        continue
    for o in H[r["customer"]]["orders"]:
        if o["date"] >= r["date"]:
            err(w, "history order not before the message", o["date"], r["date"])
    texts.append((w, r["text"]))
    low = r["text"].lower()
    for sku, t in training:
        if t.lower() in low:
            err(w, "training example inside a message", sku, t)
    for ph in re.findall(r"\+?\d[\d ]{9,}\d", r["text"]):
        digits = re.sub(r"\D", "", ph)
        if len(digits) >= 10 and not (
            digits.startswith("447700900") or digits.startswith("07700900") or digits.startswith("02079460")
        ):
            err(w, "phone-like number not in a drama range", ph)
    for em in re.findall(r"[\w.+-]+@[\w.-]+", r["text"]):
        if not em.endswith(".example"):
            err(w, "e-mail not under .example", em)
    if r["intent"] != "ORDER":
        if r["lines"]:
            err(w, "non-ORDER row with lines")
        for k in ("expect_review", "lines_with_history", "expect_review_with_history"):
            if k in r:
                err(w, "field on non-ORDER row", k)
        if r["intent"] == "CHANGE":
            if "change_lines" not in r:
                err(w, "CHANGE without change_lines")
            for l in r.get("change_lines", []):
                check_line(l, w + " change")
        elif "change_lines" in r:
            err(w, "change_lines on a non-CHANGE row")
        continue
    if "expect_review" not in r:
        err(w, "ORDER without expect_review")
        continue
    for l in r["lines"]:
        check_line(l, w)
    nulls = nullness(r["lines"])
    if nulls and not r["expect_review"]:
        err(w, "null line but expect_review false")
    notes = r["notes"].lower()
    if nulls and not any(x in notes for x in NOTE_WORDS):
        err(w, "null line without 'ambiguous'/'not in catalog'/'quantities not stated' in notes")
    for l in r["lines"]:
        if l["sku"] is None and "candidates" not in l and "not in catalog" not in notes:
            err(w, "not-in-catalog line without 'not in catalog' in notes")
        if l["sku"] is None and "candidates" in l and "ambiguous" not in notes:
            err(w, "ambiguous line without 'ambiguous' in notes")
    if "reference" in r["tags"] and "ambiguous" not in notes:
        err(w, "reference without 'ambiguous' in notes")
    if ("lines_with_history" in r) != ("expect_review_with_history" in r):
        err(w, "history fields must come together")
    if "lines_with_history" in r:
        for l in r["lines_with_history"]:
            check_line(l, w + " lwh")
        if nullness(r["lines_with_history"]) and not r["expect_review_with_history"]:
            err(w, "null line with history but expect_review_with_history false")
        if r["lines_with_history"] == r["lines"] and r["expect_review_with_history"] == r["expect_review"]:
            err(w, "history fields that change nothing")
    if "outlier" in r["tags"]:
        if r["expect_review"] or not r.get("expect_review_with_history"):
            err(w, "outlier flags")
        for l in r["lines"]:
            mx = max(
                [
                    x["quantity"]
                    for o in H[r["customer"]]["orders"]
                    for x in o["lines"]
                    if x["sku"] == l["sku"]
                ]
                or [0]
            )
            if l["quantity"] < 4 * mx:
                err(w, "outlier below 4 x the largest earlier quantity", l["quantity"], mx)
    if "clean" in r["tags"] and r["expect_review"]:
        err(w, "clean but expect_review")
    if "change_lines" in r:
        err(w, "change_lines on an ORDER row")

# similarity
best = (0, None, None)
for i in range(len(texts)):
    for j in range(i + 1, len(texts)):
        a, b = texts[i][1], texts[j][1]
        sm = difflib.SequenceMatcher(None, a, b)
        if sm.real_quick_ratio() < 0.7 or sm.quick_ratio() < 0.7:
            continue
        r_ = sm.ratio()
        if r_ > best[0]:
            best = (r_, texts[i][0], texts[j][0])
        if r_ >= 0.7:
            err("similar texts", texts[i][0], texts[j][0], round(r_, 3))

# ---------------------------------------------------------------- figures
orders = [r for r in rows if r["intent"] == "ORDER"]
lines = [l for r in orders for l in r["lines"]]
print(
    "catalog: %d categories (%d top-level), %d products, %d with %d variants; units %s"
    % (
        len(cat["categories"]),
        sum(1 for c in cat["categories"] if c["parent"] is None),
        len(P),
        sum(1 for p in P.values() if p["variants"]),
        sum(len(p["variants"]) for p in P.values()),
        dict(collections.Counter(p["unit"] for p in P.values()).most_common()),
    )
)
print(
    "histories: %d customers, %d with orders, %d orders, %d lines, %s to %s"
    % (
        len(H),
        sum(1 for h in H.values() if h["orders"]),
        sum(len(h["orders"]) for h in H.values()),
        sum(len(o["lines"]) for h in H.values() for o in h["orders"]),
        min(o["date"] for h in H.values() for o in h["orders"]),
        max(o["date"] for h in H.values() for o in h["orders"]),
    )
)
print("messages: %d, %s to %s" % (len(rows), min(r["date"] for r in rows), max(r["date"] for r in rows)))
print("intents:", dict(collections.Counter(r["intent"] for r in rows).most_common()))
print("channels:", dict(collections.Counter(r["channel"] for r in rows).most_common()))
print(
    "languages:",
    dict(collections.Counter(r["language"] for r in rows).most_common()),
    "(non-English ORDER: %d)" % sum(1 for r in orders if r["language"] != "en"),
)
nsku = [l for l in lines if l["sku"] is None]
print(
    "order lines: %d; null sku %d (%d ambiguous with candidates, %d not in catalog); of a product with variants "
    "%d (%d with no variant); null quantity %d"
    % (
        len(lines),
        len(nsku),
        sum(1 for l in nsku if "candidates" in l),
        sum(1 for l in nsku if "candidates" not in l),
        sum(1 for l in lines if l["sku"] and P[l["sku"]]["variants"]),
        sum(1 for l in lines if l["sku"] and P[l["sku"]]["variants"] and l["variant"] is None),
        sum(1 for l in lines if l["quantity"] is None),
    )
)
print(
    "review: %d ORDER ship as written, %d expect_review"
    % (sum(1 for r in orders if not r["expect_review"]), sum(1 for r in orders if r["expect_review"]))
)
hw = [r for r in orders if "lines_with_history" in r]
print(
    "history: lines_with_history on %d rows: %d review->no review, %d stay review, %d no review->review; "
    "with history %d of %d orders ship as written"
    % (
        len(hw),
        sum(1 for r in hw if r["expect_review"] and not r["expect_review_with_history"]),
        sum(1 for r in hw if r["expect_review"] and r["expect_review_with_history"]),
        sum(1 for r in hw if not r["expect_review"] and r["expect_review_with_history"]),
        sum(1 for r in orders if not r.get("expect_review_with_history", r["expect_review"])),
        len(orders),
    )
)
print(
    "review rows without history fields:",
    sum(1 for r in orders if r["expect_review"] and "lines_with_history" not in r),
)
used = set()
for r in orders:
    for l in r["lines"] + r.get("lines_with_history", []):
        if l["sku"]:
            used.add(l["sku"])
        used.update(l.get("candidates", []))
for r in rows:
    for l in r.get("change_lines", []):
        used.add(l["sku"])
print(
    "coverage: %d of %d products in a label or as a candidate; missing: %s"
    % (len(used & set(P)), len(P), sorted(set(P) - used))
)
print("tags:", dict(collections.Counter(t for r in rows for t in r["tags"]).most_common()))
print("highest difflib similarity: %.3f (%s, %s)" % best)
if errors:
    print("\n%d ERRORS" % len(errors))
    for e in errors:
        print("  ", e)
    sys.exit(1)
print("OK")
