# ruff: noqa  (hand-written data generator of blind set 24, kept as its writer left it)
#!/usr/bin/env python3
"""Checks catalog24.json, holdout24.jsonl and histories24.jsonl and prints the figures. No project imports."""

import json, os, re, sys, difflib
from collections import Counter

D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
err = []


def E(msg):
    err.append(msg)


cat = json.load(open(os.path.join(D, "catalog24.json"), encoding="utf-8"))
rows = [json.loads(l) for l in open(os.path.join(D, "holdout24.jsonl"), encoding="utf-8")]
hists = [json.loads(l) for l in open(os.path.join(D, "histories24.jsonl"), encoding="utf-8")]
P = {p["sku"]: p for p in cat["products"]}
H = {h["customer"]: h for h in hists}
UNITS = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tray", "box", "tub"}
VTYPES = {"SIZE", "COLOR", "VOLUME", "WEIGHT"}
PRICE = re.compile(r"^\d+\.\d\d$")
FAMILY = {
    "milk",
    "cream",
    "butter",
    "cheese",
    "cheddar",
    "mozzarella",
    "mozz",
    "parmesan",
    "halloumi",
    "eggs",
    "egg",
    "free range",
    "barn eggs",
    "oatly",
    "alpro",
    "oat milk",
    "barista",
    "lurpak",
    "clotted cream",
    "cream cheese",
    "greek yoghurt",
    "greek yogurt",
    "yoghurt",
    "yogurt",
    "liquid egg",
    "elle & vire",
    "elle vire",
    "cravendale",
    "soya milk",
    "double",
    "semi",
    "whole",
    "mascarpone cheese",
    "yoghurt pots",
    "natural yoghurt",
    "millbrook",
}

# catalog
names = [c["name"] for c in cat["categories"]]
seen = set()
for c in cat["categories"]:
    if c["parent"] is not None and c["parent"] not in seen:
        E("category parent after child: " + c["name"])
    seen.add(c["name"])
if len(set(names)) != len(names):
    E("duplicate category")
aliases = Counter()
vskus = set()
for p in cat["products"]:
    if p["category"] not in seen:
        E("unknown category " + p["sku"])
    if p["unit"] not in UNITS:
        E("unit " + p["sku"])
    if not PRICE.match(p["unit_price"]):
        E("price " + p["sku"])
    for a in p["aliases"]:
        aliases[a.lower()] += 1
        if a.lower() in FAMILY:
            E("bare family alias " + a)
    for v in p["variants"]:
        if v["variant_type"] not in VTYPES:
            E("vtype " + p["sku"])
        if not PRICE.match(v["unit_price"]):
            E("vprice " + p["sku"])
        if v["sku"] in vskus or v["sku"] in P:
            E("variant sku dup " + v["sku"])
        vskus.add(v["sku"])
        for a in v.get("ai_aliases", []):
            aliases[a.lower()] += 1
            if a.lower() in FAMILY:
                E("bare family variant alias " + a)
    if len({v["name"] for v in p["variants"]}) != len(p["variants"]):
        E("variant names dup " + p["sku"])
for a, n in aliases.items():
    if n > 1:
        E("shared alias " + a)
if len(P) != len(cat["products"]):
    E("duplicate sku")
if not 90 <= len(P) <= 120:
    E("product count %d" % len(P))
nvar = sum(1 for p in P.values() if p["variants"])
if not 12 <= nvar <= 18:
    E("variant product count %d" % nvar)


def vnames(sku):
    return {v["name"] for v in P[sku]["variants"]}


def check_line(l, where, allow_null=True):
    if l["sku"] is None:
        if "variant" in l:
            E(where + ": variant on null sku")
        if "candidates" in l:
            if len(l["candidates"]) < 2:
                E(where + ": fewer than 2 candidates")
            for c in l["candidates"]:
                if c not in P:
                    E(where + ": unknown candidate " + c)
            cv = l.get("candidate_variant")
            if cv and not any(cv in vnames(c) for c in l["candidates"] if c in P):
                E(where + ": candidate_variant fits none")
        if not allow_null:
            E(where + ": null sku")
        return
    if l["sku"] not in P:
        E(where + ": unknown sku " + str(l["sku"]))
        return
    if P[l["sku"]]["variants"]:
        if "variant" not in l:
            E(where + ": missing variant key")
        elif l["variant"] is not None and l["variant"] not in vnames(l["sku"]):
            E(where + ": unknown variant " + l["variant"])
        elif l["variant"] is None and not allow_null:
            E(where + ": null variant")
    elif "variant" in l:
        E(where + ": variant key on product without variants")
    if l["quantity"] is None and not allow_null:
        E(where + ": null quantity")


