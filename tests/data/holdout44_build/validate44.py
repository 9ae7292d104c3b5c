# ruff: noqa  (hand-written data generator of blind set 44, kept as its writer left it)
"""Check catalog44.json, histories44.jsonl and holdout44.jsonl and print the figures."""

import collections
import difflib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from cat44 import FAMILY_WORDS  # noqa: E402

ERR = []


def err(msg):
    ERR.append(msg)


UNITS = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tray", "box", "tub"}
VTYPES = {"SIZE", "COLOR", "VOLUME", "WEIGHT"}
INTENTS = {"ORDER", "QUESTION", "COMPLAINT", "OTHER", "CANCEL", "CHANGE"}
PRICE = re.compile(r"^\d+\.\d{2}$")
PHONE = re.compile(r"(?:\+44|\b0)\d[\d ]{8,13}\d")
DRAMA = ("447700900", "07700900", "02079460")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
NOTE_WORDS = ("ambiguous", "not in catalog", "quantities not stated", "not a whole number")


def main():
    cat = json.load(open(os.path.join(OUT, "catalog44.json"), encoding="utf-8"))
    hist = [json.loads(l) for l in open(os.path.join(OUT, "histories44.jsonl"), encoding="utf-8")]
    rows = [json.loads(l) for l in open(os.path.join(OUT, "holdout44.jsonl"), encoding="utf-8")]

    # ---- catalog
    seen_cat = set()
    for c in cat["categories"]:
        if c["parent"] is not None and c["parent"] not in seen_cat:
            err("category parent not listed first: %s" % c["name"])
        seen_cat.add(c["name"])
    prods = {}
    all_skus = set()
    aliases = collections.Counter()
    for p in cat["products"]:
        if p["sku"] in prods:
            err("duplicate sku " + p["sku"])
        prods[p["sku"]] = p
        all_skus.add(p["sku"])
        if p["category"] not in seen_cat:
            err("unknown category " + p["category"])
        if p["unit"] not in UNITS:
            err("bad unit " + p["sku"])
        if not PRICE.match(p["unit_price"]):
            err("bad price " + p["sku"])
        for a in p["aliases"]:
            aliases[a.lower()] += 1
        for v in p["variants"]:
            if v["variant_type"] not in VTYPES:
                err("bad variant type %s" % v)
            if not PRICE.match(v["unit_price"]):
                err("bad variant price %s" % v)
            if v["sku"] in all_skus:
                err("duplicate variant sku " + v["sku"])
            all_skus.add(v["sku"])
            for a in v["ai_aliases"]:
                aliases[a.lower()] += 1
        names = [v["name"] for v in p["variants"]]
        if len(names) != len(set(names)):
            err("duplicate variant names " + p["sku"])
    for a, n in aliases.items():
        if n > 1:
            err("shared alias " + a)
        if a in FAMILY_WORDS:
            err("alias is a family word: " + a)
    vp = {s for s, p in prods.items() if p["variants"]}
    vnames = {s: {v["name"] for v in p["variants"]} for s, p in prods.items()}
    if not 90 <= len(prods) <= 120:
        err("product count %d" % len(prods))
    if not 12 <= len(vp) <= 18:
        err("variant product count %d" % len(vp))

    def check_line(l, where, allow_null=True):
        if l["sku"] is None:
            if "variant" in l:
                err("%s: variant on null-sku line" % where)
            if "candidates" in l:
                if len(l["candidates"]) < 2:
                    err("%s: fewer than two candidates" % where)
                for c in l["candidates"]:
                    if c not in prods:
                        err("%s: unknown candidate %s" % (where, c))
                cv = l.get("candidate_variant")
                if cv and not any(cv in vnames.get(c, ()) for c in l["candidates"]):
                    err("%s: candidate_variant fits no candidate" % where)
            if not allow_null:
                err("%s: null sku" % where)
            return
        if l["sku"] not in prods:
            err("%s: unknown sku %s" % (where, l["sku"]))
            return
        if l["sku"] in vp:
            if "variant" not in l:
                err("%s: variant key missing" % where)
            elif l["variant"] is not None and l["variant"] not in vnames[l["sku"]]:
                err("%s: unknown variant %s" % (where, l["variant"]))
            elif l["variant"] is None and not allow_null:
                err("%s: null variant" % where)
        elif "variant" in l:
            err("%s: variant key on product without variants" % where)
        if l["quantity"] is None and not allow_null:
            err("%s: null quantity" % where)

    # ---- histories
    hmap = {}
    for h in hist:
        hmap[h["customer"]] = h
        for k in ("customer", "name", "kind", "channel", "address", "language", "orders"):
            if k not in h:
                err("history field missing %s %s" % (h.get("customer"), k))
        for o in h["orders"]:
            for l in o["lines"]:
                check_line(l, "history %s %s" % (h["customer"], o["date"]), allow_null=False)
                if not (isinstance(l["quantity"], (int, float)) and l["quantity"] > 0):
                    err("history quantity %s" % l)
        check_contacts(h["address"], "address " + h["customer"])

    # ---- messages
    for i, r in enumerate(rows, 1):
        if r["id"] != "hm%03d" % i:
            err("id gap at %d: %s" % (i, r["id"]))
    max_q = collections.defaultdict(lambda: collections.defaultdict(float))
    for h in hist:
        for o in h["orders"]:
            for l in o["lines"]:
                max_q[h["customer"]][l["sku"]] = max(max_q[h["customer"]][l["sku"]], l["quantity"])
    for r in rows:
        w = r["id"]
        if r["intent"] not in INTENTS:
            err(w + " bad intent")
        if r["customer"] not in hmap:
            err(w + " unknown customer")
        else:
            for o in hmap[r["customer"]]["orders"]:
                if o["date"] >= r["date"]:
                    err(w + " history date not before message date")
        if r["date"] < "2028-01-01":
            err(w + " date too early")
        check_contacts(r["text"], w)
        for tr in training:
            pass
        hf = ("lines_with_history" in r, "expect_review_with_history" in r)
        if hf[0] != hf[1]:
            err(w + " history fields not together")
        if ("change_lines" in r) != (r["intent"] == "CHANGE"):
            err(w + " change_lines only and always on CHANGE")
        for l in r.get("change_lines", []):
            check_line(l, w + " change", allow_null=False)
        tags = r["tags"]
        if r["intent"] != "ORDER":
            if r["lines"] or "expect_review" in r or hf[0]:
                err(w + " non-ORDER row with lines or review fields")
            if "clean" in tags:
                err(w + " clean on non-order")
            continue
        rev = r["expect_review"]
        for l in r["lines"]:
            check_line(l, w)
        notes = r["notes"]
        opens = [
            l
            for l in r["lines"]
            if l["sku"] is None or l["quantity"] is None or ("variant" in l and l["variant"] is None)
        ]
        if opens and not rev:
            err(w + " open line on a shippable row")
        for l in opens:
            if not any(n in notes for n in NOTE_WORDS):
                err(w + " open line without standard note")
        if (
            any(l["quantity"] is not None and l["quantity"] != int(l["quantity"]) for l in r["lines"])
            and not rev
        ):
            err(w + " fraction on a shippable row")
        if "reference" in tags and not rev:
            err(w + " reference row not in review")
        if hf[0]:
            for l in r["lines_with_history"]:
                check_line(l, w + " lwh")
            rh = r["expect_review_with_history"]
            oh = [
                l
                for l in r["lines_with_history"]
                if l["sku"] is None or l["quantity"] is None or ("variant" in l and l["variant"] is None)
            ]
            if oh and not rh:
                err(w + " open history line on shippable row")
            if r["lines_with_history"] == r["lines"] and rh == rev:
                err(w + " history fields change nothing")
        outlier = "outlier" in tags
        clean_should = (not rev) and not outlier
        if clean_should != ("clean" in tags):
            err(w + " clean tag wrong")
        if outlier:
            if rev or not r.get("expect_review_with_history"):
                err(w + " outlier review fields")
            ok = False
            for l in r["lines"]:
                m = max_q[r["customer"]].get(l["sku"], 0)
                if m and l["quantity"] >= 4 * m:
                    ok = True
            if not ok:
                err(w + " outlier not 4x the largest earlier quantity")
    # training examples
    texts = [r["text"].lower() for r in rows]
    for p in cat["products"]:
        for ex in p["ai_training_examples"]:
            for r, t in zip(rows, texts):
                if ex.lower() in t:
                    err("training example in " + r["id"])
    # similarity
    best = (0, None, None)
    for i in range(len(rows)):
        a = rows[i]["text"]
        for j in range(i + 1, len(rows)):
            b = rows[j]["text"]
            sm = difflib.SequenceMatcher(None, a, b)
            if sm.real_quick_ratio() < best[0] or sm.quick_ratio() < best[0]:
                continue
            q = sm.ratio()
            if q > best[0]:
                best = (q, rows[i]["id"], rows[j]["id"])
    if best[0] >= 0.7:
        err("similar texts %s %s %.2f" % (best[1], best[2], best[0]))
    n = len(rows)
    clean = sum("clean" in r["tags"] for r in rows)
    if n < 170:
        err("fewer than 170 messages")
    if clean / n < 0.40:
        err("clean share %.3f" % (clean / n))

    figures(cat, hist, rows, prods, vp, best, clean)
    if ERR:
        print("\nERRORS (%d):" % len(ERR))
        for e in ERR:
            print(" -", e)
        sys.exit(1)
    print("\nOK: all checks passed")


