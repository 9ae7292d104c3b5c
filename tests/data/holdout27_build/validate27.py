# ruff: noqa  (hand-written data generator of blind set 27, kept as its writer left it)
"""Check catalog27.json, histories27.jsonl and holdout27.jsonl against the README's rules; print the figures."""

import difflib
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import cat27  # noqa: E402

ERR = []


def err(*a):
    ERR.append(" ".join(str(x) for x in a))


UNITS = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tray", "box", "tub"}
VTYPES = {"SIZE", "COLOR", "VOLUME", "WEIGHT"}
PRICE = re.compile(r"^\d+\.\d\d$")
INTENTS = {"ORDER", "QUESTION", "COMPLAINT", "OTHER", "CHANGE", "CANCEL"}

# ---------------------------------------------------------------- load
with open(os.path.join(OUT, "catalog27.json"), encoding="utf-8") as f:
    cat = json.load(f)
hists, rows = [], []
with open(os.path.join(OUT, "histories27.jsonl"), encoding="utf-8") as f:
    for i, line in enumerate(f, 1):
        try:
            hists.append(json.loads(line))
        except ValueError as e:
            err("histories line", i, "invalid JSON", e)
with open(os.path.join(OUT, "holdout27.jsonl"), encoding="utf-8") as f:
    for i, line in enumerate(f, 1):
        try:
            rows.append(json.loads(line))
        except ValueError as e:
            err("holdout line", i, "invalid JSON", e)

# ---------------------------------------------------------------- catalog
P = {}
seen_cat = set()
for c in cat["categories"]:
    if c["parent"] is not None and c["parent"] not in seen_cat:
        err("category parent not listed first:", c["name"])
    seen_cat.add(c["name"])
vskus = set()
aliases = {}
for p in cat["products"]:
    if p["sku"] in P:
        err("duplicate sku", p["sku"])
    P[p["sku"]] = p
    if p["category"] not in seen_cat:
        err("unknown category", p["sku"])
    if p["unit"] not in UNITS:
        err("bad unit", p["sku"], p["unit"])
    if not PRICE.match(p["unit_price"]):
        err("bad price", p["sku"])
    al = list(p["aliases"])
    for v in p["variants"]:
        if v["variant_type"] not in VTYPES:
            err("bad variant type", p["sku"], v["name"])
        if not v.get("sku") or v["sku"] in vskus or v["sku"] in P:
            err("variant sku missing or not unique", p["sku"], v["name"])
        vskus.add(v["sku"])
        if not PRICE.match(v.get("unit_price", "")):
            err("bad variant price", p["sku"], v["name"])
        al += v.get("ai_aliases", [])
    for a in al:
        k = a.lower().strip()
        if k in aliases and aliases[k] != p["sku"]:
            err("alias shared:", a, aliases[k], p["sku"])
        aliases[k] = p["sku"]
        if k in cat27.FAMILY_WORDS:
            err("alias is a bare family word:", a, p["sku"])
if vskus & set(P):
    err("variant sku equals a product sku")
n_var = sum(1 for p in P.values() if p["variants"])
if not 90 <= len(P) <= 120:
    err("product count", len(P))
if not 12 <= n_var <= 18:
    err("products with variants", n_var)


def has_var(sku):
    return bool(P[sku]["variants"])


def check_line(l, where, allow_null=True):
    sku = l.get("sku")
    if sku is None:
        if not allow_null:
            err(where, "null sku")
        if "variant" in l:
            err(where, "variant key on a null-sku line")
        c = l.get("candidates")
        if c is not None:
            if len(c) < 2:
                err(where, "fewer than two candidates")
            for s in c:
                if s not in P:
                    err(where, "unknown candidate", s)
            cv = l.get("candidate_variant")
            if cv and not any(
                cv in [v["name"] for v in P[s]["variants"]] or cv.lower() in P[s]["name"].lower()
                for s in c
                if s in P
            ):
                err(where, "candidate_variant fits no candidate", cv)
        return
    if sku not in P:
        err(where, "unknown sku", sku)
        return
    if has_var(sku):
        if "variant" not in l:
            err(where, "missing variant key", sku)
        elif l["variant"] is not None and l["variant"] not in [v["name"] for v in P[sku]["variants"]]:
            err(where, "unknown variant", sku, l["variant"])
    elif "variant" in l:
        err(where, "variant key on a product without variants", sku)
    if "candidates" in l:
        err(where, "candidates on a line with a sku")


def is_open(l):
    q = l.get("quantity")
    if q is None or q != int(q):
        return True
    if l.get("sku") is None:
        return True
    if has_var(l["sku"]) and l.get("variant") is None:
        return True
    return False


