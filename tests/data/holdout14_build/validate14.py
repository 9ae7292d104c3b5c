# ruff: noqa  (hand-written data generator of blind set 14, kept as its writer left it)
#!/usr/bin/env python3
"""Checks catalog14.json, histories14.jsonl and holdout14.jsonl and prints the figures for readme14.md.
Standard library only. Exit status 1 on any failure."""

import difflib
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal, InvalidOperation

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ERR = []


def err(msg):
    ERR.append(msg)


def load():
    with open(os.path.join(OUT, "catalog14.json"), encoding="utf-8") as f:
        cat = json.load(f)
    hist, rows = [], []
    with open(os.path.join(OUT, "histories14.jsonl"), encoding="utf-8") as f:
        for i, l in enumerate(f, 1):
            try:
                hist.append(json.loads(l))
            except ValueError as e:
                err("histories14.jsonl line %d: %s" % (i, e))
    with open(os.path.join(OUT, "holdout14.jsonl"), encoding="utf-8") as f:
        for i, l in enumerate(f, 1):
            try:
                rows.append(json.loads(l))
            except ValueError as e:
                err("holdout14.jsonl line %d: %s" % (i, e))
    return cat, hist, rows


UNITS = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tray", "box", "tub"}
VTYPES = {"SIZE", "COLOR", "VOLUME", "WEIGHT"}
INTENTS = {"ORDER", "QUESTION", "COMPLAINT", "OTHER", "CANCEL", "CHANGE"}
CHANNELS = {"WHATSAPP", "SMS", "EMAIL"}
LANGS = {"en", "tr", "it", "ur", "hi", "fr"}
# bare family words: none may be an alias (they name no single product)
FAMILY_WORDS = {
    "chips",
    "fries",
    "frites",
    "patates",
    "haddock",
    "cod",
    "fish",
    "burgers",
    "burger",
    "buns",
    "baps",
    "mozzarella",
    "mozz",
    "cheese",
    "grated cheese",
    "onion rings",
    "samosas",
    "samosa",
    "samose",
    "kulfi",
    "ice cream",
    "cheesecake",
    "cheesecakes",
    "pies",
    "pie",
    "garlic bread",
    "dough balls",
    "panetti",
    "peas",
    "matar",
    "wings",
    "sausages",
    "sausage rolls",
    "waffles",
    "cones",
    "cone",
    "oil",
    "fat",
    "pizza bases",
    "bases",
    "fillets",
    "chicken",
    "red",
    "medium",
    "large",
}


def price_ok(p):
    try:
        return isinstance(p, str) and Decimal(p) > 0 and re.fullmatch(r"\d+\.\d\d", p) is not None
    except InvalidOperation:
        return False


def check_catalog(cat):
    names = set()
    for c in cat["categories"]:
        if c["parent"] is not None and c["parent"] not in names:
            err("category %s listed before its parent %s" % (c["name"], c["parent"]))
        names.add(c["name"])
    prods = {}
    alias_owner = {}
    skus_all = set()
    for p in cat["products"]:
        if p["sku"] in skus_all:
            err("duplicate sku %s" % p["sku"])
        skus_all.add(p["sku"])
        prods[p["sku"]] = p
        if p["category"] not in names:
            err("%s: unknown category %s" % (p["sku"], p["category"]))
        if p["unit"] not in UNITS:
            err("%s: unit %s" % (p["sku"], p["unit"]))
        if not price_ok(p["unit_price"]):
            err("%s: price %r" % (p["sku"], p["unit_price"]))
        for a in p["aliases"]:
            k = a.lower()
            if k in alias_owner:
                err("alias %r shared by %s and %s" % (a, alias_owner[k], p["sku"]))
            alias_owner[k] = p["sku"]
            if k in FAMILY_WORDS:
                err("alias %r of %s is a bare family word" % (a, p["sku"]))
        vnames = set()
        for v in p["variants"]:
            if v["variant_type"] not in VTYPES:
                err("%s/%s: variant type" % (p["sku"], v["name"]))
            if not price_ok(v["unit_price"]):
                err("%s/%s: variant price" % (p["sku"], v["name"]))
            if v["sku"] in skus_all:
                err("duplicate variant sku %s" % v["sku"])
            skus_all.add(v["sku"])
            if v["name"] in vnames:
                err("%s: duplicate variant name %s" % (p["sku"], v["name"]))
            vnames.add(v["name"])
    return prods


