# ruff: noqa  (hand-written data generator of blind set 54, kept as its writer left it)
"""Check catalog54.json, holdout54.jsonl and histories54.jsonl (in the parent folder) and print the figures."""

import collections
import difflib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)
import cat54  # noqa: E402

ERR = []


def check(cond, msg):
    if not cond:
        ERR.append(msg)


cat = json.load(open(os.path.join(OUT, "catalog54.json"), encoding="utf-8"))
rows = [json.loads(l) for l in open(os.path.join(OUT, "holdout54.jsonl"), encoding="utf-8")]
hists = [json.loads(l) for l in open(os.path.join(OUT, "histories54.jsonl"), encoding="utf-8")]
H = {h["customer"]: h for h in hists}
PROD = {p["sku"]: p for p in cat["products"]}
VN = {s: [v["name"] for v in p["variants"]] for s, p in PROD.items()}
FAMILY = set(w.lower() for w in cat54.FAMILY_WORDS)

# ---------------------------------------------------------------- catalog
seen = set()
for c in cat["categories"]:
    check(c["parent"] is None or c["parent"] in seen, "category parent after child: " + c["name"])
    seen.add(c["name"])
UNITS = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tray", "box", "tub"}
PRICE = re.compile(r"^\d+\.\d\d$")
skus = set()
aliases = {}
for p in cat["products"]:
    check(p["sku"] not in skus, "duplicate sku " + p["sku"])
    skus.add(p["sku"])
    check(p["category"] in seen, "unknown category " + p["category"])
    check(p["unit"] in UNITS, "bad unit " + p["unit"])
    check(bool(PRICE.match(p["unit_price"])) and float(p["unit_price"]) > 0, "bad price " + p["sku"])
    als = [(a, p["sku"]) for a in p["aliases"]]
    for v in p["variants"]:
        check(v["variant_type"] in {"SIZE", "COLOR", "VOLUME", "WEIGHT"}, "bad variant type")
        check(
            bool(v.get("sku")) and v["sku"] not in skus,
            "variant sku missing or duplicate " + str(v.get("sku")),
        )
        skus.add(v.get("sku"))
        check(
            bool(PRICE.match(v.get("unit_price", ""))) and float(v["unit_price"]) > 0,
            "variant price " + v["sku"],
        )
        als += [(a, p["sku"]) for a in v["ai_aliases"]]
    for a, s in als:
        a = a.lower()
        check(a not in aliases or aliases[a] == s, "shared alias %r" % a)
        check(a not in FAMILY, "alias is a family word %r" % a)
        aliases[a] = s
n_var = sum(1 for p in cat["products"] if p["variants"])
check(90 <= len(cat["products"]) <= 130, "product count")
check(12 <= n_var <= 20, "products with variants count")
examples = [e.lower() for p in cat["products"] for e in p["ai_training_examples"]]
for r in rows:
    t = r["text"].lower()
    for e in examples:
        check(e not in t, "training example in " + r["id"])

# ---------------------------------------------------------------- histories
for h in hists:
    for o in h["orders"]:
        for x in o["lines"]:
            check(
                x["sku"] in PROD and x["quantity"] is not None and x["quantity"] > 0,
                "incomplete history line",
            )
            if VN[x["sku"]]:
                check(x.get("variant") in VN[x["sku"]], "history variant " + x["sku"])
            else:
                check("variant" not in x, "history variant key " + x["sku"])

# ---------------------------------------------------------------- messages
INTENTS = {"ORDER", "QUESTION", "COMPLAINT", "OTHER", "CANCEL", "CHANGE"}
for i, r in enumerate(rows, 1):
    check(r["id"] == "sl%03d" % i, "id gap at %d" % i)


def check_line(x, rid, allow_null=True):
    if x["sku"] is None:
        check(allow_null, "null sku in " + rid)
        check("variant" not in x, "variant on null line " + rid)
        if "candidates" in x:
            check(len(x["candidates"]) >= 2 and all(c in PROD for c in x["candidates"]), "candidates " + rid)
            if "candidate_variant" in x:
                check(
                    any(x["candidate_variant"] in VN[c] for c in x["candidates"]), "candidate_variant " + rid
                )
        else:
            check("candidate_variant" not in x, "candidate_variant without candidates " + rid)
        return
    check(x["sku"] in PROD, "unknown sku %s in %s" % (x["sku"], rid))
    if VN[x["sku"]]:
        check(
            "variant" in x and (x["variant"] is None or x["variant"] in VN[x["sku"]]),
            "variant %s %s" % (x["sku"], rid),
        )
    else:
        check("variant" not in x, "variant key on plain product %s %s" % (x["sku"], rid))


