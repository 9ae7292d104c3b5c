# ruff: noqa  (hand-written data generator for the tenth blind set, kept as its writer left it)
#!/usr/bin/python3
"""Check catalog10.json, histories10.jsonl and holdout10.jsonl (one folder up) and print the figures.

Checks: valid JSON; skus, variants and candidates exist; variant keys exactly on lines of products with variants;
null sku / quantity / variant ORDER rows have expect_review true (also with history) and the right notes wording;
non-ORDER rows have no lines; history dates before message dates; "the usual" is unique where it is used; no
shared aliases; no training example inside a message; parents listed first; valid units, prices and variant
types; outliers at least 4x the customer's largest earlier quantity; drama phone numbers and .example e-mail;
no two texts with difflib similarity >= 0.7.
"""

import collections
import difflib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
UNITS = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tray", "box", "tub"}
VTYPES = {"SIZE", "COLOR", "VOLUME", "WEIGHT"}
INTENTS = {"ORDER", "QUESTION", "COMPLAINT", "OTHER", "CANCEL", "CHANGE"}
CHANNELS = {"WHATSAPP", "SMS", "EMAIL"}
PRICE = re.compile(r"^\d+\.\d\d$")
errors = []


def err(msg):
    errors.append(msg)


def load():
    with open(os.path.join(OUT, "catalog10.json"), encoding="utf-8") as f:
        cat = json.load(f)
    hist = []
    with open(os.path.join(OUT, "histories10.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f):
            hist.append(json.loads(line))
    rows = []
    with open(os.path.join(OUT, "holdout10.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f):
            rows.append(json.loads(line))
    return cat, hist, rows


def check_catalog(cat):
    names = set()
    for c in cat["categories"]:
        if c["parent"] is not None and c["parent"] not in names:
            err("category %s listed before its parent %s" % (c["name"], c["parent"]))
        names.add(c["name"])
    skus = set()
    alias_owner = {}
    for p in cat["products"]:
        if p["sku"] in skus:
            err("duplicate sku " + p["sku"])
        skus.add(p["sku"])
        if p["category"] not in names:
            err("unknown category " + p["category"])
        if p["unit"] not in UNITS:
            err("bad unit %s on %s" % (p["unit"], p["sku"]))
        if not PRICE.match(p["unit_price"]):
            err("bad price on " + p["sku"])
        for a in p["aliases"]:
            k = a.lower().strip()
            if k in alias_owner and alias_owner[k] != p["sku"]:
                err("alias %r shared by %s and %s" % (a, alias_owner[k], p["sku"]))
            alias_owner[k] = p["sku"]
        vnames = set()
        for v in p["variants"]:
            if v["variant_type"] not in VTYPES:
                err("bad variant type on " + p["sku"])
            if not PRICE.match(v.get("unit_price", "")):
                err("bad variant price on %s %s" % (p["sku"], v["name"]))
            if not v.get("sku") or v["sku"] in skus:
                err("missing or duplicate variant sku on %s %s" % (p["sku"], v["name"]))
            skus.add(v.get("sku"))
            if v["name"] in vnames:
                err("duplicate variant name on " + p["sku"])
            vnames.add(v["name"])
        if "variants" not in p:
            err("no variants key on " + p["sku"])
    return {p["sku"]: p for p in cat["products"]}


def check_lines(lines, prods, where, allow_null=True):
    for ln in lines:
        sku = ln.get("sku", "MISSING")
        if sku == "MISSING" or "quantity" not in ln:
            err("%s: line without sku/quantity key" % where)
            continue
        if sku is not None:
            if sku not in prods:
                err("%s: unknown sku %s" % (where, sku))
                continue
            has = bool(prods[sku]["variants"])
            if has != ("variant" in ln):
                err("%s: variant key mismatch on %s" % (where, sku))
            if (
                has
                and ln["variant"] is not None
                and ln["variant"] not in [v["name"] for v in prods[sku]["variants"]]
            ):
                err("%s: unknown variant %r of %s" % (where, ln["variant"], sku))
            if "candidates" in ln:
                err("%s: candidates on a line with a sku" % where)
        else:
            if "variant" in ln:
                err("%s: variant key on a null-sku line" % where)
            for cnd in ln.get("candidates", []):
                if cnd not in prods:
                    err("%s: unknown candidate %s" % (where, cnd))
            if "candidates" in ln and len(ln["candidates"]) < 2:
                err("%s: fewer than two candidates" % where)
            cv = ln.get("candidate_variant")
            if cv and not any(cv in [v["name"] for v in prods[c]["variants"]] for c in ln["candidates"]):
                err("%s: candidate_variant %r fits no candidate" % (where, cv))
        q = ln["quantity"]
        if q is not None and not (isinstance(q, (int, float)) and q > 0):
            err("%s: bad quantity %r" % (where, q))
        if not allow_null and (sku is None or q is None or ln.get("variant", "x") is None):
            err("%s: null in a line where none is allowed" % where)


def is_null(ln):
    return ln["sku"] is None or ln["quantity"] is None or ("variant" in ln and ln["variant"] is None)


def basket_key(lines):
    return tuple(sorted((l["sku"], l.get("variant") or "", l["quantity"]) for l in lines))


def main():
    try:
        cat, hist, rows = load()
    except ValueError as e:
        print("INVALID JSON:", e)
        sys.exit(1)
    prods = check_catalog(cat)
    hist_by = {h["customer"]: h for h in hist}
    for h in hist:
        for o in h["orders"]:
            check_lines(o["lines"], prods, "history %s %s" % (h["customer"], o["date"]), allow_null=False)
        ds = [o["date"] for o in h["orders"]]
        if ds != sorted(ds):
            err("history of %s not oldest first" % h["customer"])
    # training examples and messages
    examples = [(p["sku"], e.lower()) for p in cat["products"] for e in p["ai_training_examples"]]
    ids = [r["id"] for r in rows]
    if ids != ["c%03d" % (i + 1) for i in range(len(rows))]:
        err("ids are not c001.. in order")
    first_msg_date = min(r["date"] for r in rows)
    for h in hist:
        for o in h["orders"]:
            if o["date"] >= first_msg_date:
                err("history order %s %s not before all messages" % (h["customer"], o["date"]))
    for r in rows:
        w = r["id"]
        for k in (
            "id",
            "channel",
            "text",
            "intent",
            "lines",
            "notes",
            "customer",
            "date",
            "language",
            "tags",
        ):
            if k not in r:
                err("%s: missing %s" % (w, k))
        if r["intent"] not in INTENTS:
            err("%s: bad intent" % w)
        if r["channel"] not in CHANNELS:
            err("%s: bad channel" % w)
        if r["customer"] not in hist_by:
            err("%s: unknown customer" % w)
            continue
        for o in hist_by[r["customer"]]["orders"]:
            if o["date"] >= r["date"]:
                err("%s: history order %s not before message" % (w, o["date"]))
        low = r["text"].lower()
        for sku, e in examples:
            if e in low:
                err("%s: training example of %s inside the text" % (w, sku))
        if r["intent"] != "ORDER":
            if r["lines"]:
                err("%s: non-ORDER row with lines" % w)
            for k in ("expect_review", "lines_with_history", "expect_review_with_history"):
                if k in r:
                    err("%s: %s on a non-ORDER row" % (w, k))
        else:
            if "expect_review" not in r:
                err("%s: ORDER without expect_review" % w)
            check_lines(r["lines"], prods, w)
            notes = r["notes"].lower()
            for ln in r["lines"]:
                if ln["sku"] is None and ln.get("candidates") and "ambiguous" not in notes:
                    err("%s: ambiguous line but notes lack 'ambiguous'" % w)
                if ln["sku"] is None and not ln.get("candidates") and "not in catalog" not in notes:
                    err("%s: not-in-catalog line but notes lack 'not in catalog'" % w)
                if ln["quantity"] is None and not (
                    "quantities not stated" in notes or "not a whole number" in notes
                ):
                    err("%s: null quantity but notes lack the wording" % w)
                if ln.get("variant", "x") is None and not (
                    "variant not stated" in notes or "ambiguous" in notes
                ):
                    err("%s: null variant but notes lack the wording" % w)
            if any(is_null(l) for l in r["lines"]) and not r["expect_review"]:
                err("%s: null line but expect_review false" % w)
            if ("lines_with_history" in r) != ("expect_review_with_history" in r):
                err("%s: only one of the history fields" % w)
            if "lines_with_history" in r:
                check_lines(r["lines_with_history"], prods, w + " (history)")
                if any(is_null(l) for l in r["lines_with_history"]) and not r["expect_review_with_history"]:
                    err("%s: null history line but expect_review_with_history false" % w)
            if "outlier" in r["tags"]:
                if r["expect_review"] or not r.get("expect_review_with_history"):
                    err("%s: outlier review flags wrong" % w)
                for ln in r["lines"]:
                    mx = max(
                        [
                            l["quantity"]
                            for o in hist_by[r["customer"]]["orders"]
                            for l in o["lines"]
                            if l["sku"] == ln["sku"]
                        ]
                        or [0]
                    )
                    if mx and ln["quantity"] < 4 * mx:
                        err("%s: outlier %s not 4x the usual %s" % (w, ln["sku"], mx))
            if "reference" in r["tags"] and not r["expect_review"]:
                err("%s: reference without review" % w)
        if r["intent"] == "CHANGE":
            if "change_lines" not in r:
                err("%s: CHANGE without change_lines" % w)
            else:
                check_lines(r["change_lines"], prods, w + " (change)")
        elif "change_lines" in r:
            err("%s: change_lines on a non-CHANGE row" % w)
        # phones and e-mail
        for m in re.finditer(r"(?:\+44\s?|0)\d[\d ]{8,13}\d", r["text"]):
            d = re.sub(r"\D", "", m.group(0))
            if d.startswith("44"):
                d = "0" + d[2:]
            if not (d.startswith("07700900") or d.startswith("02079460")):
                err("%s: phone-like number %r is not a drama number" % (w, m.group(0)))
        for m in re.finditer(r"[\w.+-]+@([\w.-]+)", r["text"]):
            if not m.group(1).endswith(".example"):
                err("%s: e-mail domain %s" % (w, m.group(1)))
    for h in hist:
        a = h["address"]
        if "@" in a and not a.endswith(".example"):
            err("history address " + a)
        if "@" not in a and not a.startswith("+447700900"):
            err("history phone " + a)
    # "the usual" must be unique where it is used (usual_basket in build10 returns None otherwise)
    for h in hist:
        cnt = collections.Counter(basket_key(o["lines"]) for o in h["orders"]).most_common()
        if len(cnt) > 1 and cnt[0][1] == cnt[1][1] and cnt[0][1] > 1:
            err("%s: tie for the usual basket" % h["customer"])
    # similarity
    texts = [(r["id"], r["text"]) for r in rows]
    best = (0, None, None)
    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            sm = difflib.SequenceMatcher(None, texts[i][1], texts[j][1])
            if sm.real_quick_ratio() < 0.7 and sm.real_quick_ratio() < best[0]:
                continue
            if sm.quick_ratio() < 0.7 and sm.quick_ratio() < best[0]:
                continue
            rt = sm.ratio()
            if rt > best[0]:
                best = (rt, texts[i][0], texts[j][0])
            if rt >= 0.7:
                err("texts %s and %s have similarity %.2f" % (texts[i][0], texts[j][0], rt))
    report(cat, hist, rows, best)
    if errors:
        print("\nFAILED: %d problems" % len(errors))
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("\nOK: all checks passed")


def report(cat, hist, rows, best):
    prods = cat["products"]
    print(
        "catalog: %d categories (%d top-level), %d products, %d with variants (%d variants)"
        % (
            len(cat["categories"]),
            sum(c["parent"] is None for c in cat["categories"]),
            len(prods),
            sum(bool(p["variants"]) for p in prods),
            sum(len(p["variants"]) for p in prods),
        )
    )
    print("units:", dict(collections.Counter(p["unit"] for p in prods).most_common()))
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
    print("messages: %d, %s to %s" % (len(rows), min(r["date"] for r in rows), max(r["date"] for r in rows)))
    print("intents:", dict(collections.Counter(r["intent"] for r in rows).most_common()))
    print("channels:", dict(collections.Counter(r["channel"] for r in rows).most_common()))
    print("languages:", dict(collections.Counter(r["language"] for r in rows).most_common()))
    orders = [r for r in rows if r["intent"] == "ORDER"]
    print("non-English ORDER:", sum(r["language"] != "en" for r in orders))
    lines = [l for r in orders for l in r["lines"]]
    var_lines = [l for l in lines if "variant" in l]
    print(
        "order lines: %d; null sku %d (ambiguous %d, not in catalog %d); variant lines %d (null variant %d); "
        "null quantity %d"
        % (
            len(lines),
            sum(l["sku"] is None for l in lines),
            sum(l["sku"] is None and bool(l.get("candidates")) for l in lines),
            sum(l["sku"] is None and not l.get("candidates") for l in lines),
            len(var_lines),
            sum(l["variant"] is None for l in var_lines),
            sum(l["quantity"] is None for l in lines),
        )
    )
    rv = sum(r["expect_review"] for r in orders)
    print(
        "review: %d ORDER ship as written (%.0f%%), %d expect_review"
        % (len(orders) - rv, 100.0 * (len(orders) - rv) / len(orders), rv)
    )
    hrows = [r for r in orders if "lines_with_history" in r]
    to_false = sum(r["expect_review"] and not r["expect_review_with_history"] for r in hrows)
    keep = sum(r["expect_review"] and r["expect_review_with_history"] for r in hrows)
    up = sum((not r["expect_review"]) and r["expect_review_with_history"] for r in hrows)
    unchanged = sum(r["expect_review"] and "lines_with_history" not in r for r in orders)
    ship_h = sum(not r.get("expect_review_with_history", r["expect_review"]) for r in orders)
    print(
        "history: lines_with_history on %d rows: %d review->no review, %d keep review, %d no review->review; "
        "%d review rows without history fields; with history %d of %d orders ship as written"
        % (len(hrows), to_false, keep, up, unchanged, ship_h, len(orders))
    )
    used = set()
    for r in rows:
        for key in ("lines", "lines_with_history", "change_lines"):
            for l in r.get(key, []):
                if l["sku"]:
                    used.add(l["sku"])
                used.update(l.get("candidates", []))
    print(
        "coverage: %d of %d products in a label or as a candidate; missing: %s"
        % (len(used & {p["sku"] for p in prods}), len(prods), sorted({p["sku"] for p in prods} - used))
    )
    print("tags:", dict(collections.Counter(t for r in rows for t in r["tags"]).most_common()))
    print("highest text similarity: %.2f (%s, %s)" % best)


if __name__ == "__main__":
    main()