def check_line(where, l, prods, allow_null=True):
    sku = l.get("sku")
    if sku is None:
        if not allow_null:
            err("%s: null sku" % where)
        if "variant" in l:
            err("%s: variant key on a null-sku line" % where)
        for c in l.get("candidates", []):
            if c not in prods:
                err("%s: unknown candidate %s" % (where, c))
        if l.get("candidates") is not None and len(l["candidates"]) < 2:
            err("%s: fewer than 2 candidates" % where)
        cv = l.get("candidate_variant")
        if cv is not None:
            for c in l["candidates"]:
                if cv not in [v["name"] for v in prods[c]["variants"]]:
                    err("%s: candidate_variant %s is not a variant of %s" % (where, cv, c))
        return
    if sku not in prods:
        err("%s: unknown sku %s" % (where, sku))
        return
    p = prods[sku]
    if p["variants"]:
        if "variant" not in l:
            err("%s: %s has variants but the line has no variant key" % (where, sku))
        elif l["variant"] is not None and l["variant"] not in [v["name"] for v in p["variants"]]:
            err("%s: %s has no variant %s" % (where, sku, l["variant"]))
    elif "variant" in l:
        err("%s: variant key on %s, which has no variants" % (where, sku))
    q = l.get("quantity")
    if q is not None and not (isinstance(q, (int, float)) and q >= 0):
        err("%s: bad quantity %r" % (where, q))


def is_open(l, prods):
    if l["sku"] is None or l["quantity"] is None:
        return True
    return bool(prods[l["sku"]]["variants"]) and l.get("variant") is None


def check_contacts(where, text):
    for m in re.finditer(r"\+?\d[\d ]{8,}\d", text):
        digits = re.sub(r"\D", "", m.group(0))
        if len(digits) < 10:
            continue
        if not (
            digits.startswith("447700900") or digits.startswith("07700900") or digits.startswith("02079460")
        ):
            err("%s: phone-like number %r is not an Ofcom drama number" % (where, m.group(0)))
    for m in re.finditer(r"[\w.+-]+@([\w-]+\.)+[\w-]+", text):
        if not m.group(0).endswith(".example"):
            err("%s: e-mail %s not under .example" % (where, m.group(0)))


