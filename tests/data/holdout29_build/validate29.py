# ruff: noqa  (hand-written data generator of blind set 29, kept as its writer left it)
"""Validates catalog29.json, holdout29.jsonl and histories29.jsonl and prints the set's figures.

python3 validate29.py   (exit code 1 on any failure)
"""

import collections
import difflib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import cat29  # noqa: E402

ERR = []


def err(msg):
    ERR.append(msg)


UNITS = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tray", "box", "tub"}
VTYPES = {"SIZE", "COLOR", "VOLUME", "WEIGHT"}
PRICE = re.compile(r"^\d+\.\d\d$")
OPEN_PHRASES = ("ambiguous", "not in catalog", "quantities not stated", "not a whole number")


def load():
    with open(os.path.join(OUT, "catalog29.json"), encoding="utf-8") as f:
        cat = json.load(f)
    rows, hist = [], []
    with open(os.path.join(OUT, "holdout29.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("holdout line %d: invalid JSON (%s)" % (i, e))
    with open(os.path.join(OUT, "histories29.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                hist.append(json.loads(line))
            except ValueError as e:
                err("histories line %d: invalid JSON (%s)" % (i, e))
    return cat, rows, hist


def check_catalog(cat):
    seen_cats = set()
    for c in cat["categories"]:
        if c["parent"] is not None and c["parent"] not in seen_cats:
            err("category %s listed before its parent" % c["name"])
        seen_cats.add(c["name"])
    prods = {}
    skus = set()
    aliases = {}
    family = {w.lower() for w in cat29.FAMILY_WORDS}
    for p in cat["products"]:
        if p["sku"] in skus:
            err("duplicate sku %s" % p["sku"])
        skus.add(p["sku"])
        prods[p["sku"]] = p
        if p["category"] not in seen_cats:
            err("%s: unknown category" % p["sku"])
        if p["unit"] not in UNITS:
            err("%s: unit %s" % (p["sku"], p["unit"]))
        if not PRICE.match(p["unit_price"]):
            err("%s: price %s" % (p["sku"], p["unit_price"]))
        own = [a.lower() for a in p["aliases"]]
        for v in p["variants"]:
            if v["variant_type"] not in VTYPES:
                err("%s: variant type %s" % (p["sku"], v["variant_type"]))
            if not PRICE.match(v["unit_price"]):
                err("%s: variant price" % p["sku"])
            if v["sku"] in skus:
                err("duplicate variant sku %s" % v["sku"])
            skus.add(v["sku"])
            own += [a.lower() for a in v["ai_aliases"]]
        names = [v["name"] for v in p["variants"]]
        if len(set(names)) != len(names):
            err("%s: duplicate variant names" % p["sku"])
        for a in own:
            if a in aliases and aliases[a] != p["sku"]:
                err("alias %r shared by %s and %s" % (a, aliases[a], p["sku"]))
            if a in aliases and aliases[a] == p["sku"]:
                err("alias %r repeated in %s" % (a, p["sku"]))
            aliases[a] = p["sku"]
            if a in family:
                err("alias %r of %s is a bare family word" % (a, p["sku"]))
    n = len(cat["products"])
    nv = sum(1 for p in cat["products"] if p["variants"])
    if not 90 <= n <= 120:
        err("%d products (90-120 wanted)" % n)
    if not 12 <= nv <= 18:
        err("%d products with variants (12-18 wanted)" % nv)
    return prods


def check_line(where, ln, prods, allow_null=True):
    if "sku" not in ln or "quantity" not in ln:
        err("%s: incomplete line %s" % (where, ln))
        return
    sku = ln["sku"]
    if sku is None:
        if not allow_null:
            err("%s: null sku" % where)
        if "variant" in ln:
            err("%s: variant key on a null-sku line" % where)
        c = ln.get("candidates")
        if c is not None:
            if len(c) < 2:
                err("%s: fewer than two candidates" % where)
            for s in c:
                if s not in prods:
                    err("%s: unknown candidate %s" % (where, s))
            cv = ln.get("candidate_variant")
            if cv and not any(cv in [v["name"] for v in prods[s]["variants"]] for s in c if s in prods):
                err("%s: candidate_variant %s fits no candidate" % (where, cv))
        elif "candidate_variant" in ln:
            err("%s: candidate_variant without candidates" % where)
        return
    if sku not in prods:
        err("%s: unknown sku %s" % (where, sku))
        return
    if "candidates" in ln:
        err("%s: candidates on a resolved line" % where)
    p = prods[sku]
    if p["variants"]:
        if "variant" not in ln:
            err("%s: %s has variants but the line has no variant key" % (where, sku))
        elif ln["variant"] is not None and ln["variant"] not in [v["name"] for v in p["variants"]]:
            err("%s: unknown variant %s of %s" % (where, ln["variant"], sku))
    elif "variant" in ln:
        err("%s: variant key on %s, which has no variants" % (where, sku))
    q = ln["quantity"]
    if q is not None and (not isinstance(q, (int, float)) or q < 0):
        err("%s: bad quantity %r" % (where, q))


def is_open(ln, prods):
    if ln["sku"] is None or ln["quantity"] is None:
        return True
    if prods[ln["sku"]]["variants"] and ln.get("variant") is None:
        return True
    return float(ln["quantity"]) != int(ln["quantity"])


def norm_key(lines):
    return sorted(json.dumps(x, sort_keys=True) for x in lines)


PHONE = re.compile(r"(\+?\d[\d ()-]{8,}\d)")


def phone_ok(s):
    d = re.sub(r"\D", "", s)
    if d.startswith("44"):
        d = "0" + d[2:]
    return (
        (d.startswith("07700900") and len(d) == 11)
        or (d.startswith("02079460") and len(d) == 11)
        or (d.startswith("01632960") and len(d) == 11)
    )


def main():
    cat, rows, hist = load()
    prods = check_catalog(cat)
    hist_by = {h["customer"]: h for h in hist}
    # histories
    for h in hist:
        if not h["address"].startswith("+"):
            if not h["address"].endswith(".example"):
                err("history %s: address %s" % (h["customer"], h["address"]))
        elif not phone_ok(h["address"]):
            err("history %s: phone %s" % (h["customer"], h["address"]))
        for o in h["orders"]:
            for ln in o["lines"]:
                check_line("history %s %s" % (h["customer"], o["date"]), ln, prods, allow_null=False)
                if ln.get("sku") and prods.get(ln["sku"], {}).get("variants") and ln.get("variant") is None:
                    err("history %s: line without its variant" % h["customer"])
                if ln.get("quantity") is None:
                    err("history %s: null quantity" % h["customer"])
    # ids
    for i, r in enumerate(rows, 1):
        if r["id"] != "u%03d" % i:
            err("id %s at position %d" % (r["id"], i))
    texts = []
    for r in rows:
        rid = r["id"]
        texts.append(r["text"])
        if r["customer"] not in hist_by:
            err("%s: unknown customer" % rid)
            continue
        for o in hist_by[r["customer"]]["orders"]:
            if o["date"] >= r["date"]:
                err("%s: history date %s not before %s" % (rid, o["date"], r["date"]))
        tags = r.get("tags", [])
        notes = r.get("notes", "")
        if r["intent"] not in ("ORDER", "QUESTION", "COMPLAINT", "OTHER", "CHANGE", "CANCEL"):
            err("%s: intent %s" % (rid, r["intent"]))
        if r["intent"] != "ORDER":
            if r["lines"]:
                err("%s: non-order with lines" % rid)
            for k in ("expect_review", "lines_with_history", "expect_review_with_history"):
                if k in r:
                    err("%s: non-order with %s" % (rid, k))
            if "clean" in tags:
                err("%s: clean on a non-order" % rid)
        if (r["intent"] == "CHANGE") != ("change_lines" in r):
            err("%s: change_lines only and always on CHANGE rows" % rid)
        for ln in r.get("change_lines", []):
            check_line(rid + " change", ln, prods, allow_null=False)
        if r["intent"] != "ORDER":
            continue
        if "expect_review" not in r:
            err("%s: ORDER without expect_review" % rid)
            continue
        for ln in r["lines"]:
            check_line(rid, ln, prods)
        opens = [ln for ln in r["lines"] if is_open(ln, prods)]
        if opens and not r["expect_review"]:
            err("%s: open line on a shippable row" % rid)
        for ln in opens:
            if ln["sku"] is None and ln.get("candidates") and "ambiguous" not in notes:
                err("%s: candidates without 'ambiguous'" % rid)
            if ln["sku"] is None and not ln.get("candidates") and "not in catalog" not in notes:
                err("%s: null sku without 'not in catalog'" % rid)
            if ln["sku"] is not None and ln.get("variant", 1) is None and "ambiguous" not in notes:
                err("%s: null variant without 'ambiguous'" % rid)
            if ln["quantity"] is None and not (
                "quantities not stated" in notes or "not a whole number" in notes
            ):
                err("%s: null quantity without the phrase" % rid)
        has_h = "lines_with_history" in r
        if has_h != ("expect_review_with_history" in r):
            err("%s: history fields must come together" % rid)
        if has_h:
            lw = r["lines_with_history"]
            for ln in lw:
                check_line(rid + " history", ln, prods)
            if any(is_open(ln, prods) for ln in lw) and not r["expect_review_with_history"]:
                err("%s: open history line on a shippable row" % rid)
            if norm_key(lw) == norm_key(r["lines"]) and r["expect_review_with_history"] == r["expect_review"]:
                err("%s: history fields that change nothing" % rid)
        if "reference" in tags and not r["expect_review"]:
            err("%s: reference row not in review" % rid)
        outlier = "outlier" in tags
        shippable = not r["expect_review"]
        if ("clean" in tags) != (shippable and not outlier):
            err("%s: clean must be exactly on shippable non-outlier orders" % rid)
        if outlier:
            if r["expect_review"] or not r.get("expect_review_with_history"):
                err("%s: outlier must be review false, with history true" % rid)
            for ln in r["lines"]:
                prev = [
                    x["quantity"]
                    for o in hist_by[r["customer"]]["orders"]
                    for x in o["lines"]
                    if x["sku"] == ln["sku"]
                ]
                if not prev or ln["quantity"] < 4 * max(prev):
                    err("%s: outlier %s not 4x the largest earlier quantity %s" % (rid, ln["sku"], prev))
    # training examples, phones, mails
    low = [t.lower() for t in texts]
    for p in cat["products"]:
        for ex in p["ai_training_examples"]:
            for r, t in zip(rows, low):
                if ex.lower() in t:
                    err("training example %r inside %s" % (ex, r["id"]))
    for r in rows:
        for mm in PHONE.finditer(r["text"]):
            s = mm.group(1)
            digits = re.sub(r"\D", "", s)
            if len(digits) >= 10 and (s.startswith("0") or s.startswith("+")) and not phone_ok(s):
                err("%s: phone %s is not a drama number" % (r["id"], s))
        for mail in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", r["text"]):
            if not mail.endswith(".example"):
                err("%s: e-mail %s" % (r["id"], mail))
    # similarity
    best = (0, None, None)
    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            sm = difflib.SequenceMatcher(None, texts[i], texts[j])
            if sm.real_quick_ratio() < best[0] or sm.quick_ratio() < best[0]:
                continue
            r_ = sm.ratio()
            if r_ > best[0]:
                best = (r_, rows[i]["id"], rows[j]["id"])
    if best[0] >= 0.7:
        err("texts %s and %s have similarity %.2f" % (best[1], best[2], best[0]))
    # figures
    n = len(rows)
    orders = [r for r in rows if r["intent"] == "ORDER"]
    clean = [r for r in orders if "clean" in r["tags"]]
    if n < 160:
        err("only %d messages" % n)
    if len(clean) < 0.4 * n:
        err("clean share %.3f below 0.40" % (len(clean) / n))
    intents = collections.Counter(r["intent"] for r in rows)
    chans = collections.Counter(r["channel"] for r in rows)
    langs = collections.Counter(r["language"] for r in rows)
    lines = [ln for r in orders for ln in r["lines"]]
    null_sku = [ln for ln in lines if ln["sku"] is None]
    amb = [ln for ln in null_sku if ln.get("candidates")]
    varl = [ln for ln in lines if ln["sku"] and prods[ln["sku"]]["variants"]]
    print("messages %d; ids u001-u%03d" % (n, n))
    print("intents", dict(intents.most_common()))
    print("ORDER share %.1f%%" % (100 * len(orders) / n))
    print("channels", dict(chans.most_common()))
    print(
        "languages",
        dict(langs.most_common()),
        "non-English ORDER",
        sum(1 for r in orders if r["language"] != "en"),
    )
    print(
        "order lines %d: null sku %d (ambiguous %d, not in catalog %d), variant-product lines %d (no variant %d), "
        "null quantity %d, fractional %d"
        % (
            len(lines),
            len(null_sku),
            len(amb),
            len(null_sku) - len(amb),
            len(varl),
            sum(1 for ln in varl if ln["variant"] is None),
            sum(1 for ln in lines if ln["quantity"] is None),
            sum(
                1
                for ln in lines
                if ln["quantity"] is not None and float(ln["quantity"]) != int(ln["quantity"])
            ),
        )
    )
    shippable = [r for r in orders if not r["expect_review"]]
    print(
        "review: %d shippable (%d clean + %d outliers), %d expect_review; clean share %.1f%% (%d/%d)"
        % (
            len(shippable),
            len(clean),
            len(shippable) - len(clean),
            len(orders) - len(shippable),
            100 * len(clean) / n,
            len(clean),
            n,
        )
    )
    hrows = [r for r in orders if "lines_with_history" in r]
    to_ship = sum(1 for r in hrows if r["expect_review"] and not r["expect_review_with_history"])
    keep = sum(1 for r in hrows if r["expect_review"] and r["expect_review_with_history"])
    to_rev = sum(1 for r in hrows if not r["expect_review"] and r["expect_review_with_history"])
    with_h = sum(1 for r in orders if not r.get("expect_review_with_history", r["expect_review"]))
    print(
        "history: lines_with_history on %d rows: %d review->ship, %d keep review, %d ship->review; "
        "with history %d of %d orders ship" % (len(hrows), to_ship, keep, to_rev, with_h, len(orders))
    )
    used = set()
    for r in rows:
        for ln in r["lines"] + r.get("lines_with_history", []) + r.get("change_lines", []):
            if ln["sku"]:
                used.add(ln["sku"])
            used.update(ln.get("candidates", []))
    print("coverage: %d of %d products in a label or as a candidate" % (len(used & set(prods)), len(prods)))
    missing = sorted(set(prods) - used)
    if missing:
        print("  not covered:", ", ".join(missing))
    tags = collections.Counter(t for r in rows for t in r["tags"])
    print("tags", ", ".join("%s %d" % kv for kv in tags.most_common()))
    nh = sum(len(h["orders"]) for h in hist)
    nl = sum(len(o["lines"]) for h in hist for o in h["orders"])
    dates = sorted(o["date"] for h in hist for o in h["orders"])
    print("histories: %d customers, %d orders, %d lines, %s to %s" % (len(hist), nh, nl, dates[0], dates[-1]))
    print(
        "catalog: %d categories, %d products, %d with variants (%d variants)"
        % (
            len(cat["categories"]),
            len(prods),
            sum(1 for p in prods.values() if p["variants"]),
            sum(len(p["variants"]) for p in prods.values()),
        )
    )
    print("units", dict(collections.Counter(p["unit"] for p in prods.values()).most_common()))
    print("highest text similarity %.2f (%s, %s)" % best)
    if ERR:
        print("\nFAILED: %d problems" % len(ERR))
        for e in ERR:
            print(" -", e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
