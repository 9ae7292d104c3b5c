# ruff: noqa  (hand-written data generator of blind set 38, kept as its writer left it)
"""Validate catalog38.json, histories38.jsonl and holdout38.jsonl and print the set's figures.

Usage: python3 validate38.py   (reads the files in the parent folder). Exits 1 on the first failed check group.
"""

import difflib
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
BASE = os.path.dirname(HERE)

import cat38  # noqa: E402

ERRORS = []


def err(msg):
    ERRORS.append(msg)


def load():
    with open(os.path.join(BASE, "catalog38.json"), encoding="utf-8") as f:
        catalog = json.load(f)
    hist = []
    with open(os.path.join(BASE, "histories38.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                hist.append(json.loads(line))
            except ValueError as e:
                err("histories38.jsonl line %d: %s" % (i, e))
    rows = []
    with open(os.path.join(BASE, "holdout38.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("holdout38.jsonl line %d: %s" % (i, e))
    return catalog, hist, rows


UNITS = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tray", "box", "tub"}
VTYPES = {"SIZE", "COLOR", "VOLUME", "WEIGHT"}
PRICE = re.compile(r"^\d+\.\d\d$")
INTENTS = {"ORDER", "QUESTION", "COMPLAINT", "OTHER", "CANCEL", "CHANGE"}
CHANNELS = {"WHATSAPP", "SMS", "EMAIL"}


def check_catalog(cat):
    prods = cat["products"]
    names = set()
    for c in cat["categories"]:
        if c["parent"] is not None and c["parent"] not in names:
            err("category %s listed before its parent %s" % (c["name"], c["parent"]))
        names.add(c["name"])
    skus = Counter()
    aliases = Counter()
    fam = set(w.lower() for w in cat38.FAMILY_WORDS)
    for p in prods:
        skus[p["sku"]] += 1
        if p["category"] not in names:
            err("unknown category %s" % p["category"])
        if p["unit"] not in UNITS:
            err("bad unit %s" % p["sku"])
        if not PRICE.match(p["unit_price"]):
            err("bad price %s" % p["sku"])
        for a in p["aliases"]:
            aliases[a.lower()] += 1
        for v in p["variants"]:
            skus[v["sku"]] += 1
            if v["variant_type"] not in VTYPES:
                err("bad variant type %s" % v["sku"])
            if not PRICE.match(v["unit_price"]):
                err("bad variant price %s" % v["sku"])
            for a in v["ai_aliases"]:
                aliases[a.lower()] += 1
        vn = [v["name"] for v in p["variants"]]
        if len(vn) != len(set(vn)):
            err("duplicate variant names %s" % p["sku"])
    for s, n in skus.items():
        if n > 1:
            err("sku used twice: %s" % s)
    for a, n in aliases.items():
        if n > 1:
            err("alias shared: %s" % a)
        if a in fam:
            err("alias is a bare family word: %s" % a)
    if not 90 <= len(prods) <= 120:
        err("product count %d" % len(prods))
    nv = sum(1 for p in prods if p["variants"])
    if not 12 <= nv <= 18:
        err("products with variants %d" % nv)


def main():
    cat, hist, rows = load()
    check_catalog(cat)
    P = {p["sku"]: p for p in cat["products"]}

    def hv(sku):
        return sku is not None and bool(P[sku]["variants"])

    def check_line(l, where, complete=False):
        sku = l.get("sku")
        if "quantity" not in l:
            err("%s: line without quantity" % where)
        if sku is not None:
            if sku not in P:
                err("%s: unknown sku %s" % (where, sku))
                return
            if hv(sku):
                if "variant" not in l:
                    err("%s: variant key missing on %s" % (where, sku))
                elif l["variant"] is not None and l["variant"] not in [v["name"] for v in P[sku]["variants"]]:
                    err("%s: unknown variant %s" % (where, l["variant"]))
            elif "variant" in l:
                err("%s: variant key on %s" % (where, sku))
            if "candidates" in l:
                err("%s: candidates on a line with a sku" % where)
        else:
            if "variant" in l:
                err("%s: variant key on null-sku line" % where)
            if "candidates" in l:
                cs = l["candidates"]
                if len(cs) < 2:
                    err("%s: fewer than two candidates" % where)
                for c in cs:
                    if c not in P:
                        err("%s: unknown candidate %s" % (where, c))
                cv = l.get("candidate_variant")
                if cv is not None and not any(
                    c in P and cv in [v["name"] for v in P[c]["variants"]] for c in cs
                ):
                    err("%s: candidate_variant fits no candidate" % where)
            elif "candidate_variant" in l:
                err("%s: candidate_variant without candidates" % where)
        if complete:
            if sku is None or l.get("quantity") is None or (hv(sku) and l.get("variant") is None):
                err("%s: incomplete history line" % where)

    def is_open(l):
        q = l.get("quantity")
        return l.get("sku") is None or (hv(l["sku"]) and l.get("variant") is None) or q is None or q != int(q)

    # histories
    H = {}
    for h in hist:
        for k in ["customer", "name", "kind", "channel", "address", "language", "orders"]:
            if k not in h:
                err("history %s lacks %s" % (h.get("customer"), k))
        H[h["customer"]] = h
        for o in h["orders"]:
            for l in o["lines"]:
                check_line(l, "history %s %s" % (h["customer"], o["date"]), complete=True)
        dates = [o["date"] for o in h["orders"]]
        if dates != sorted(dates):
            err("history %s not oldest first" % h["customer"])

    # rows
    for i, r in enumerate(rows, 1):
        if r.get("id") != "nc%03d" % i:
            err("id gap at %d: %s" % (i, r.get("id")))
    texts = []
    fam_words = set(w.lower() for w in cat38.FAMILY_WORDS)
    examples = [e.lower() for p in cat["products"] for e in p["ai_training_examples"]]
    for r in rows:
        rid = r["id"]
        texts.append(r["text"])
        if r["intent"] not in INTENTS:
            err("%s bad intent" % rid)
        if r["channel"] not in CHANNELS:
            err("%s bad channel" % rid)
        if r["customer"] not in H:
            err("%s unknown customer" % rid)
        if r["date"] < "2028-01-02":
            err("%s date too early" % rid)
        for o in H.get(r["customer"], {}).get("orders", []):
            if o["date"] >= r["date"]:
                err("%s history date %s not before message" % (rid, o["date"]))
        low = r["text"].lower()
        for e in examples:
            if e in low:
                err("%s contains training example %r" % (rid, e))
        tags = r.get("tags", [])
        notes = r.get("notes", "").lower()
        has_hist = ("lines_with_history" in r, "expect_review_with_history" in r)
        if has_hist[0] != has_hist[1]:
            err("%s history fields not together" % rid)
        if r["intent"] != "ORDER":
            if r["lines"]:
                err("%s non-ORDER with lines" % rid)
            if "expect_review" in r or any(has_hist):
                err("%s non-ORDER with review fields" % rid)
            if "clean" in tags:
                err("%s clean on non-ORDER" % rid)
        else:
            if "expect_review" not in r:
                err("%s ORDER without expect_review" % rid)
            for l in r["lines"]:
                check_line(l, rid)
            for l in r.get("lines_with_history", []):
                check_line(l, rid + " wh")
            for ls, rev, lab in [
                (r["lines"], r["expect_review"], ""),
                (r.get("lines_with_history"), r.get("expect_review_with_history"), " wh"),
            ]:
                if ls is None:
                    continue
                for l in ls:
                    if is_open(l) and not rev:
                        err("%s%s open line on a shippable row" % (rid, lab))
                    if (
                        l.get("sku") is None
                        and "candidates" in l
                        or (l.get("sku") is not None and hv(l["sku"]) and l.get("variant") is None)
                    ):
                        if "ambiguous" not in notes:
                            err("%s notes lack 'ambiguous'" % rid)
                    if l.get("sku") is None and "candidates" not in l and "not in catalog" not in notes:
                        err("%s notes lack 'not in catalog'" % rid)
                    if (
                        l.get("quantity") is None
                        and "quantities not stated" not in notes
                        and "not a whole number" not in notes
                    ):
                        err("%s notes lack 'quantities not stated'/'not a whole number'" % rid)
            if any(has_hist):
                if (
                    r["lines_with_history"] == r["lines"]
                    and r["expect_review_with_history"] == r["expect_review"]
                ):
                    err("%s history fields change nothing" % rid)
            if "reference" in tags and not r["expect_review"]:
                err("%s reference row not in review" % rid)
            shippable = not r["expect_review"]
            outlier = "outlier" in tags
            if ("clean" in tags) != (shippable and not outlier):
                err("%s clean tag wrong" % rid)
            if outlier:
                if r["expect_review"] or r.get("expect_review_with_history") is not True:
                    err("%s outlier review flags" % rid)
                prev = {}
                for o in H[r["customer"]]["orders"]:
                    for l in o["lines"]:
                        prev[l["sku"]] = max(prev.get(l["sku"], 0), l["quantity"])
                if not any(
                    l["sku"] in prev and l["quantity"] >= 4 * prev[l["sku"]]
                    for l in r["lines"]
                    if l.get("sku")
                ):
                    err("%s outlier not 4x the largest earlier quantity" % rid)
        if ("change_lines" in r) != (r["intent"] == "CHANGE"):
            err("%s change_lines only and always on CHANGE" % rid)
        for l in r.get("change_lines", []):
            check_line(l, rid + " change")
        # contacts
        for m in re.finditer(r"[\w.+-]+@[\w.-]+", r["text"]):
            if not m.group(0).rstrip(".").endswith(".example"):
                err("%s e-mail not under .example: %s" % (rid, m.group(0)))
        for m in re.finditer(r"(?:\+44\s?|0)(?:\d[\s-]?){9,10}", r["text"]):
            digits = re.sub(r"\D", "", m.group(0))
            if digits.startswith("44"):
                digits = "0" + digits[2:]
            if not (digits.startswith("07700900") or digits.startswith("02079460")):
                err("%s phone number not a drama number: %s" % (rid, m.group(0)))
    for h in hist:
        a = h["address"]
        if "@" in a:
            if not a.endswith(".example"):
                err("address %s" % a)
        elif not a.startswith("+447700900"):
            err("address %s" % a)

    # similarity
    best = (0.0, None, None)
    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            sm = difflib.SequenceMatcher(None, texts[i], texts[j])
            if sm.real_quick_ratio() < best[0] and sm.real_quick_ratio() < 0.7:
                continue
            if sm.quick_ratio() < best[0] and sm.quick_ratio() < 0.7:
                continue
            r_ = sm.ratio()
            if r_ > best[0]:
                best = (r_, rows[i]["id"], rows[j]["id"])
            if r_ >= 0.7:
                err("similar texts %s %s %.2f" % (rows[i]["id"], rows[j]["id"], r_))

    n = len(rows)
    orders = [r for r in rows if r["intent"] == "ORDER"]
    clean = [r for r in orders if "clean" in r["tags"]]
    if n < 170:
        err("only %d messages" % n)
    if len(clean) < 0.4 * n:
        err("clean share %.1f%% below 40%%" % (100.0 * len(clean) / n))

    # ---------------------------------------------------------------- figures
    print("messages: %d (ids nc001-nc%03d)" % (n, n))
    ic = Counter(r["intent"] for r in rows)
    print(
        "intents: "
        + ", ".join("%d %s" % (v, k) for k, v in ic.most_common())
        + " (ORDER %.0f%%)" % (100.0 * ic["ORDER"] / n)
    )
    print(
        "channels: "
        + ", ".join("%d %s" % (v, k) for k, v in Counter(r["channel"] for r in rows).most_common())
    )
    lc = Counter(r["language"] for r in rows)
    print(
        "languages: "
        + ", ".join("%d %s" % (v, k) for k, v in lc.most_common())
        + " (%d ORDER messages not English)" % sum(1 for r in orders if r["language"] != "en")
    )
    lines = [l for r in orders for l in r["lines"]]
    nulls = [l for l in lines if l["sku"] is None]
    amb = [l for l in nulls if "candidates" in l]
    var = [l for l in lines if l["sku"] and hv(l["sku"])]
    print(
        "order lines: %d; null sku %d (%d ambiguous with candidates, %d not in catalog); %d of a product with "
        "variants (%d with no variant); %d null quantity; %d fractional"
        % (
            len(lines),
            len(nulls),
            len(amb),
            len(nulls) - len(amb),
            len(var),
            sum(1 for l in var if l.get("variant") is None),
            sum(1 for l in lines if l["quantity"] is None),
            sum(1 for l in lines if l["quantity"] is not None and l["quantity"] != int(l["quantity"])),
        )
    )
    ship = [r for r in orders if not r["expect_review"]]
    outl = [r for r in orders if "outlier" in r["tags"]]
    print(
        "review: %d ORDER shippable as written (%d clean + %d outliers), %d expect_review; clean %d of %d "
        "messages (%.1f%%)"
        % (len(ship), len(clean), len(outl), len(orders) - len(ship), len(clean), n, 100.0 * len(clean) / n)
    )
    wh = [r for r in orders if "lines_with_history" in r]
    to_ship = sum(1 for r in wh if r["expect_review"] and not r["expect_review_with_history"])
    keep = sum(1 for r in wh if r["expect_review"] and r["expect_review_with_history"])
    to_rev = sum(1 for r in wh if not r["expect_review"] and r["expect_review_with_history"])
    ship_h = sum(1 for r in orders if not r.get("expect_review_with_history", r["expect_review"]))
    print(
        "history: lines_with_history on %d rows: %d review->ship, %d keep review, %d ship->review (outliers); "
        "with history %d of %d orders shippable" % (len(wh), to_ship, keep, to_rev, ship_h, len(orders))
    )
    used = set()
    for r in rows:
        for l in r["lines"] + r.get("lines_with_history", []) + r.get("change_lines", []):
            if l["sku"]:
                used.add(l["sku"])
            for c in l.get("candidates", []):
                used.add(c)
    print("coverage: %d of %d products appear in a label or as a candidate" % (len(used & set(P)), len(P)))
    missing = sorted(set(P) - used)
    if missing:
        print("  not covered: " + ", ".join(missing))
    tc = Counter(t for r in rows for t in r["tags"])
    print("tags: " + ", ".join("%s %d" % (k, v) for k, v in sorted(tc.items(), key=lambda x: (-x[1], x[0]))))
    nh = sum(len(h["orders"]) for h in hist)
    nl = sum(len(o["lines"]) for h in hist for o in h["orders"])
    ds = sorted(o["date"] for h in hist for o in h["orders"])
    print(
        "histories: %d customers, %d orders, %d lines, %s to %s; %d first-time customers"
        % (len(hist), nh, nl, ds[0], ds[-1], sum(1 for h in hist if not h["orders"]))
    )
    print(
        "catalog: %d categories, %d products, %d with variants (%d variants); units %s"
        % (
            len(cat["categories"]),
            len(cat["products"]),
            sum(1 for p in cat["products"] if p["variants"]),
            sum(len(p["variants"]) for p in cat["products"]),
            dict(Counter(p["unit"] for p in cat["products"]).most_common()),
        )
    )
    print("highest difflib similarity: %.2f (%s, %s)" % best)
    if ERRORS:
        print("\nFAILED: %d problem(s)" % len(ERRORS))
        for e in ERRORS[:60]:
            print("  - " + e)
        sys.exit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    main()