# ---------------------------------------------------------------- histories
H = {}
for h in hists:
    H[h["customer"]] = h
    prev = ""
    for o in h["orders"]:
        if o["date"] <= prev:
            err("history dates not increasing", h["customer"])
        prev = o["date"]
        if not o["lines"]:
            err("empty history order", h["customer"], o["date"])
        for l in o["lines"]:
            check_line(l, "history %s %s" % (h["customer"], o["date"]), allow_null=False)
            if is_open(l):
                err("incomplete history line", h["customer"], o["date"], l)

# ---------------------------------------------------------------- holdout
ids = [r["id"] for r in rows]
if ids != ["n%03d" % i for i in range(1, len(rows) + 1)]:
    err("ids do not run n001... without gaps")
first_msg = {}
for r in rows:
    first_msg[r["customer"]] = min(first_msg.get(r["customer"], "9999"), r["date"])
for c, d in first_msg.items():
    if c not in H:
        err("customer without history record", c)
        continue
    for o in H[c]["orders"]:
        if o["date"] >= d:
            err("history order not before the customer's messages", c, o["date"])

REF_TAG = "reference"
for r in rows:
    w = r["id"]
    if r["intent"] not in INTENTS:
        err(w, "bad intent")
    for k in ("id", "channel", "customer", "date", "language", "text", "intent", "lines", "notes", "tags"):
        if k not in r:
            err(w, "missing field", k)
    tags = set(r["tags"])
    hist_fields = ("lines_with_history" in r, "expect_review_with_history" in r)
    if hist_fields[0] != hist_fields[1]:
        err(w, "history fields do not come together")
    if r["intent"] != "ORDER":
        if r["lines"]:
            err(w, "non-ORDER row with lines")
        if "expect_review" in r or any(hist_fields):
            err(w, "non-ORDER row with review fields")
        if (r["intent"] == "CHANGE") != ("change_lines" in r):
            err(w, "change_lines only and always on CHANGE rows")
        for l in r.get("change_lines", []):
            check_line(l, w + " change", allow_null=False)
        if "clean" in tags:
            err(w, "clean on a non-order")
        continue
    if "change_lines" in r:
        err(w, "change_lines on an ORDER row")
    if "expect_review" not in r:
        err(w, "ORDER row without expect_review")
    rv = r["expect_review"]
    for l in r["lines"]:
        check_line(l, w)
    notes = r["notes"]
    for l in r["lines"]:
        if is_open(l) and not rv:
            err(w, "open or fractional line on a shippable row", l)
        if l["sku"] is None and l.get("candidates") and "ambiguous" not in notes:
            err(w, "candidates without 'ambiguous' in notes")
        if l["sku"] is None and not l.get("candidates") and "not in catalog" not in notes:
            err(w, "null sku without 'not in catalog' in notes")
        if (
            l["sku"] is not None
            and has_var(l["sku"])
            and l.get("variant") is None
            and "ambiguous" not in notes
        ):
            err(w, "null variant without 'ambiguous' in notes")
        q = l["quantity"]
        if q is None and "quantities not stated" not in notes:
            err(w, "null quantity without 'quantities not stated'")
        if q is not None and q != int(q) and "not a whole number" not in notes:
            err(w, "fractional quantity without 'not a whole number'")
    if REF_TAG in tags and not rv:
        err(w, "reference row not in review")
    outlier = "outlier" in tags
    if ("clean" in tags) != (not rv and not outlier):
        err(w, "clean tag is not exactly 'shippable and not an outlier'")
    if any(hist_fields):
        lwh = r["lines_with_history"]
        rwh = r["expect_review_with_history"]
        for l in lwh:
            check_line(l, w + " with history")
            if is_open(l) and not rwh:
                err(w, "open line with history on a shippable row", l)
        if lwh == r["lines"] and rwh == rv:
            err(w, "history fields that change nothing")
    if outlier:
        if rv or not r.get("expect_review_with_history"):
            err(w, "outlier must be review false, with history true")
        h = H[r["customer"]]
        ok = False
        for l in r["lines"]:
            mx = max(
                [hl["quantity"] for o in h["orders"] for hl in o["lines"] if hl["sku"] == l["sku"]] or [0]
            )
            if mx and l["quantity"] >= 4 * mx:
                ok = True
        if not ok:
            err(w, "outlier is not 4 times the largest earlier quantity")

# ---------------------------------------------------------------- training examples, contacts, similarity
texts = [r["text"] for r in rows]
low = [t.lower() for t in texts]
for p in P.values():
    for ex in p["ai_training_examples"]:
        for r, t in zip(rows, low):
            if ex.lower() in t:
                err("training example inside", r["id"], repr(ex))

