# ruff: noqa  (hand-written data generator of blind set 19, kept as its writer left it)
"""Checks catalog19.json, histories19.jsonl and holdout19.jsonl and prints the set's figures.
Run: python3 validate19.py   (exit code 1 on any failed check)"""

import collections
import difflib
import itertools
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)
ERRORS = []

UNITS = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tray", "box", "tub"}
VTYPES = {"SIZE", "COLOR", "VOLUME", "WEIGHT"}
INTENTS = {"ORDER", "QUESTION", "COMPLAINT", "OTHER", "CANCEL", "CHANGE"}
CHANNELS = {"WHATSAPP", "SMS", "EMAIL"}
# bare family words that name no single product (see readme19.md)
FAMILY_WORDS = {
    "doner",
    "donner",
    "döner",
    "lamb doner",
    "kebab",
    "chicken",
    "tavuk",
    "mince",
    "kıyma",
    "shish",
    "şiş",
    "sucuk",
    "cheese",
    "peynir",
    "feta",
    "kasar",
    "kaşar",
    "yoghurt",
    "yogurt",
    "yoğurt",
    "yoghurt drink",
    "wraps",
    "wrap",
    "flatbread",
    "bread",
    "ekmek",
    "pastry",
    "rice",
    "pirinç",
    "bulgur",
    "lentils",
    "mercimek",
    "chickpeas",
    "nohut",
    "oil",
    "yağ",
    "olive oil",
    "zeytinyağı",
    "ghee",
    "samneh",
    "pepper paste",
    "biber salçası",
    "salça",
    "sauce",
    "ketchup",
    "pickles",
    "turşu",
    "olives",
    "zeytin",
    "black olives",
    "green olives",
    "baklava",
    "pistachio",
    "pistachios",
    "fıstık",
    "tea",
    "çay",
    "cay",
    "chai",
    "ahmad",
    "ahmad tea",
    "coke",
    "cola",
    "coca cola",
    "water",
    "still water",
    "su",
    "şalgam",
    "salgam",
    "charcoal",
    "kömür",
    "foil",
    "bags",
    "chillies",
    "chilli",
    "boxes",
    "cups",
    "cola cans",
    "juice",
}


def err(msg):
    ERRORS.append(msg)


