# ruff: noqa  (hand-written data generator of blind set 21, kept as its writer left it)
"""Validates catalog21.json, histories21.jsonl and holdout21.jsonl (checks listed in readme21.md) and prints the figures."""

import difflib
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ERR = []


def check(cond, msg):
    if not cond:
        ERR.append(msg)


FAMILY_WORDS = {
    "oatly",
    "oat milk",
    "soya",
    "soya milk",
    "soy milk",
    "alpro",
    "almond milk",
    "coconut milk",
    "remedy",
    "kombucha",
    "vita coco",
    "coconut water",
    "moju",
    "shots",
    "matcha",
    "tofu",
    "tofoo",
    "violife",
    "vegan cheese",
    "yoghurt",
    "oats",
    "flour",
    "rice",
    "brown rice",
    "basmati",
    "lentils",
    "chickpeas",
    "beans",
    "cashews",
    "almonds",
    "chia",
    "linseed",
    "flax",
    "seeds",
    "nuts",
    "dates",
    "apples",
    "kale",
    "oil",
    "tahini",
    "peanut butter",
    "maple",
    "maple syrup",
    "nakd",
    "bounce",
    "bounce balls",
    "protein balls",
    "cacao",
    "ecover",
    "bio-d",
    "hand wash",
    "cups",
    "lids",
    "bags",
    "straws",
    "ginger",
    "turmeric",
    "coffee",
    "tea",
    "pukka",
    "bars",
    "syrup",
    "refill",
}
UNITS = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tray", "box", "tub"}
VTYPES = {"SIZE", "COLOR", "VOLUME", "WEIGHT"}
INTENTS = {"ORDER", "QUESTION", "COMPLAINT", "OTHER", "CANCEL", "CHANGE"}


