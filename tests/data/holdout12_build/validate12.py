# ruff: noqa  (hand-written data generator for the twelfth blind set, kept as its writer left it)
#!/usr/bin/python3
"""Checks the twelfth blind set and prints its figures."""

import json, os, sys, re, difflib, collections, itertools

D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errs = []


def err(*a):
    errs.append(" ".join(str(x) for x in a))


cat = json.load(open(os.path.join(D, "catalog12.json"), encoding="utf-8"))
rows = [json.loads(l) for l in open(os.path.join(D, "holdout12.jsonl"), encoding="utf-8")]
hists = [json.loads(l) for l in open(os.path.join(D, "histories12.jsonl"), encoding="utf-8")]

UNITS = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tray", "box", "tub"}
VTYPES = {"SIZE", "COLOR", "VOLUME", "WEIGHT"}
price = re.compile(r"^\d+\.\d\d$")
seen = set()
for c in cat["categories"]:
    if c["parent"] is not None and c["parent"] not in seen:
        err("parent not listed first", c)
    seen.add(c["name"])
prods = {}
aliases = {}
vskus = set()
for p in cat["products"]:
    if p["sku"] in prods:
        err("dup sku", p["sku"])
    prods[p["sku"]] = p
    if p["category"] not in seen:
        err("bad category", p["sku"])
    if p["unit"] not in UNITS:
        err("bad unit", p["sku"])
    if not price.match(p["unit_price"]):
        err("bad price", p["sku"])
    for a in p["aliases"]:
        if a.lower() in aliases:
            err("shared alias", a, p["sku"], aliases[a.lower()])
        aliases[a.lower()] = p["sku"]
    for v in p["variants"]:
        if v["variant_type"] not in VTYPES:
            err("bad vtype", p["sku"])
        if not price.match(v["unit_price"]):
            err("bad vprice", p["sku"])
        if not v.get("sku") or v["sku"] in vskus or v["sku"] in prods:
            err("bad vsku", v.get("sku"))
        vskus.add(v["sku"])
has_var = {s: bool(p["variants"]) for s, p in prods.items()}
vnames = {s: {v["name"] for v in p["variants"]} for s, p in prods.items()}
texts_low = [r["text"].lower() for r in rows]
for p in cat["products"]:
    for t in p["ai_training_examples"]:
        for x in texts_low:
            if t.lower() in x:
                err("training example in message", t)
# bare family words must not be aliases
for w in [
    "gin",
    "rum",
    "vodka",
    "cider",
    "coke",
    "house wine",
    "prosecco",
    "water",
    "tonic",
    "napkins",
    "ice",
    "gas",
    "juice",
    "vermouth",
    "ginger",
    "straws",
    "brightwater",
    "cayo",
    "vallefiore",
]:
    if w in aliases:
        err("family word is an alias", w)


def check_line(l, where, order_row=None):
    if set(l) - {"sku", "quantity", "variant", "candidates"}:
        err("bad keys", where, l)
    s = l["sku"]
    if s is None:
        if "variant" in l:
            err("variant on null sku", where)
        for c in l.get("candidates", []):
            if c not in prods:
                err("bad candidate", c, where)
        return
    if s not in prods:
        err("bad sku", s, where)
        return
    if has_var[s]:
        if "variant" not in l:
            err("missing variant key", s, where)
        elif l["variant"] is not None and l["variant"] not in vnames[s]:
            err("bad variant", s, l["variant"], where)
    elif "variant" in l:
        err("variant on product without variants", s, where)


hmap = {h["customer"]: h for h in hists}
for h in hists:
    for o in h["orders"]:
        for l in o["lines"]:
            check_line(l, h["customer"])
            if l["sku"] is None or l["quantity"] is None or (has_var[l["sku"]] and l.get("variant") is None):
                err("open line in history", h["customer"])
for r in rows:
    rid = r["id"]
    if r["customer"] not in hmap:
        err("unknown customer", rid)
    for o in hmap.get(r["customer"], {"orders": []})["orders"]:
        if o["date"] >= r["date"]:
            err("history not before message", rid)
    if r["intent"] != "ORDER":
        if r["lines"]:
            err("lines on non-order", rid)
        if any(k in r for k in ("expect_review", "lines_with_history", "expect_review_with_history")):
            err("review fields on non-order", rid)
        if (r["intent"] == "CHANGE") != ("change_lines" in r):
            err("change_lines", rid)
        for l in r.get("change_lines", []):
            check_line(l, rid)
        continue
    if not isinstance(r.get("expect_review"), bool):
        err("expect_review missing", rid)
    if ("lines_with_history" in r) != ("expect_review_with_history" in r):
        err("history fields apart", rid)
    for key, rv in (
        ("lines", r["expect_review"]),
        ("lines_with_history", r.get("expect_review_with_history")),
    ):
        if key not in r:
            continue
        for l in r[key]:
            check_line(l, rid)
            openl = (
                l["sku"] is None or l["quantity"] is None or (has_var[l["sku"]] and l.get("variant") is None)
            )
            if openl and not rv:
                err("open line without review", rid, key)
            n = r["notes"].lower()
            if key == "lines":
                if l["sku"] is None and l.get("candidates") and "ambiguous" not in n:
                    err("notes ambiguous", rid)
                if l["sku"] is None and not l.get("candidates") and "not in catalog" not in n:
                    err("notes not in catalog", rid)
                if l["quantity"] is None and "quantities not stated" not in n:
                    err("notes quantities", rid)
                if l["sku"] and has_var[l["sku"]] and l.get("variant") is None and "ambiguous" not in n:
                    err("notes variant", rid)
    if "outlier" in r["tags"]:
        h = hmap[r["customer"]]
        for l in r["lines"]:
            mx = max([x["quantity"] for o in h["orders"] for x in o["lines"] if x["sku"] == l["sku"]] or [0])
            if l["quantity"] < 4 * mx:
                err("outlier not 4x", rid, l["quantity"], mx)