training = []


def check_contacts(text, where):
    for m in PHONE.finditer(text):
        digits = re.sub(r"\D", "", m.group(0))
        if not digits.startswith(DRAMA):
            err("%s: non-drama phone number %s" % (where, m.group(0)))
    for m in EMAIL.finditer(text):
        if not m.group(0).lower().endswith(".example"):
            err("%s: e-mail not under .example: %s" % (where, m.group(0)))


def figures(cat, hist, rows, prods, vp, best, clean):
    n = len(rows)
    print(
        "catalog: %d categories (%d top-level), %d products, %d with variants, %d variants"
        % (
            len(cat["categories"]),
            sum(c["parent"] is None for c in cat["categories"]),
            len(prods),
            len(vp),
            sum(len(p["variants"]) for p in prods.values()),
        )
    )
    print("units:", dict(collections.Counter(p["unit"] for p in prods.values()).most_common()))
    no = [h for h in hist if h["orders"]]
    print(
        "histories: %d customers, %d with orders, %d orders, %d lines, %s to %s"
        % (
            len(hist),
            len(no),
            sum(len(h["orders"]) for h in hist),
            sum(len(o["lines"]) for h in hist for o in h["orders"]),
            min(o["date"] for h in no for o in h["orders"]),
            max(o["date"] for h in no for o in h["orders"]),
        )
    )
    print("messages: %d, dates %s to %s" % (n, min(r["date"] for r in rows), max(r["date"] for r in rows)))
    ic = collections.Counter(r["intent"] for r in rows)
    print("intents:", dict(ic.most_common()), "ORDER share %.0f%%" % (100 * ic["ORDER"] / n))
    print("channels:", dict(collections.Counter(r["channel"] for r in rows).most_common()))
    lc = collections.Counter(r["language"] for r in rows)
    print(
        "languages:",
        dict(lc.most_common()),
        "non-English ORDER:",
        sum(r["intent"] == "ORDER" and r["language"] != "en" for r in rows),
    )
    lines = [l for r in rows if r["intent"] == "ORDER" for l in r["lines"]]
    nulls = [l for l in lines if l["sku"] is None]
    print(
        "order lines: %d; null sku %d (%d with candidates, %d not in catalog); of a product with variants %d "
        "(%d no variant); null quantity %d"
        % (
            len(lines),
            len(nulls),
            sum("candidates" in l for l in nulls),
            sum("candidates" not in l for l in nulls),
            sum(l.get("sku") in vp for l in lines),
            sum(l.get("sku") in vp and l["variant"] is None for l in lines),
            sum(l["quantity"] is None for l in lines),
        )
    )
    orders = [r for r in rows if r["intent"] == "ORDER"]
    ship = [r for r in orders if not r["expect_review"]]
    print(
        "review: %d ORDER shippable (%d clean + %d outliers), %d expect_review; clean %d/%d = %.1f%%"
        % (len(ship), clean, len(ship) - clean, len(orders) - len(ship), clean, n, 100 * clean / n)
    )
    hrows = [r for r in orders if "lines_with_history" in r]
    print(
        "history: lines_with_history on %d rows: %d review->no review, %d keep review, %d no review->review; "
        "with history %d of %d orders shippable"
        % (
            len(hrows),
            sum(r["expect_review"] and not r["expect_review_with_history"] for r in hrows),
            sum(r["expect_review"] and r["expect_review_with_history"] for r in hrows),
            sum(not r["expect_review"] and r["expect_review_with_history"] for r in hrows),
            sum(not r.get("expect_review_with_history", r["expect_review"]) for r in orders),
            len(orders),
        )
    )
    used = set()
    for r in rows:
        for l in r["lines"] + r.get("lines_with_history", []) + r.get("change_lines", []):
            if l["sku"]:
                used.add(l["sku"])
            used.update(l.get("candidates", []))
    print("coverage: %d of %d products in a label or as a candidate" % (len(used & set(prods)), len(prods)))
    missing = sorted(set(prods) - used)
    if missing:
        print("  not covered:", ", ".join(missing))
    tc = collections.Counter(t for r in rows for t in r["tags"])
    print("tags:", ", ".join("%s %d" % kv for kv in tc.most_common()))
    print("highest difflib similarity: %.2f (%s, %s)" % best)


if __name__ == "__main__":
    main()