PHONE = re.compile(r"(?:\+44|\b0)[\d ]{9,13}\d")
OK_PREFIX = ("447700900", "07700900", "02079460", "4402079460", "442079460")
for r in rows:
    for ph in PHONE.findall(r["text"]):
        d = re.sub(r"\D", "", ph)
        if not d.startswith(OK_PREFIX):
            err(r["id"], "phone number is not a drama number", ph)
    for em in re.findall(r"[\w.+-]+@[\w.-]+", r["text"]):
        em = em.rstrip(".")
        if not em.endswith(".example"):
            err(r["id"], "e-mail not under .example", em)
for h in hists:
    a = h["address"]
    if "@" in a:
        if not a.endswith(".example"):
            err("history address", a)
    elif not re.sub(r"\D", "", a).startswith(OK_PREFIX):
        err("history phone", a)

best = (0, None, None)
for i in range(len(texts)):
    for j in range(i + 1, len(texts)):
        sm = difflib.SequenceMatcher(None, texts[i], texts[j])
        if sm.real_quick_ratio() < 0.7 or sm.quick_ratio() < 0.7:
            q = sm.quick_ratio()
            if q > best[0]:
                pass
            continue
        rt = sm.ratio()
        if rt > best[0]:
            best = (rt, rows[i]["id"], rows[j]["id"])
        if rt >= 0.7:
            err("similar texts", rows[i]["id"], rows[j]["id"], round(rt, 3))

orders = [r for r in rows if r["intent"] == "ORDER"]
clean = [r for r in orders if "clean" in r["tags"]]
if len(rows) < 160:
    err("fewer than 160 messages")
if len(clean) < 0.4 * len(rows):
    err("clean share below 40%")

# coverage
covered = set()
for r in rows:
    for l in r["lines"] + r.get("lines_with_history", []) + r.get("change_lines", []):
        if l["sku"]:
            covered.add(l["sku"])
        covered.update(l.get("candidates", []))

# ---------------------------------------------------------------- figures
print(
    "catalog: %d categories (%d top-level), %d products, %d with %d variants"
    % (
        len(cat["categories"]),
        sum(1 for c in cat["categories"] if c["parent"] is None),
        len(P),
        n_var,
        sum(len(p["variants"]) for p in P.values()),
    )
)
print("units:", dict(Counter(p["unit"] for p in P.values()).most_common()))
no = [h for h in hists if h["orders"]]
print(
    "histories: %d customers, %d with orders, %d orders, %d lines, %s to %s"
    % (
        len(hists),
        len(no),
        sum(len(h["orders"]) for h in hists),
        sum(len(o["lines"]) for h in hists for o in h["orders"]),
        min(o["date"] for h in no for o in h["orders"]),
        max(o["date"] for h in no for o in h["orders"]),
    )
)
print("messages: %d (%s to %s)" % (len(rows), min(r["date"] for r in rows), max(r["date"] for r in rows)))
print("intents:", dict(Counter(r["intent"] for r in rows).most_common()))
print("channels:", dict(Counter(r["channel"] for r in rows).most_common()))
print(
    "languages:",
    dict(Counter(r["language"] for r in rows).most_common()),
    "; non-English ORDER:",
    sum(1 for r in orders if r["language"] != "en"),
)
lines = [l for r in orders for l in r["lines"]]
print(
    "order lines: %d; null sku %d (%d with candidates, %d not in catalog); of a product with variants %d "
    "(%d no variant); null quantity %d"
    % (
        len(lines),
        sum(1 for l in lines if l["sku"] is None),
        sum(1 for l in lines if l["sku"] is None and l.get("candidates")),
        sum(1 for l in lines if l["sku"] is None and not l.get("candidates")),
        sum(1 for l in lines if l["sku"] and has_var(l["sku"])),
        sum(1 for l in lines if l["sku"] and has_var(l["sku"]) and l.get("variant") is None),
        sum(1 for l in lines if l["quantity"] is None),
    )
)
ship = [r for r in orders if not r["expect_review"]]
print(
    "review: %d shippable (%d clean + %d outliers), %d expect_review; clean %d of %d = %.1f%%"
    % (
        len(ship),
        len(clean),
        len(ship) - len(clean),
        len(orders) - len(ship),
        len(clean),
        len(rows),
        100.0 * len(clean) / len(rows),
    )
)
hr = [r for r in orders if "lines_with_history" in r]
print(
    "history: fields on %d rows: %d review->no review, %d stay in review, %d no review->review; "
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
print("coverage: %d of %d products in a label or as a candidate" % (len(covered & set(P)), len(P)))
if set(P) - covered:
    print("  not covered:", sorted(set(P) - covered))
print("tags:", ", ".join("%s %d" % kv for kv in Counter(t for r in rows for t in r["tags"]).most_common()))
print("highest difflib similarity: %.2f (%s, %s)" % best)
if ERR:
    print("\n%d ERRORS" % len(ERR))
    for e in ERR:
        print(" -", e)
    sys.exit(1)
print("\nOK: all checks pass")