# phones / emails
for h in hists:
    a = h["address"]
    if "@" in a:
        if not a.endswith(".example"):
            err("email domain", a)
    elif not re.match(r"^\+447700900\d{3}$", a):
        err("phone", a)
for r in rows:
    for m in re.findall(r"[\w.]+@[\w-]+(?:\.[\w-]+)+", r["text"]):
        if not m.endswith(".example"):
            err("email in text", r["id"], m)
    for m in re.findall(r"\b0\d{3,4} ?\d{3} ?\d{3,4}\b", r["text"]):
        if not (m.replace(" ", "").startswith("07700900") or m.replace(" ", "").startswith("02079460")):
            err("phone in text", r["id"], m)
# ids, languages
if [r["id"] for r in rows] != ["d%03d" % i for i in range(1, len(rows) + 1)]:
    err("ids")
# similarity
best = (0, None)
T = [r["text"] for r in rows]
for i, j in itertools.combinations(range(len(T)), 2):
    sm = difflib.SequenceMatcher(None, T[i], T[j])
    if sm.real_quick_ratio() < 0.7 or sm.quick_ratio() < 0.7:
        continue
    q = sm.ratio()
    if q > best[0]:
        best = (q, (rows[i]["id"], rows[j]["id"]))
    if q >= 0.7:
        err("similar texts", rows[i]["id"], rows[j]["id"], round(q, 2))
# figures
C = collections.Counter
orders = [r for r in rows if r["intent"] == "ORDER"]
lines = [l for r in orders for l in r["lines"]]
print("messages", len(rows), dict(C(r["intent"] for r in rows)))
print("channels", dict(C(r["channel"] for r in rows)))
print(
    "languages",
    dict(C(r["language"] for r in rows)),
    "non-English orders",
    sum(r["language"] != "en" for r in orders),
)
print(
    "order lines",
    len(lines),
    "null sku",
    sum(l["sku"] is None for l in lines),
    "ambiguous",
    sum(l["sku"] is None and bool(l.get("candidates")) for l in lines),
    "not in catalog",
    sum(l["sku"] is None and not l.get("candidates") for l in lines),
    "variant products",
    sum(bool(l["sku"]) and has_var[l["sku"]] for l in lines),
    "null variant",
    sum(bool(l["sku"]) and has_var[l["sku"]] and l.get("variant") is None for l in lines),
    "null quantity",
    sum(l["quantity"] is None for l in lines),
)
rvf = sum(not r["expect_review"] for r in orders)
print("review false", rvf, "(%.0f%%)" % (100 * rvf / len(orders)), "review true", len(orders) - rvf)
wh = [r for r in orders if "lines_with_history" in r]
print(
    "with history rows",
    len(wh),
    "review->no review",
    sum(r["expect_review"] and not r["expect_review_with_history"] for r in wh),
    "stay review",
    sum(r["expect_review"] and r["expect_review_with_history"] for r in wh),
    "outliers",
    sum((not r["expect_review"]) and r["expect_review_with_history"] for r in wh),
)
print(
    "shippable with history", sum(not r.get("expect_review_with_history", r["expect_review"]) for r in orders)
)
used = {
    l["sku"]
    for r in rows
    for k in ("lines", "lines_with_history", "change_lines")
    for l in r.get(k, [])
    if l["sku"]
}
used |= {c for r in rows for l in r["lines"] for c in l.get("candidates", [])}
print("coverage", len(used & set(prods)), "of", len(prods), "unused:", sorted(set(prods) - used))
print("tags", dict(C(t for r in rows for t in r["tags"]).most_common()))
print(
    "histories",
    len(hists),
    "orders",
    sum(len(h["orders"]) for h in hists),
    "lines",
    sum(len(o["lines"]) for h in hists for o in h["orders"]),
    "from",
    min(o["date"] for h in hists for o in h["orders"]),
    "to",
    max(o["date"] for h in hists for o in h["orders"]),
)
print("dates", min(r["date"] for r in rows), max(r["date"] for r in rows))
print(
    "products",
    len(prods),
    "with variants",
    sum(has_var.values()),
    "variants",
    len(vskus),
    "categories",
    len(cat["categories"]),
    "units",
    dict(C(p["unit"] for p in cat["products"])),
)
print("highest similarity", round(best[0], 2), best[1])
if errs:
    print("\n".join(errs[:60]))
    print(len(errs), "ERRORS")
    sys.exit(1)
print("OK")