def load():
    with open(os.path.join(DATA, "catalog19.json"), encoding="utf-8") as f:
        cat = json.load(f)
    rows, hists = [], []
    with open(os.path.join(DATA, "holdout19.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("holdout19.jsonl line %d: %s" % (i, e))
    with open(os.path.join(DATA, "histories19.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                hists.append(json.loads(line))
            except ValueError as e:
                err("histories19.jsonl line %d: %s" % (i, e))
    return cat, rows, hists


PRICE = re.compile(r"^\d+\.\d\d$")


def check_catalog(cat):
    seen_cat = set()
    for c in cat["categories"]:
        if c["parent"] is not None and c["parent"] not in seen_cat:
            err("category %s listed before its parent" % c["name"])
        if c["name"] in seen_cat:
            err("duplicate category %s" % c["name"])
        seen_cat.add(c["name"])
    skus, vskus, aliases = set(), set(), {}
    n_var = 0
    for p in cat["products"]:
        if p["sku"] in skus:
            err("duplicate sku %s" % p["sku"])
        skus.add(p["sku"])
        if p["category"] not in seen_cat:
            err("unknown category %s" % p["category"])
        if p["unit"] not in UNITS:
            err("bad unit %s" % p["sku"])
        if not PRICE.match(p["unit_price"]):
            err("bad price %s" % p["sku"])
        all_alias = [a.lower() for a in p["aliases"]]
        if p["variants"]:
            n_var += 1
        vnames = set()
        for v in p["variants"]:
            if v["variant_type"] not in VTYPES:
                err("bad variant type %s %s" % (p["sku"], v["name"]))
            if v["name"] in vnames:
                err("duplicate variant name %s %s" % (p["sku"], v["name"]))
            vnames.add(v["name"])
            if not v.get("sku") or v["sku"] in vskus or v["sku"] in skus:
                err("variant sku missing or not unique: %s %s" % (p["sku"], v.get("sku")))
            vskus.add(v["sku"])
            if "unit_price" in v and not PRICE.match(v["unit_price"]):
                err("bad variant price %s" % v["sku"])
            all_alias += [a.lower() for a in v.get("ai_aliases", [])]
        for a in all_alias:
            if a in aliases and aliases[a] != p["sku"]:
                err("alias %r shared by %s and %s" % (a, aliases[a], p["sku"]))
            aliases[a] = p["sku"]
            if a in FAMILY_WORDS:
                err("alias %r of %s is a bare family word" % (a, p["sku"]))
    for s in vskus & skus:
        err("variant sku equals a product sku: %s" % s)
    n = len(cat["products"])
    if not 90 <= n <= 120:
        err("product count %d not in 90-120" % n)
    if not 12 <= n_var <= 18:
        err("products with variants %d not in 12-18" % n_var)
    return n_var


def drama_ok(digits):
    d = digits
    if d.startswith("44"):
        d = "0" + d[2:]
    return bool(re.match(r"^07700900\d{3}$", d) or re.match(r"^02079460\d{3}$", d))


PHONE = re.compile(r"(?:\+44\s?|\b0)\d[\d ]{8,12}\d")
EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")


def check_contacts(text, where):
    for m in PHONE.finditer(text):
        digits = re.sub(r"\D", "", m.group(0))
        if len(digits) >= 10 and not drama_ok(digits):
            err("%s: phone %r is not a drama number" % (where, m.group(0)))
    for m in EMAIL.finditer(text):
        if not m.group(1).lower().endswith(".example"):
            err("%s: e-mail domain %s is not .example" % (where, m.group(1)))


def main():
    cat, rows, hists = load()
    n_var = check_catalog(cat)
    prods = {p["sku"]: p for p in cat["products"]}
    vnames = {s: [v["name"] for v in p["variants"]] for s, p in prods.items()}

    def check_line(ln, where, history=False):
        s = ln.get("sku")
        if s is None:
            if history:
                err("%s: history line without sku" % where)
            if "variant" in ln:
                err("%s: variant key on a null-sku line" % where)
            c = ln.get("candidates")
            if c is not None:
                if len(c) < 2:
                    err("%s: fewer than two candidates" % where)
                for x in c:
                    if x not in prods:
                        err("%s: unknown candidate %s" % (where, x))
                cv = ln.get("candidate_variant")
                if cv is not None and not any(cv in vnames.get(x, []) for x in c):
                    err("%s: candidate_variant %s fits no candidate" % (where, cv))
            elif "candidate_variant" in ln:
                err("%s: candidate_variant without candidates" % where)
            return
        if s not in prods:
            err("%s: unknown sku %s" % (where, s))
            return
        if "candidates" in ln:
            err("%s: candidates on a line with a sku" % where)
        if vnames[s]:
            if "variant" not in ln:
                err("%s: %s has variants but the line has no variant key" % (where, s))
            elif ln["variant"] is not None and ln["variant"] not in vnames[s]:
                err("%s: unknown variant %s of %s" % (where, ln["variant"], s))
            elif history and ln["variant"] is None:
                err("%s: history line with null variant" % where)
        elif "variant" in ln:
            err("%s: variant key on %s, which has no variants" % (where, s))
        if history and (ln.get("quantity") is None or ln["quantity"] <= 0):
            err("%s: history line without quantity" % where)

    def open_line(ln):
        return ln["sku"] is None or ln["quantity"] is None or ("variant" in ln and ln["variant"] is None)

    # histories
    hist = {}
    for h in hists:
        for k in ("customer", "name", "kind", "channel", "address", "language", "orders"):
            if k not in h:
                err("history %s lacks %s" % (h.get("customer"), k))
        hist[h["customer"]] = h
        check_contacts(h["address"], "history %s address" % h["customer"])
        if "@" not in h["address"] and not drama_ok(re.sub(r"\D", "", h["address"])):
            err("history %s: address is not a drama number" % h["customer"])
        prev = ""
        for o in h["orders"]:
            if o["date"] <= prev:
                err("history %s: dates not increasing" % h["customer"])
            prev = o["date"]
            for ln in o["lines"]:
                check_line(ln, "history %s %s" % (h["customer"], o["date"]), history=True)

    # messages
    for i, r in enumerate(rows, 1):
        rid = r.get("id")
        if rid != "y%03d" % i:
            err("id %s out of sequence at row %d" % (rid, i))
        for k in (
            "id",
            "channel",
            "customer",
            "date",
            "language",
            "text",
            "intent",
            "lines",
            "notes",
            "tags",
        ):
            if k not in r:
                err("%s lacks %s" % (rid, k))
        if r["intent"] not in INTENTS:
            err("%s: bad intent" % rid)
        if r["channel"] not in CHANNELS:
            err("%s: bad channel" % rid)
        if r["customer"] not in hist:
            err("%s: unknown customer" % rid)
            continue
        check_contacts(r["text"], rid)
        for o in hist[r["customer"]]["orders"]:
            if o["date"] >= r["date"]:
                err("%s: history order %s not before message date" % (rid, o["date"]))
        notes = r["notes"].lower()
        has_h = ("lines_with_history" in r, "expect_review_with_history" in r)
        if has_h[0] != has_h[1]:
            err("%s: history fields do not come together" % rid)
        if (r["intent"] == "CHANGE") != ("change_lines" in r):
            err("%s: change_lines only and always on CHANGE rows" % rid)
        for ln in r.get("change_lines", []):
            check_line(ln, rid + " change_lines")
        if r["intent"] != "ORDER":
            if r["lines"]:
                err("%s: non-ORDER row with lines" % rid)
            if "expect_review" in r or has_h[0] or has_h[1]:
                err("%s: non-ORDER row with review fields" % rid)
            continue
        if "expect_review" not in r:
            err("%s: ORDER row without expect_review" % rid)
            continue
        for ln in r["lines"]:
            check_line(ln, rid)
        for ln in r.get("lines_with_history", []):
            check_line(ln, rid + " lines_with_history")

        def note_check(lines, review, label):
            for ln in lines:
                if not open_line(ln):
                    continue
                if not review:
                    err("%s: open line in %s but review false" % (rid, label))
                if ln["sku"] is None and "candidates" in ln and "ambiguous" not in notes:
                    err("%s: candidates line, notes lack 'ambiguous'" % rid)
                if ln["sku"] is None and "candidates" not in ln and "not in catalog" not in notes:
                    err("%s: not-in-catalog line, notes lack 'not in catalog'" % rid)
                if (
                    ln["sku"] is not None
                    and "variant" in ln
                    and ln["variant"] is None
                    and "ambiguous" not in notes
                ):
                    err("%s: null variant, notes lack 'ambiguous'" % rid)
                if ln["quantity"] is None and not (
                    "quantities not stated" in notes or "not a whole number" in notes
                ):
                    err("%s: null quantity, notes lack 'quantities not stated'/'not a whole number'" % rid)

        note_check(r["lines"], r["expect_review"], "lines")
        if has_h[0]:
            note_check(r["lines_with_history"], r["expect_review_with_history"], "lines_with_history")
            if (
                r["lines_with_history"] == r["lines"]
                and r["expect_review_with_history"] == r["expect_review"]
            ):
                err("%s: history fields change nothing" % rid)
        if "reference" in r["tags"] and not r["expect_review"]:
            err("%s: reference row not in review" % rid)
        shippable = not r["expect_review"]
        outlier = "outlier" in r["tags"]
        if ("clean" in r["tags"]) != (shippable and not outlier):
            err("%s: clean tag must be exactly on shippable non-outlier orders" % rid)
        if outlier:
            if r["expect_review"] or r.get("expect_review_with_history") is not True:
                err("%s: outlier must be review false, with history true" % rid)
            for ln in r["lines"]:
                mx = max(
                    [
                        x["quantity"]
                        for o in hist[r["customer"]]["orders"]
                        for x in o["lines"]
                        if x["sku"] == ln["sku"]
                    ]
                    or [0]
                )
                if mx == 0 or ln["quantity"] < 4 * mx:
                    err("%s: outlier quantity %s not >= 4 x %s" % (rid, ln["quantity"], mx))

    # training examples not inside messages
    texts_l = [r["text"].lower() for r in rows]
    for p in cat["products"]:
        for ex in p.get("ai_training_examples", []):
            if any(ex.lower() in t for t in texts_l):
                err("training example %r occurs in a message" % ex)

    # similarity
    best = (0.0, None, None)
    for a, b in itertools.combinations(rows, 2):
        sm = difflib.SequenceMatcher(None, a["text"], b["text"])
        qr = sm.quick_ratio()
        if qr <= best[0] and qr < 0.7:
            continue
        rr = sm.ratio()
        if rr > best[0]:
            best = (rr, a["id"], b["id"])
        if rr >= 0.7:
            err("similar texts %s %s (%.2f)" % (a["id"], b["id"], rr))

    # ---------------- figures ----------------
    orders = [r for r in rows if r["intent"] == "ORDER"]
    print(
        "catalog: %d categories (%d top-level), %d products, %d with variants (%d variants)"
        % (
            len(cat["categories"]),
            sum(c["parent"] is None for c in cat["categories"]),
            len(cat["products"]),
            n_var,
            sum(len(p["variants"]) for p in cat["products"]),
        )
    )
    print(
        "units:",
        ", ".join(
            "%s %d" % kv for kv in collections.Counter(p["unit"] for p in cat["products"]).most_common()
        ),
    )
    n_orders = sum(len(h["orders"]) for h in hists)
    n_hl = sum(len(o["lines"]) for h in hists for o in h["orders"])
    dates = sorted(o["date"] for h in hists for o in h["orders"])
    print(
        "histories: %d customers, %d with orders, %d orders, %d lines, %s to %s"
        % (len(hists), sum(bool(h["orders"]) for h in hists), n_orders, n_hl, dates[0], dates[-1])
    )
    print(
        "messages: %d, dated %s to %s"
        % (len(rows), min(r["date"] for r in rows), max(r["date"] for r in rows))
    )
    ic = collections.Counter(r["intent"] for r in rows)
    print(
        "intents:",
        ", ".join("%s %d" % kv for kv in ic.most_common()),
        "(ORDER %.0f%%)" % (100.0 * ic["ORDER"] / len(rows)),
    )
    print(
        "channels:",
        ", ".join("%s %d" % kv for kv in collections.Counter(r["channel"] for r in rows).most_common()),
    )
    lc = collections.Counter(r["language"] for r in rows)
    print(
        "languages:",
        ", ".join("%s %d" % kv for kv in lc.most_common()),
        "(non-English ORDER: %d)" % sum(r["language"] != "en" for r in orders),
    )
    lines = [ln for r in orders for ln in r["lines"]]
    print(
        "order lines: %d; null sku %d (ambiguous with candidates %d, not in catalog %d); of a product with variants "
        "%d (no variant %d); null quantity %d"
        % (
            len(lines),
            sum(ln["sku"] is None for ln in lines),
            sum(ln["sku"] is None and "candidates" in ln for ln in lines),
            sum(ln["sku"] is None and "candidates" not in ln for ln in lines),
            sum("variant" in ln for ln in lines),
            sum("variant" in ln and ln["variant"] is None for ln in lines),
            sum(ln["quantity"] is None for ln in lines),
        )
    )
    clean = sum("clean" in r["tags"] for r in rows)
    outl = sum("outlier" in r["tags"] for r in rows)
    rev = sum(r["expect_review"] for r in orders)
    print(
        "review: %d ORDER rows ship as written (%d clean + %d outliers), %d need review"
        % (len(orders) - rev, clean, outl, rev)
    )
    print("clean orders: %d of %d messages = %.1f%%" % (clean, len(rows), 100.0 * clean / len(rows)))
    wh = [r for r in orders if "lines_with_history" in r]
    print(
        "history fields on %d rows: %d review->no review, %d keep review, %d no review->review; "
        "ORDER rows shippable with history: %d of %d"
        % (
            len(wh),
            sum(r["expect_review"] and not r["expect_review_with_history"] for r in wh),
            sum(r["expect_review"] and r["expect_review_with_history"] for r in wh),
            sum(not r["expect_review"] and r["expect_review_with_history"] for r in wh),
            sum(not r.get("expect_review_with_history", r["expect_review"]) for r in orders),
            len(orders),
        )
    )
    used = set()
    for r in rows:
        for ln in r["lines"] + r.get("lines_with_history", []) + r.get("change_lines", []):
            if ln["sku"]:
                used.add(ln["sku"])
            used.update(ln.get("candidates", []))
    print(
        "coverage: %d of %d products appear in a label or as a candidate"
        % (len(used & set(prods)), len(prods))
    )
    tc = collections.Counter(t for r in rows for t in r["tags"])
    print("tags:", ", ".join("%s %d" % kv for kv in tc.most_common()))
    print("highest difflib similarity between two texts: %.2f (%s, %s)" % best)
    if ERRORS:
        print("\n%d ERRORS" % len(ERRORS))
        for e in ERRORS:
            print(" -", e)
        sys.exit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    main()