def main():
    cat, hist, rows = load()
    prods = check_catalog(cat)
    train = [(p["sku"], t.lower()) for p in cat["products"] for t in p["ai_training_examples"]]

    # ---------------- histories
    hist_by = {}
    for h in hist:
        hist_by[h["customer"]] = h
        check_contacts("history %s" % h["customer"], h["address"])
        prev = ""
        for o in h["orders"]:
            if o["date"] <= prev:
                err("history %s: orders not oldest first" % h["customer"])
            prev = o["date"]
            for l in o["lines"]:
                check_line("history %s %s" % (h["customer"], o["date"]), l, prods, allow_null=False)
                if l.get("quantity") is None or l["quantity"] <= 0:
                    err("history %s: incomplete line" % h["customer"])
                if prods.get(l["sku"], {}).get("variants") and l.get("variant") is None:
                    err("history %s: line without variant" % h["customer"])

    # ---------------- messages
    ids = [r["id"] for r in rows]
    if ids != ["z%03d" % i for i in range(1, len(rows) + 1)]:
        err("ids are not z001.. without gaps")
    texts = []
    for r in rows:
        w = r["id"]
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
                err("%s: missing %s" % (w, k))
        if r["intent"] not in INTENTS:
            err("%s: intent" % w)
        if r["channel"] not in CHANNELS:
            err("%s: channel" % w)
        if r["language"] not in LANGS:
            err("%s: language" % w)
        if r["customer"] not in hist_by:
            err("%s: customer %s has no history record" % (w, r["customer"]))
            continue
        h = hist_by[r["customer"]]
        for o in h["orders"]:
            if o["date"] >= r["date"]:
                err("%s: history order %s not before message date %s" % (w, o["date"], r["date"]))
        check_contacts(w, r["text"])
        low = r["text"].lower()
        for sku, t in train:
            if t in low:
                err("%s: training example of %s inside the message" % (w, sku))
        texts.append((w, r["text"]))
        notes = r["notes"].lower()
        if r["intent"] == "ORDER":
            if "expect_review" not in r:
                err("%s: ORDER without expect_review" % w)
            for l in r["lines"]:
                check_line(w, l, prods)
            opened = [l for l in r["lines"] if is_open(l, prods)]
            if opened and not r["expect_review"]:
                err("%s: an open line but expect_review false" % w)
            for l in r["lines"]:
                if l["sku"] is None and l.get("candidates") and "ambiguous" not in notes:
                    err("%s: family line without 'ambiguous' in notes" % w)
                if l["sku"] is None and not l.get("candidates") and "not in catalog" not in notes:
                    err("%s: null line without 'not in catalog' in notes" % w)
                if l["sku"] and l.get("variant", 1) is None and "ambiguous" not in notes:
                    err("%s: missing variant without 'ambiguous' in notes" % w)
                if l["quantity"] is None and "quantities not stated" not in notes:
                    err("%s: null quantity without 'quantities not stated' in notes" % w)
            if "reference" in r["tags"] and not r["expect_review"]:
                err("%s: a reference row not in review" % w)
            if ("clean" in r["tags"]) != (not r["expect_review"] and "outlier" not in r["tags"]):
                err("%s: clean tag inconsistent" % w)
            hw = "lines_with_history" in r
            if hw != ("expect_review_with_history" in r):
                err("%s: history fields must come together" % w)
            if hw:
                for l in r["lines_with_history"]:
                    check_line(w + " (history)", l, prods)
                if (
                    any(is_open(l, prods) for l in r["lines_with_history"])
                    and not r["expect_review_with_history"]
                ):
                    err("%s: an open history line but expect_review_with_history false" % w)
                if (
                    r["lines_with_history"] == r["lines"]
                    and r["expect_review_with_history"] == r["expect_review"]
                ):
                    err("%s: history fields that change nothing" % w)
            if "outlier" in r["tags"]:
                if r["expect_review"] or not r.get("expect_review_with_history"):
                    err("%s: outlier review flags" % w)
                for l in r["lines"]:
                    earlier = [
                        x["quantity"]
                        for o in h["orders"]
                        for x in o["lines"]
                        if x["sku"] == l["sku"] and x.get("variant") == l.get("variant")
                    ]
                    if not earlier or l["quantity"] < 4 * max(earlier):
                        err(
                            "%s: outlier %s is not 4x the largest earlier quantity (%s)"
                            % (w, l["sku"], earlier)
                        )
            if "change_lines" in r:
                err("%s: change_lines on an ORDER" % w)
        else:
            if r["lines"]:
                err("%s: non-ORDER row with lines" % w)
            for k in ("expect_review", "lines_with_history", "expect_review_with_history"):
                if k in r:
                    err("%s: %s on a non-ORDER row" % (w, k))
            if r["intent"] == "CHANGE":
                if "change_lines" not in r:
                    err("%s: CHANGE without change_lines" % w)
                for l in r.get("change_lines", []):
                    check_line(w + " (change)", l, prods, allow_null=False)
            elif "change_lines" in r:
                err("%s: change_lines on a %s row" % (w, r["intent"]))

    # ---------------- similarity
    best = (0.0, None, None)
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
                err("texts %s and %s have difflib similarity %.2f" % (texts[i][0], texts[j][0], r_))
    # exact best for the report (slow path only for the top pair)
    top = 0.0
    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            sm = difflib.SequenceMatcher(None, texts[i][1], texts[j][1])
            if sm.quick_ratio() > top:
                r_ = sm.ratio()
                if r_ > top:
                    top, best = r_, (r_, texts[i][0], texts[j][0])

    # ---------------- figures
    orders = [r for r in rows if r["intent"] == "ORDER"]
    clean = [r for r in orders if "clean" in r["tags"]]
    if len(clean) < 0.4 * len(rows):
        err("clean orders are %d of %d messages, under 40%%" % (len(clean), len(rows)))
    lines = [l for r in orders for l in r["lines"]]
    used = set()
    for r in orders:
        for key in ("lines", "lines_with_history"):
            for l in r.get(key, []):
                if l["sku"]:
                    used.add(l["sku"])
                used.update(l.get("candidates", []))
    for r in rows:
        for l in r.get("change_lines", []):
            used.add(l["sku"])
    print("messages            %d" % len(rows))
    print("intents             %s" % dict(Counter(r["intent"] for r in rows).most_common()))
    print("channels            %s" % dict(Counter(r["channel"] for r in rows).most_common()))
    print("languages           %s" % dict(Counter(r["language"] for r in rows).most_common()))
    print("non-English ORDER   %d" % sum(1 for r in orders if r["language"] != "en"))
    print(
        "order lines         %d: null sku %d (ambiguous %d, not in catalog %d), of a product with variants %d "
        "(no variant %d), null quantity %d"
        % (
            len(lines),
            sum(1 for l in lines if l["sku"] is None),
            sum(1 for l in lines if l["sku"] is None and l.get("candidates")),
            sum(1 for l in lines if l["sku"] is None and not l.get("candidates")),
            sum(1 for l in lines if "variant" in l),
            sum(1 for l in lines if "variant" in l and l["variant"] is None),
            sum(1 for l in lines if l["quantity"] is None),
        )
    )
    print("candidate_variant   %d lines" % sum(1 for l in lines if l.get("candidate_variant")))
    rev = sum(1 for r in orders if r["expect_review"])
    print(
        "review              %d ORDER ship as written (%d clean + %d outliers; clean = %.1f%% of all messages), "
        "%d need a human"
        % (len(orders) - rev, len(clean), len(orders) - rev - len(clean), 100.0 * len(clean) / len(rows), rev)
    )
    hrows = [r for r in orders if "lines_with_history" in r]
    to_ok = sum(1 for r in hrows if r["expect_review"] and not r["expect_review_with_history"])
    keep = sum(1 for r in hrows if r["expect_review"] and r["expect_review_with_history"])
    out_ = sum(1 for r in hrows if not r["expect_review"] and r["expect_review_with_history"])
    unchanged = sum(1 for r in orders if r["expect_review"] and "lines_with_history" not in r)
    ship_h = sum(1 for r in orders if not r.get("expect_review_with_history", r["expect_review"]))
    print(
        "history             lines_with_history on %d rows: %d review -> no review, %d keep review, %d outliers "
        "no review -> review; %d review rows unchanged by history; with history %d of %d orders ship as written"
        % (len(hrows), to_ok, keep, out_, unchanged, ship_h, len(orders))
    )
    print(
        "coverage            %d of %d products appear in a label or as a candidate" % (len(used), len(prods))
    )
    missing = sorted(set(prods) - used)
    if missing:
        print("                    not used: %s" % ", ".join(missing))
    tagc = Counter(t for r in rows for t in r["tags"])
    print("tags                %s" % ", ".join("%s %d" % kv for kv in tagc.most_common()))
    norders = sum(len(h["orders"]) for h in hist)
    nl = sum(len(o["lines"]) for h in hist for o in h["orders"])
    dates = sorted(o["date"] for h in hist for o in h["orders"])
    print(
        "histories           %d customers, %d orders, %d lines, %s to %s; message dates %s to %s"
        % (
            len(hist),
            norders,
            nl,
            dates[0],
            dates[-1],
            min(r["date"] for r in rows),
            max(r["date"] for r in rows),
        )
    )
    print("similarity          highest difflib ratio %.2f (%s, %s)" % best)
    print(
        "catalog             %d categories, %d products, %d with variants (%d variants); units %s"
        % (
            len(cat["categories"]),
            len(cat["products"]),
            sum(1 for p in cat["products"] if p["variants"]),
            sum(len(p["variants"]) for p in cat["products"]),
            dict(Counter(p["unit"] for p in cat["products"]).most_common()),
        )
    )
    if ERR:
        print("\nFAILED (%d):" % len(ERR))
        for e in ERR:
            print("  " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