def is_open(l):
    return l["sku"] is None or l["quantity"] is None or ("variant" in l and l["variant"] is None)


# histories
for h in hists:
    prev = None
    for o in h["orders"]:
        for i, l in enumerate(o["lines"]):
            check_line(l, "history %s %s" % (h["customer"], o["date"]), allow_null=False)
        if prev and o["date"] <= prev:
            E("history dates not increasing " + h["customer"])
        prev = o["date"]
    for x in (h["address"],):
        if "@" in x and not x.split("@")[1].endswith(".example"):
            E("address domain " + x)
        if "@" not in x and not re.match(r"^\+447700900\d{3}$", x):
            E("address phone " + x)

# rows
INTENTS = {"ORDER", "QUESTION", "COMPLAINT", "OTHER", "CHANGE", "CANCEL"}
for i, r in enumerate(rows, 1):
    w = r["id"]
    if w != "e%03d" % i:
        E("id gap at " + w)
    if r["intent"] not in INTENTS:
        E(w + " intent")
    if r["customer"] not in H:
        E(w + " unknown customer")
    for o in H.get(r["customer"], {"orders": []})["orders"]:
        if o["date"] >= r["date"]:
            E(w + " history after message")
    tags = r["tags"]
    if r["intent"] == "ORDER":
        for l in r["lines"]:
            check_line(l, w)
        if "expect_review" not in r:
            E(w + " no expect_review")
        open_ = any(is_open(l) for l in r["lines"])
        if open_ and not r["expect_review"]:
            E(w + " open line without review")
        n = r["notes"]
        if any(l["sku"] is None and l.get("candidates") for l in r["lines"]) and "ambiguous" not in n:
            E(w + " notes lack ambiguous")
        if any("variant" in l and l["variant"] is None for l in r["lines"]) and "ambiguous" not in n:
            E(w + " notes lack ambiguous (variant)")
        if (
            any(l["sku"] is None and not l.get("candidates") for l in r["lines"])
            and "not in catalog" not in n
        ):
            E(w + " notes lack not in catalog")
        if (
            any(l["quantity"] is None for l in r["lines"])
            and "quantities not stated" not in n
            and "not a whole number" not in n
        ):
            E(w + " notes lack quantity note")
        if (
            any(isinstance(l["quantity"], float) and l["quantity"] != int(l["quantity"]) for l in r["lines"])
            and not r["expect_review"]
        ):
            E(w + " fraction auto-shippable")
        hw = "lines_with_history" in r
        rw = "expect_review_with_history" in r
        if hw != rw:
            E(w + " history fields not together")
        if hw:
            for l in r["lines_with_history"]:
                check_line(l, w + " lwh")
            if any(is_open(l) for l in r["lines_with_history"]) and not r["expect_review_with_history"]:
                E(w + " open lwh without review")
            if (
                r["lines_with_history"] == r["lines"]
                and r["expect_review_with_history"] == r["expect_review"]
            ):
                E(w + " history fields change nothing")
        if "reference" in tags and not r["expect_review"]:
            E(w + " reference not in review")
        outlier = "outlier" in tags
        clean = "clean" in tags
        if clean != (not r["expect_review"] and not outlier):
            E(w + " clean tag mismatch")
        if outlier:
            if r["expect_review"] or not r.get("expect_review_with_history"):
                E(w + " outlier review flags")
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
                if l["quantity"] < 4 * mx or mx == 0:
                    E(w + " outlier not 4x (%s vs %s)" % (l["quantity"], mx))
        if "change_lines" in r:
            E(w + " change_lines on ORDER")
    else:
        if r["lines"]:
            E(w + " non-order with lines")
        for k in ("expect_review", "lines_with_history", "expect_review_with_history"):
            if k in r:
                E(w + " non-order with " + k)
        if r["intent"] == "CHANGE":
            if "change_lines" not in r:
                E(w + " CHANGE without change_lines")
            for l in r["change_lines"]:
                check_line(l, w + " change", allow_null=False)
        elif "change_lines" in r:
            E(w + " change_lines on " + r["intent"])
    for tok in re.findall(r"[\w.+-]+@[\w.-]+", r["text"]):
        if not tok.rstrip(".").endswith(".example"):
            E(w + " email " + tok)
    for ph in re.findall(r"(?:\+44\s?|0)(?:\d[\s]?){9,10}", r["text"]):
        d = re.sub(r"\D", "", ph)
        if d.startswith("44"):
            d = "0" + d[2:]
        if not (d.startswith("07700900") or d.startswith("02079460") or d.startswith("01632960")):
            E(w + " phone " + ph)
    for p in P.values():
        for ex in p["ai_training_examples"]:
            if ex.lower() in r["text"].lower():
                E(w + " contains training example " + ex)

