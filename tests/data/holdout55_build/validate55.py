# ruff: noqa  (hand-written data generator of blind set 55, kept as its writer left it)
"""Validate blind set 55 (reads the three files from the parent folder) and print its figures."""

import json, os, re, sys, difflib
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cat55

D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
err = []


def E(msg):
    err.append(msg)


cat = json.load(open(os.path.join(D, "catalog55.json"), encoding="utf-8"))
rows = [json.loads(l) for l in open(os.path.join(D, "holdout55.jsonl"), encoding="utf-8")]
hist = [json.loads(l) for l in open(os.path.join(D, "histories55.jsonl"), encoding="utf-8")]
P = {p["sku"]: p for p in cat["products"]}
VN = {s: [v["name"] for v in p["variants"]] for s, p in P.items()}
# catalog
seen = set()
for c in cat["categories"]:
    if c["parent"] is not None and c["parent"] not in seen:
        E("category parent order " + c["name"])
    seen.add(c["name"])
money = re.compile(r"^\d+\.\d\d$")
units = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tray", "box", "tub"}
skus = set()
aliases = {}
fam = {w.lower() for w in cat55.FAMILY_WORDS}
for p in cat["products"]:
    if p["sku"] in skus:
        E("dup sku " + p["sku"])
    skus.add(p["sku"])
    if p["category"] not in seen:
        E("bad category " + p["sku"])
    if p["unit"] not in units:
        E("bad unit " + p["sku"])
    if not money.match(p["unit_price"]):
        E("bad price " + p["sku"])
    al = list(p["aliases"])
    for v in p["variants"]:
        if v["variant_type"] not in ("SIZE", "COLOR", "VOLUME", "WEIGHT"):
            E("bad vtype " + p["sku"])
        if not v.get("sku") or not money.match(v.get("unit_price", "")):
            E("variant sku/price " + p["sku"])
        if v["sku"] in skus:
            E("dup variant sku " + v["sku"])
        skus.add(v["sku"])
        al += v["ai_aliases"]
    for a in al:
        a = a.lower()
        if a in aliases and aliases[a] != p["sku"]:
            E("shared alias %s" % a)
        aliases[a] = p["sku"]
        if a in fam:
            E("alias is family word " + a)
nprod = len(cat["products"])
nvar = sum(1 for p in cat["products"] if p["variants"])
if not 90 <= nprod <= 130:
    E("product count")
if not 12 <= nvar <= 20:
    E("variant product count")
ex = [e for p in cat["products"] for e in p["ai_training_examples"]]
for r in rows:
    for e in ex:
        if e.lower() in r["text"].lower():
            E("training example in " + r["id"])
# histories
H = {h["customer"]: h for h in hist}


def check_line(x, where, hist_line=False):
    if x["sku"] is not None:
        if x["sku"] not in P:
            E("unknown sku %s %s" % (x["sku"], where))
            return
        if VN[x["sku"]]:
            if "variant" not in x:
                E("missing variant key " + where)
            elif x["variant"] is not None and x["variant"] not in VN[x["sku"]]:
                E("bad variant " + where)
        elif "variant" in x:
            E("variant key on plain product " + where)
    else:
        if "variant" in x:
            E("variant key on null sku " + where)
        c = x.get("candidates")
        if c is not None:
            if len(c) < 2 or any(s not in P for s in c):
                E("bad candidates " + where)
            cv = x.get("candidate_variant")
            if cv and not any(cv in VN[s] for s in c):
                E("candidate_variant fits none " + where)
    if hist_line and (x["sku"] is None or x["quantity"] is None or x.get("variant", 1) is None):
        E("incomplete history line " + where)


for h in hist:
    for o in h["orders"]:
        for x in o["lines"]:
            check_line(x, h["customer"] + o["date"], True)
# rows
for i, r in enumerate(rows, 1):
    if r["id"] != "lb%03d" % i:
        E("id gap at %d" % i)


def opn(x):
    return x["sku"] is None or x["quantity"] is None or ("variant" in x and x["variant"] is None)


for r in rows:
    w = r["id"]
    if r["customer"] not in H:
        E("unknown customer " + w)
    else:
        for o in H[r["customer"]]["orders"]:
            if o["date"] >= r["date"]:
                E("history after message " + w)
    if r["date"] <= "2028-06-01":
        E("date " + w)
    for x in r["lines"]:
        check_line(x, w)
    for x in r.get("lines_with_history", []):
        check_line(x, w + "h")
    for x in r.get("change_lines", []):
        check_line(x, w + "c")
    notes = r.get("notes", "")
    if r["intent"] != "ORDER":
        if r["lines"] or "expect_review" in r or "lines_with_history" in r:
            E("non-order with lines/review " + w)
    else:
        for L, rv in (
            (r["lines"], r["expect_review"]),
            (r.get("lines_with_history", []), r.get("expect_review_with_history")),
        ):
            for x in L:
                if opn(x):
                    if not rv:
                        E("open line on shippable row " + w)
                    if not any(
                        k in notes
                        for k in (
                            "ambiguous",
                            "not in catalog",
                            "quantities not stated",
                            "not a whole number",
                        )
                    ):
                        E("notes " + w)
                if isinstance(x["quantity"], float) and not rv:
                    E("fraction shippable " + w)
        if ("lines_with_history" in r) != ("expect_review_with_history" in r):
            E("history fields apart " + w)
        if (
            "lines_with_history" in r
            and r["lines_with_history"] == r["lines"]
            and r["expect_review_with_history"] == r["expect_review"]
        ):
            E("useless history fields " + w)
        if "reference" in r["tags"] and not r["expect_review"]:
            E("reference not in review " + w)
        clean = not r["expect_review"] and "outlier" not in r["tags"]
        if clean != ("clean" in r["tags"]):
            E("clean tag " + w)
        if "outlier" in r["tags"]:
            if r["expect_review"] or not r.get("expect_review_with_history"):
                E("outlier review " + w)
            for x in r["lines"]:
                prev = [
                    y["quantity"]
                    for o in H[r["customer"]]["orders"]
                    for y in o["lines"]
                    if y["sku"] == x["sku"]
                ]
                if not prev or x["quantity"] < 4 * max(prev):
                    E("outlier not 4x " + w)
    if ("change_lines" in r) != (r["intent"] == "CHANGE"):
        E("change_lines " + w)
    if r["intent"] != "ORDER" and "clean" in r["tags"]:
        E("clean on non-order " + w)