def is_open(x):
    return x["sku"] is None or ("variant" in x and x["variant"] is None) or x["quantity"] is None


def frac(x):
    return x["quantity"] is not None and float(x["quantity"]) != int(x["quantity"])


PHONE = re.compile(r"(\+44\s?\d[\d ]{8,12}\d|\b0\d{2,4}\s?\d{3,4}\s?\d{3,4}\b)")
DRAMA = re.compile(r"^(\+447700900\d{3}|07700900\d{3}|02079460\d{3})$")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
clean = 0
for r in rows:
    rid = r["id"]
    check(r["intent"] in INTENTS, "intent " + rid)
    check(r["customer"] in H, "customer " + rid)
    check(r["date"] > "2028-06-01", "date " + rid)
    for o in H[r["customer"]]["orders"]:
        check(o["date"] < r["date"], "history after message " + rid)
    for m in PHONE.findall(r["text"]):
        check(bool(DRAMA.match(m.replace(" ", ""))), "phone %r in %s" % (m, rid))
    for m in EMAIL.finditer(r["text"]):
        check(m.group(0).endswith(".example"), "email %r in %s" % (m.group(0), rid))
    notes = r["notes"].lower()
    tags = r["tags"]
    if r["intent"] != "ORDER":
        check(r["lines"] == [], "lines on non-order " + rid)
        for k in ("expect_review", "lines_with_history", "expect_review_with_history"):
            check(k not in r, k + " on non-order " + rid)
        check(("change_lines" in r) == (r["intent"] == "CHANGE"), "change_lines " + rid)
        for x in r.get("change_lines", []):
            check_line(x, rid, allow_null=False)
        check("clean" not in tags, "clean on non-order " + rid)
        continue
    check("change_lines" not in r, "change_lines on order " + rid)
    check("expect_review" in r, "expect_review missing " + rid)
    for x in r["lines"]:
        check_line(x, rid)
        if is_open(x):
            check(r["expect_review"], "open line on shippable row " + rid)
            check(
                any(
                    w in notes
                    for w in ("ambiguous", "not in catalog", "quantities not stated", "not a whole number")
                ),
                "notes lack the reason " + rid,
            )
        if x["sku"] is not None and "variant" in x and x["variant"] is None:
            check("ambiguous" in notes, "null variant without ambiguous " + rid)
        if frac(x):
            check(r["expect_review"], "fraction shippable " + rid)
    check(("lines_with_history" in r) == ("expect_review_with_history" in r), "history fields apart " + rid)
    if "lines_with_history" in r:
        for x in r["lines_with_history"]:
            check_line(x, rid)
            if is_open(x) or frac(x):
                check(r["expect_review_with_history"], "open history line on shippable " + rid)
        check(
            r["lines_with_history"] != r["lines"] or r["expect_review_with_history"] != r["expect_review"],
            "history fields change nothing " + rid,
        )
    if "reference" in tags:
        check(r["expect_review"], "reference not in review " + rid)
    if "outlier" in tags:
        check(not r["expect_review"] and r["expect_review_with_history"], "outlier review " + rid)
        for x in r["lines"]:
            prev = max(
                [
                    y["quantity"]
                    for o in H[r["customer"]]["orders"]
                    for y in o["lines"]
                    if y["sku"] == x["sku"]
                ]
                or [0]
            )
            check(prev > 0 and x["quantity"] >= 4 * prev, "outlier not 4x " + rid)
    shippable = not r["expect_review"] and "outlier" not in tags
    check(("clean" in tags) == shippable, "clean tag " + rid)
    clean += shippable

# addresses
for h in hists:
    a = h["address"]
    check(bool(DRAMA.match(a.replace(" ", ""))) or a.endswith(".example"), "address " + a)