texts = [r["text"] for r in rows]
best = (0, None)
for i in range(len(texts)):
    for j in range(i + 1, len(texts)):
        sm = difflib.SequenceMatcher(None, texts[i], texts[j])
        if sm.real_quick_ratio() < 0.7 or sm.quick_ratio() < 0.7:
            continue
        s = sm.ratio()
        if s > best[0]:
            best = (s, (rows[i]["id"], rows[j]["id"]))
        if s >= 0.7:
            E("similar texts %s %s %.2f" % (rows[i]["id"], rows[j]["id"], s))
maxsim = 0
for i in range(len(texts)):
    for j in range(i + 1, len(texts)):
        maxsim = max(maxsim, difflib.SequenceMatcher(None, texts[i], texts[j]).ratio())

# figures
orders = [r for r in rows if r["intent"] == "ORDER"]
lines = [l for r in orders for l in r["lines"]]
print(
    "products %d (%d with variants, %d variants), categories %d (%d top-level)"
    % (len(P), nvar, len(vskus), len(names), sum(1 for c in cat["categories"] if c["parent"] is None))
)
print("units", dict(Counter(p["unit"] for p in P.values()).most_common()))
print(
    "histories: %d customers, %d orders, %d lines, %s to %s"
    % (
        len(hists),
        sum(len(h["orders"]) for h in hists),
        sum(len(o["lines"]) for h in hists for o in h["orders"]),
        min(o["date"] for h in hists for o in h["orders"]),
        max(o["date"] for h in hists for o in h["orders"]),
    )
)
print("messages %d, dates %s to %s" % (len(rows), min(r["date"] for r in rows), max(r["date"] for r in rows)))
print("intents", dict(Counter(r["intent"] for r in rows).most_common()))
print("channels", dict(Counter(r["channel"] for r in rows).most_common()))
print(
    "languages",
    dict(Counter(r["language"] for r in rows).most_common()),
    "non-English orders",
    sum(1 for r in orders if r["language"] != "en"),
)
nv = [l for l in lines if l["sku"] and P[l["sku"]]["variants"]]
print(
    "order lines %d: null sku %d (%d ambiguous with candidates, %d not in catalog), with variants %d (%d no variant), null quantity %d"
    % (
        len(lines),
        sum(1 for l in lines if l["sku"] is None),
        sum(1 for l in lines if l["sku"] is None and l.get("candidates")),
        sum(1 for l in lines if l["sku"] is None and not l.get("candidates")),
        len(nv),
        sum(1 for l in nv if l["variant"] is None),
        sum(1 for l in lines if l["quantity"] is None),
    )
)
clean = sum(1 for r in rows if "clean" in r["tags"])
outl = sum(1 for r in rows if "outlier" in r["tags"])
print(
    "review: %d clean + %d outliers shippable, %d expect_review; clean share %.1f%% of all messages"
    % (clean, outl, sum(1 for r in orders if r["expect_review"]), 100.0 * clean / len(rows))
)
hrows = [r for r in orders if "lines_with_history" in r]
print(
    "history rows %d: %d review->no review, %d stay in review, %d no review->review; shippable with history %d of %d orders"
    % (
        len(hrows),
        sum(1 for r in hrows if r["expect_review"] and not r["expect_review_with_history"]),
        sum(1 for r in hrows if r["expect_review"] and r["expect_review_with_history"]),
        sum(1 for r in hrows if not r["expect_review"] and r["expect_review_with_history"]),
        sum(1 for r in orders if not r.get("expect_review_with_history", r["expect_review"])),
        len(orders),
    )
)
cov = (
    {l["sku"] for r in orders for l in r["lines"] + r.get("lines_with_history", []) if l["sku"]}
    | {c for r in orders for l in r["lines"] for c in l.get("candidates", [])}
    | {l["sku"] for r in rows for l in r.get("change_lines", [])}
)
print("catalog coverage %d of %d products" % (len(cov & set(P)), len(P)))
print("tags", dict(Counter(t for r in rows for t in r["tags"]).most_common()))
print("highest difflib similarity %.2f" % maxsim)
if len(rows) < 160:
    E("fewer than 160 messages")
if clean / len(rows) < 0.40:
    E("clean share below 40%")
if err:
    print("\nFAILED (%d):" % len(err))
    [print(" ", e) for e in err]
    sys.exit(1)
print("\nOK: all checks passed")