# contact data
phone = re.compile(r"(\+44\s?7\d{3}\s?\d{6}|\+?\d[\d ]{8,}\d)")
ok = re.compile(r"^(\+447700900\d{3}|07700 ?900\d{3}|020 ?7946 ?0\d{3})$")
texts = [r["text"] for r in rows] + [h["address"] for h in hist]
for t in texts:
    for mt in phone.findall(t):
        if not ok.match(mt.strip()):
            E("phone not drama: " + mt)
    for mt in re.findall(r"[\w.+-]+@[\w.-]+", t):
        if not mt.endswith(".example"):
            E("email not .example: " + mt)
# similarity
T = [r["text"].lower() for r in rows]
best = 0
for i in range(len(T)):
    for j in range(i + 1, len(T)):
        sm = difflib.SequenceMatcher(None, T[i], T[j])
        if sm.real_quick_ratio() < 0.7 or sm.quick_ratio() < 0.7:
            continue
        rt = sm.ratio()
        best = max(best, rt)
        if rt >= 0.7:
            E("similar %s %s %.2f" % (rows[i]["id"], rows[j]["id"], rt))
nclean = sum("clean" in r["tags"] for r in rows)
if len(rows) < 180:
    E("fewer than 180 messages")
if nclean < 0.4 * len(rows):
    E("clean share below 40%")
# figures
orders = [r for r in rows if r["intent"] == "ORDER"]
ol = [x for r in orders for x in r["lines"]]
used = {
    x["sku"]
    for r in rows
    for x in r["lines"] + r.get("lines_with_history", []) + r.get("change_lines", [])
    if x["sku"]
} | {c for x in ol for c in x.get("candidates", [])}
print("messages", len(rows), "| intents", dict(Counter(r["intent"] for r in rows).most_common()))
print(
    "channels",
    dict(Counter(r["channel"] for r in rows).most_common()),
    "| languages",
    dict(Counter(r["language"] for r in rows).most_common()),
)
print("non-English ORDER messages", sum(r["language"] != "en" for r in orders))
print(
    "catalog: %d categories, %d products, %d with variants, %d variants"
    % (len(cat["categories"]), nprod, nvar, sum(len(p["variants"]) for p in cat["products"]))
)
print("units", dict(Counter(p["unit"] for p in cat["products"]).most_common()))
print(
    "histories: %d customers, %d orders, %d lines, %s to %s, %d first-time"
    % (
        len(hist),
        sum(len(h["orders"]) for h in hist),
        sum(len(o["lines"]) for h in hist for o in h["orders"]),
        min(o["date"] for h in hist for o in h["orders"]),
        max(o["date"] for h in hist for o in h["orders"]),
        sum(not h["orders"] for h in hist),
    )
)
print("dates %s to %s" % (min(r["date"] for r in rows), max(r["date"] for r in rows)))
print(
    "order lines %d: null sku %d (ambiguous %d, not in catalog %d), variant-product lines %d (variant null %d), null quantity %d"
    % (
        len(ol),
        sum(x["sku"] is None for x in ol),
        sum(x["sku"] is None and "candidates" in x for x in ol),
        sum(x["sku"] is None and "candidates" not in x for x in ol),
        sum("variant" in x for x in ol),
        sum("variant" in x and x["variant"] is None for x in ol),
        sum(x["quantity"] is None for x in ol),
    )
)
ship = sum(not r["expect_review"] for r in orders)
print(
    "review: %d shippable (%d clean + %d outliers), %d expect_review; clean %d of %d = %.1f%%"
    % (ship, nclean, ship - nclean, len(orders) - ship, nclean, len(rows), 100.0 * nclean / len(rows))
)
wh = [r for r in orders if "lines_with_history" in r]
print(
    "history: fields on %d rows: %d review->no review, %d stay in review, %d no review->review; shippable with history %d of %d orders"
    % (
        len(wh),
        sum(r["expect_review"] and not r["expect_review_with_history"] for r in wh),
        sum(r["expect_review"] and r["expect_review_with_history"] for r in wh),
        sum(not r["expect_review"] and r["expect_review_with_history"] for r in wh),
        sum(not r.get("expect_review_with_history", r["expect_review"]) for r in orders),
        len(orders),
    )
)
print("coverage: %d of %d products appear in a label or as a candidate" % (len(used & set(P)), nprod))
print("highest difflib ratio %.2f" % best)
print("tags", ", ".join("%s %d" % kv for kv in Counter(t for r in rows for t in r["tags"]).most_common()))
if err:
    print("\nFAILED (%d):" % len(err))
    [print(" -", e) for e in err[:60]]
    sys.exit(1)
print("\nOK: all checks passed")