def main():
    cat = json.load(open(os.path.join(OUT, "catalog21.json"), encoding="utf-8"))
    hist = [json.loads(l) for l in open(os.path.join(OUT, "histories21.jsonl"), encoding="utf-8")]
    rows = [json.loads(l) for l in open(os.path.join(OUT, "holdout21.jsonl"), encoding="utf-8")]

    # ---- catalog
    names = set()
    for c in cat["categories"]:
        check(c["parent"] is None or c["parent"] in names, "category parent after child: %s" % c["name"])
        names.add(c["name"])
    P = {}
    skus = set()
    aliases = {}
    for p in cat["products"]:
        check(p["sku"] not in skus, "duplicate sku " + p["sku"])
        skus.add(p["sku"])
        P[p["sku"]] = p
        check(p["category"] in names, "unknown category " + p["category"])
        check(p["unit"] in UNITS, "bad unit " + p["unit"])
        check(
            re.fullmatch(r"\d+\.\d\d", p["unit_price"]) is not None and Decimal(p["unit_price"]) > 0,
            "bad price " + p["sku"],
        )
        als = list(p["aliases"]) + [a for v in p["variants"] for a in v.get("ai_aliases", [])]
        for a in als:
            k = a.lower()
            check(k not in aliases, "alias %r shared by %s and %s" % (a, aliases.get(k), p["sku"]))
            aliases[k] = p["sku"]
            check(k not in FAMILY_WORDS, "alias is a bare family word: %r (%s)" % (a, p["sku"]))
        vn = set()
        for v in p["variants"]:
            check(v["variant_type"] in VTYPES, "bad variant type " + p["sku"])
            check(v["sku"] not in skus, "duplicate variant sku " + v["sku"])
            skus.add(v["sku"])
            check(re.fullmatch(r"\d+\.\d\d", v["unit_price"]) is not None, "bad variant price " + v["sku"])
            check(v["name"] not in vn, "duplicate variant name " + p["sku"])
            vn.add(v["name"])
    nprod = len(cat["products"])
    nvar = sum(1 for p in cat["products"] if p["variants"])
    check(90 <= nprod <= 120, "product count %d" % nprod)
    check(12 <= nvar <= 18, "products with variants %d" % nvar)
    VN = {s: {v["name"] for v in p["variants"]} for s, p in P.items()}

    def check_line(l, where, allow_null=True):
        s = l.get("sku")
        if s is None:
            check(allow_null, "null sku in " + where)
            check("variant" not in l, "variant on null-sku line in " + where)
            if "candidates" in l:
                check(len(l["candidates"]) >= 2, "fewer than 2 candidates in " + where)
                for c in l["candidates"]:
                    check(c in P, "unknown candidate %s in %s" % (c, where))
                if "candidate_variant" in l:
                    check(
                        any(l["candidate_variant"] in VN.get(c, ()) for c in l["candidates"]),
                        "candidate_variant fits no candidate in " + where,
                    )
            return
        check(s in P, "unknown sku %s in %s" % (s, where))
        if s not in P:
            return
        if P[s]["variants"]:
            check("variant" in l, "missing variant key on %s in %s" % (s, where))
            check(
                l.get("variant") is None or l["variant"] in VN[s],
                "unknown variant %r of %s in %s" % (l.get("variant"), s, where),
            )
        else:
            check("variant" not in l, "variant key on %s (no variants) in %s" % (s, where))
        check("candidates" not in l, "candidates on a resolved line in " + where)
        q = l.get("quantity")
        check(q is None or (isinstance(q, (int, float)) and q > 0), "bad quantity in " + where)

    # ---- histories
    H = {}
    for h in hist:
        H[h["customer"]] = h
        for k in ("customer", "name", "kind", "channel", "address", "language", "orders"):
            check(k in h, "history field %s missing for %s" % (k, h.get("customer")))
        prev = ""
        for o in h["orders"]:
            check(o["date"] > prev, "history dates not increasing for " + h["customer"])
            prev = o["date"]
            for l in o["lines"]:
                check_line(l, "history of " + h["customer"], allow_null=False)
                check(l.get("quantity") is not None, "null quantity in history of " + h["customer"])

    # ---- messages
    for i, r in enumerate(rows, 1):
        check(r["id"] == "v%03d" % i, "id gap at %s" % r["id"])
    texts = [r["text"] for r in rows]
    for r in rows:
        w = r["id"]
        check(r["intent"] in INTENTS, "bad intent " + w)
        check(r["customer"] in H, "unknown customer " + w)
        h = H.get(r["customer"], {"orders": []})
        check(all(o["date"] < r["date"] for o in h["orders"]), "history not before message " + w)
        tags = r["tags"]
        check(("multilingual" in tags) == (r["language"] != "en"), "multilingual tag mismatch " + w)
        notes = r["notes"].lower()
        if r["intent"] != "ORDER":
            check(r["lines"] == [], "non-ORDER with lines " + w)
            for k in ("expect_review", "lines_with_history", "expect_review_with_history"):
                check(k not in r, "non-ORDER with %s %s" % (k, w))
            check("clean" not in tags and "reference" not in tags, "order tag on non-order " + w)
        else:
            check("expect_review" in r, "ORDER without expect_review " + w)
            check(
                ("lines_with_history" in r) == ("expect_review_with_history" in r),
                "history fields not together " + w,
            )
            for l in r["lines"]:
                check_line(l, w)
            for l in r.get("lines_with_history", []):
                check_line(l, w + " (history)")

            def opens(ls):
                return [
                    l
                    for l in ls
                    if l["sku"] is None or l["quantity"] is None or ("variant" in l and l["variant"] is None)
                ]

            op = opens(r["lines"])
            if op:
                check(r["expect_review"], "open line on a review-false row " + w)
            for l in op + opens(r.get("lines_with_history", [])):
                if l["sku"] is None and "candidates" in l:
                    check("ambiguous" in notes, "notes lack 'ambiguous' " + w)
                elif l["sku"] is None:
                    check("not in catalog" in notes, "notes lack 'not in catalog' " + w)
                elif l["quantity"] is None:
                    check(
                        "quantities not stated" in notes or "not a whole number" in notes,
                        "notes lack null-quantity reason " + w,
                    )
                else:
                    check("ambiguous" in notes, "notes lack 'ambiguous' for missing variant " + w)
            if "lines_with_history" in r and opens(r["lines_with_history"]):
                check(r["expect_review_with_history"], "open history line on review-false " + w)
            if "lines_with_history" in r:
                check(
                    r["lines_with_history"] != r["lines"]
                    or r["expect_review_with_history"] != r["expect_review"],
                    "history fields that change nothing " + w,
                )
            if "reference" in tags:
                check(r["expect_review"], "reference row not in review " + w)
            outlier = "outlier" in tags
            check(("clean" in tags) == (not r["expect_review"] and not outlier), "clean tag mismatch " + w)
            if outlier:
                check(
                    r["expect_review"] is False and r.get("expect_review_with_history") is True,
                    "outlier flags " + w,
                )
                for l in r["lines"]:
                    mx = max(
                        [x["quantity"] for o in h["orders"] for x in o["lines"] if x["sku"] == l["sku"]]
                        or [0]
                    )
                    if mx and l["quantity"] >= 4 * mx:
                        break
                else:
                    check(False, "outlier below 4x the customer's largest quantity " + w)
        if r["intent"] == "CHANGE":
            check("change_lines" in r, "CHANGE without change_lines " + w)
            for l in r.get("change_lines", []):
                check_line(l, w + " (change)", allow_null=False)
        else:
            check("change_lines" not in r, "change_lines on non-CHANGE " + w)
        # PII rules
        for m in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", r["text"]):
            check(m.lower().endswith(".example"), "e-mail not under .example: %s in %s" % (m, w))
        for m in re.findall(r"(?:\+44|\b0)[\d ]{9,14}\d", r["text"]):
            d = re.sub(r"\D", "", m)
            d = "0" + d[2:] if d.startswith("44") else d
            check(
                d.startswith("07700900") or d.startswith("02079460"),
                "phone not a drama number: %s in %s" % (m, w),
            )
    for h in hist:
        a = h["address"]
        if "@" in a:
            check(a.endswith(".example"), "history e-mail not .example " + a)
        else:
            check(a.startswith("+447700900"), "history phone not drama " + a)
    # training examples
    ex = [e.lower() for p in cat["products"] for e in p["ai_training_examples"]]
    for r in rows:
        t = r["text"].lower()
        for e in ex:
            check(e not in t, "training example inside message " + r["id"])
    # similarity
    best = (0, None, None)
    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            sm = difflib.SequenceMatcher(None, texts[i], texts[j])
            if sm.real_quick_ratio() < 0.7 or sm.quick_ratio() < 0.7:
                q = sm.ratio() if sm.quick_ratio() >= best[0] else 0
            else:
                q = sm.ratio()
            if q > best[0]:
                best = (q, rows[i]["id"], rows[j]["id"])
    check(best[0] < 0.7, "texts too similar: %s" % (best,))

    # ---- figures
    orders = [r for r in rows if r["intent"] == "ORDER"]
    lines = [l for r in orders for l in r["lines"]]
    tagc = Counter(t for r in rows for t in r["tags"])
    clean = tagc["clean"]
    used = set()
    for r in orders:
        for l in r["lines"] + r.get("lines_with_history", []):
            if l["sku"]:
                used.add(l["sku"])
            used.update(l.get("candidates", []))
    for r in rows:
        for l in r.get("change_lines", []):
            used.add(l["sku"])
    hw = [r for r in orders if "lines_with_history" in r]
    print(
        "catalog: %d categories (%d top-level), %d products, %d with variants, %d variants"
        % (
            len(cat["categories"]),
            sum(1 for c in cat["categories"] if c["parent"] is None),
            nprod,
            nvar,
            sum(len(p["variants"]) for p in cat["products"]),
        )
    )
    print("units:", dict(Counter(p["unit"] for p in cat["products"]).most_common()))
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
    print("messages: %d, %s to %s" % (len(rows), min(r["date"] for r in rows), max(r["date"] for r in rows)))
    print("intents:", dict(Counter(r["intent"] for r in rows).most_common()))
    print("channels:", dict(Counter(r["channel"] for r in rows).most_common()))
    print(
        "languages:",
        dict(Counter(r["language"] for r in rows).most_common()),
        "non-English ORDER: %d" % sum(1 for r in orders if r["language"] != "en"),
    )
    print(
        "order lines: %d; null sku %d (ambiguous with candidates %d, not in catalog %d); of a product with variants %d (no variant %d); null quantity %d"
        % (
            len(lines),
            sum(1 for l in lines if l["sku"] is None),
            sum(1 for l in lines if l["sku"] is None and "candidates" in l),
            sum(1 for l in lines if l["sku"] is None and "candidates" not in l),
            sum(1 for l in lines if "variant" in l),
            sum(1 for l in lines if "variant" in l and l["variant"] is None),
            sum(1 for l in lines if l["quantity"] is None),
        )
    )
    print(
        "review: %d ORDER shippable as written (%d clean + %d outliers), %d expect_review; clean share %.1f%% of all messages"
        % (
            sum(1 for r in orders if not r["expect_review"]),
            clean,
            tagc["outlier"],
            sum(1 for r in orders if r["expect_review"]),
            100.0 * clean / len(rows),
        )
    )
    print(
        "history: lines_with_history on %d rows: %d review->no review, %d stay in review, %d outliers no review->review; "
        "shippable with history %d of %d orders"
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
        "coverage: %d of %d products in a label, history line, change line or as a candidate"
        % (len(used & set(P)), nprod)
    )
    print("tags:", ", ".join("%s %d" % kv for kv in tagc.most_common()))
    print("highest difflib similarity between two texts: %.2f (%s, %s)" % best)
    if ERR:
        print("\nFAILED: %d problems" % len(ERR))
        for e in ERR[:60]:
            print(" -", e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