# similarity
texts = [(r["id"], r["text"]) for r in rows]
best = (0, None, None)
for i in range(len(texts)):
    for j in range(i + 1, len(texts)):
        sm = difflib.SequenceMatcher(None, texts[i][1], texts[j][1])
        if sm.quick_ratio() < min(best[0], 0.7):
            continue
        q = sm.ratio()
        if q > best[0]:
            best = (q, texts[i][0], texts[j][0])
        check(q < 0.7, "similar texts %s %s %.2f" % (texts[i][0], texts[j][0], q))
check(len(rows) >= 180, "fewer than 180 messages")
check(clean >= 0.4 * len(rows), "fewer than 40% clean")

# ---------------------------------------------------------------- figures
orders = [r for r in rows if r["intent"] == "ORDER"]
lines = [x for r in orders for x in r["lines"]]
print(
    "messages",
    len(rows),
    "ids sl001-sl%03d" % len(rows),
    "dates",
    min(r["date"] for r in rows),
    "to",
    max(r["date"] for r in rows),
)
print("intents", dict(collections.Counter(r["intent"] for r in rows).most_common()))
print("channels", dict(collections.Counter(r["channel"] for r in rows).most_common()))
print(
    "languages",
    dict(collections.Counter(r["language"] for r in rows).most_common()),
    "; non-English ORDER",
    sum(1 for r in orders if r["language"] != "en"),
)
nulls = [x for x in lines if x["sku"] is None]
print(
    "order lines",
    len(lines),
    "; null sku",
    len(nulls),
    "(ambiguous with candidates",
    sum(1 for x in nulls if "candidates" in x),
    ", not in catalog",
    sum(1 for x in nulls if "candidates" not in x),
    ")",
    "; of a product with variants",
    sum(1 for x in lines if "variant" in x),
    "(no variant",
    sum(1 for x in lines if "variant" in x and x["variant"] is None),
    ")",
    "; null quantity",
    sum(1 for x in lines if x["quantity"] is None),
)
ship = [r for r in orders if not r["expect_review"]]
print(
    "review: shippable",
    len(ship),
    "(clean",
    clean,
    "+ outliers",
    len(ship) - clean,
    "), expect_review",
    len(orders) - len(ship),
    "; clean share %.1f%% of %d" % (100.0 * clean / len(rows), len(rows)),
)
wh = [r for r in orders if "lines_with_history" in r]
print(
    "history rows",
    len(wh),
    "; review->no review",
    sum(1 for r in wh if r["expect_review"] and not r["expect_review_with_history"]),
    "; stays review",
    sum(1 for r in wh if r["expect_review"] and r["expect_review_with_history"]),
    "; no review->review",
    sum(1 for r in wh if not r["expect_review"] and r["expect_review_with_history"]),
    "; review rows without history fields",
    sum(1 for r in orders if r["expect_review"] and "lines_with_history" not in r),
    "; shippable with history",
    sum(1 for r in orders if not r.get("expect_review_with_history", r["expect_review"])),
)
used = (
    set(x["sku"] for r in orders for x in r["lines"] + r.get("lines_with_history", []) if x["sku"])
    | set(c for r in orders for x in r["lines"] for c in x.get("candidates", []))
    | set(x["sku"] for r in rows for x in r.get("change_lines", []))
)
print(
    "catalog",
    len(cat["products"]),
    "products,",
    n_var,
    "with variants,",
    sum(len(p["variants"]) for p in cat["products"]),
    "variants,",
    len(cat["categories"]),
    "categories; coverage",
    len(used),
    "of",
    len(cat["products"]),
)
print(
    "histories",
    len(hists),
    "customers,",
    sum(len(h["orders"]) for h in hists),
    "orders,",
    sum(len(o["lines"]) for h in hists for o in h["orders"]),
    "lines,",
    min(o["date"] for h in hists for o in h["orders"]),
    "to",
    max(o["date"] for h in hists for o in h["orders"]),
)
print(
    "tags",
    dict(
        sorted(
            collections.Counter(t for r in rows for t in r["tags"]).items(), key=lambda kv: (-kv[1], kv[0])
        )
    ),
)
print("highest difflib similarity %.2f (%s, %s)" % best)
if ERR:
    print("\nFAILED:", len(ERR))
    for e in ERR[:60]:
        print(" ", e)
    sys.exit(1)
print("OK: all checks pass")
