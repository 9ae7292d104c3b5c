# ruff: noqa  (hand-written data generator of blind set 62, kept as its writer left it)
#!/usr/bin/env python3
"""Validate the sixty-second blind set and print its figures.

Usage: python3 validate62.py [DATA_DIR]   (default: the folder that holds holdout62_build/)
Exits 1 when a check fails.
"""

import collections
import datetime
import difflib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import cat62  # noqa: E402

UNITS = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tray", "box", "tub"}
VTYPES = {"SIZE", "COLOR", "VOLUME", "WEIGHT"}
INTENTS = {"ORDER", "QUESTION", "COMPLAINT", "OTHER", "CANCEL", "CHANGE"}
CHANNELS = {"WHATSAPP", "SMS", "EMAIL"}
LANGS = {"en", "bn", "hi", "ur", "ne"}
MIN_DATE = "2028-06-01"
HIST_FIELDS = ("lines_with_history", "expect_review_with_history")
REVIEW_PHRASES = ("ambiguous", "not in catalog", "quantities not stated", "not a whole number")

errors = []


def err(msg):
    errors.append(msg)


def load_jsonl(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: invalid JSON (%s)" % (path, n, e))
    return rows


DIGITS = str.maketrans("০১২৩৪৫৬৭৮৯०१२३४५६७८९", "01234567890123456789")
PHONE = re.compile(r"(?<![\w/])(\+44[\s-]?|0)(\d[\s-]?){9,10}(?!\w)")
EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")


def drama_phone(s):
    d = re.sub(r"\D", "", s)
    if d.startswith("44"):
        d = "0" + d[2:]
    return bool(re.fullmatch(r"07700900\d{3}", d) or re.fullmatch(r"02079460\d{3}", d))


def is_frac(q):
    return isinstance(q, float) and q != int(q)


def main(argv):
    data = os.path.abspath(argv[1]) if len(argv) > 1 else os.path.dirname(HERE)
    cpath = os.path.join(data, "catalog62.json")
    try:
        with open(cpath, encoding="utf-8") as f:
            cat = json.load(f)
    except ValueError as e:
        err("catalog62.json: invalid JSON (%s)" % e)
        return report()
    hist = load_jsonl(os.path.join(data, "histories62.jsonl"))
    rows = load_jsonl(os.path.join(data, "holdout62.jsonl"))

    # ------------------------------------------------------------------ catalog
    seen_cat = set()
    for c in cat["categories"]:
        if c["parent"] is not None and c["parent"] not in seen_cat:
            err("category %r listed before its parent %r" % (c["name"], c["parent"]))
        if c["name"] in seen_cat:
            err("duplicate category %r" % c["name"])
        seen_cat.add(c["name"])
    prods = {}
    skus_all = set()
    aliases = collections.defaultdict(list)
    family = set(w.lower() for w in cat62.FAMILY_WORDS)
    price_re = re.compile(r"^\d+\.\d\d$")
    for p in cat["products"]:
        if p["sku"] in prods:
            err("duplicate product sku %s" % p["sku"])
        prods[p["sku"]] = p
        if p["sku"] in skus_all:
            err("sku %s used twice" % p["sku"])
        skus_all.add(p["sku"])
        if p["category"] not in seen_cat:
            err("%s: unknown category %r" % (p["sku"], p["category"]))
        if p["unit"] not in UNITS:
            err("%s: bad unit %r" % (p["sku"], p["unit"]))
        if not price_re.match(p["unit_price"]) or float(p["unit_price"]) <= 0:
            err("%s: bad unit_price %r" % (p["sku"], p["unit_price"]))
        for a in p["aliases"]:
            aliases[a.lower()].append(p["sku"])
        vnames = set()
        for v in p["variants"]:
            if v["variant_type"] not in VTYPES:
                err("%s: bad variant type %r" % (p["sku"], v["variant_type"]))
            if not v.get("sku") or not v.get("unit_price"):
                err("%s/%s: variant without its own sku or unit_price" % (p["sku"], v["name"]))
                continue
            if not price_re.match(v["unit_price"]) or float(v["unit_price"]) <= 0:
                err("%s/%s: bad unit_price %r" % (p["sku"], v["name"], v["unit_price"]))
            if v["sku"] in skus_all:
                err("variant sku %s used twice" % v["sku"])
            skus_all.add(v["sku"])
            if v["name"] in vnames:
                err("%s: duplicate variant name %r" % (p["sku"], v["name"]))
            vnames.add(v["name"])
            for a in v.get("ai_aliases", []):
                aliases[a.lower()].append(p["sku"] + "/" + v["name"])
    for a, owners in sorted(aliases.items()):
        if len(owners) > 1:
            err("alias %r shared by %s" % (a, owners))
        if a in family:
            err("alias %r of %s is a bare family word" % (a, owners))
    n_var = sum(1 for p in prods.values() if p["variants"])
    if not 90 <= len(prods) <= 130:
        err("%d products (want 90-130)" % len(prods))
    if not 12 <= n_var <= 20:
        err("%d products with variants (want 12-20)" % n_var)

    def vnames_of(sku):
        return [v["name"] for v in prods[sku]["variants"]]

    def check_line(l, where, allow_null=True):
        sku = l.get("sku")
        if "quantity" not in l:
            err("%s: line without quantity" % where)
        if sku is None:
            if not allow_null:
                err("%s: null sku" % where)
            if "variant" in l:
                err("%s: variant key on a null-sku line" % where)
            if "candidates" in l:
                if len(l["candidates"]) < 2:
                    err("%s: fewer than two candidates" % where)
                for c in l["candidates"]:
                    if c not in prods:
                        err("%s: unknown candidate %s" % (where, c))
                cv = l.get("candidate_variant")
                if cv is not None and not any(c in prods and cv in vnames_of(c) for c in l["candidates"]):
                    err("%s: candidate_variant %r fits no candidate" % (where, cv))
            elif "candidate_variant" in l:
                err("%s: candidate_variant without candidates" % where)
            return
        if sku not in prods:
            err("%s: unknown sku %s" % (where, sku))
            return
        if "candidates" in l or "candidate_variant" in l:
            err("%s: candidates on a line with a sku" % where)
        if prods[sku]["variants"]:
            if "variant" not in l:
                err("%s: %s has variants but the line has no variant key" % (where, sku))
            elif l["variant"] is not None and l["variant"] not in vnames_of(sku):
                err("%s: unknown variant %r of %s" % (where, l["variant"], sku))
        elif "variant" in l:
            err("%s: variant key on %s, which has no variants" % (where, sku))

    def line_open(l):
        return (
            l.get("sku") is None
            or l.get("quantity") is None
            or ("variant" in l and l["variant"] is None)
            or is_frac(l.get("quantity"))
        )

    # ------------------------------------------------------------------ histories
    hist_by = {}
    maxq = collections.defaultdict(float)
    first_last = {}
    n_orders = n_hlines = 0
    hdates = []
    for h in hist:
        k = h["customer"]
        if k in hist_by:
            err("duplicate history customer %s" % k)
        hist_by[k] = h
        if h["channel"] not in CHANNELS:
            err("%s: bad channel" % k)
        if h["language"] not in LANGS:
            err("%s: bad language" % k)
        addr = h["address"]
        if "@" in addr:
            if not addr.endswith(".example"):
                err("%s: e-mail address not under .example" % k)
        elif not drama_phone(addr):
            err("%s: address %s is not a drama number" % (k, addr))
        prev = None
        for o in h["orders"]:
            n_orders += 1
            hdates.append(o["date"])
            if o["date"] <= MIN_DATE:
                err("%s: history date %s not after %s" % (k, o["date"], MIN_DATE))
            if prev and o["date"] <= prev:
                err("%s: history not oldest first" % k)
            prev = o["date"]
            for l in o["lines"]:
                n_hlines += 1
                check_line(l, "history %s %s" % (k, o["date"]), allow_null=False)
                if l.get("quantity") is None or line_open(l):
                    err("history %s %s: incomplete line %r" % (k, o["date"], l))
                else:
                    maxq[(k, l["sku"])] = max(maxq[(k, l["sku"])], l["quantity"])
        if h["orders"]:
            first_last[k] = (h["orders"][0]["date"], h["orders"][-1]["date"])

    # ------------------------------------------------------------------ holdout
    ids = [r.get("id") for r in rows]
    want = ["bd%03d" % i for i in range(1, len(rows) + 1)]
    if ids != want:
        err("ids do not run bd001... without gaps")
    texts = []
    training = [(p["sku"], e.lower()) for p in cat["products"] for e in p["ai_training_examples"]]
    used = set()
    stats = collections.Counter()
    tags = collections.Counter()
    hist_rows = collections.Counter()
    for r in rows:
        rid = r.get("id")
        where = rid
        for f in ("channel", "customer", "date", "language", "text", "intent", "lines", "notes", "tags"):
            if f not in r:
                err("%s: missing field %s" % (rid, f))
        if r["intent"] not in INTENTS:
            err("%s: bad intent" % rid)
        if r["channel"] not in CHANNELS:
            err("%s: bad channel" % rid)
        if r["language"] not in LANGS:
            err("%s: bad language" % rid)
        if r["customer"] not in hist_by:
            err("%s: customer %s has no history line" % (rid, r["customer"]))
            continue
        if r["date"] <= MIN_DATE:
            err("%s: date %s not after %s" % (rid, r["date"], MIN_DATE))
        if r["customer"] in first_last and first_last[r["customer"]][1] >= r["date"]:
            err("%s: history of %s does not end before the message" % (rid, r["customer"]))
        text = r["text"]
        texts.append((rid, text))
        low = text.lower()
        for sku, ex in training:
            if ex in low:
                err("%s: training example of %s inside the text" % (rid, sku))
        norm = text.translate(DIGITS)
        for m in PHONE.finditer(norm):
            if not drama_phone(m.group(0)):
                err("%s: phone number %r is not a drama number" % (rid, m.group(0)))
        for m in EMAIL.finditer(text):
            if not m.group(1).endswith(".example"):
                err("%s: e-mail domain %s not under .example" % (rid, m.group(1)))
        tg = r["tags"]
        tags.update(tg)
        notes = r["notes"].lower()
        intent = r["intent"]
        has_hist = [f in r for f in HIST_FIELDS]
        if any(has_hist) and not all(has_hist):
            err("%s: history fields do not come together" % rid)
        if intent == "CHANGE":
            if "change_lines" not in r:
                err("%s: CHANGE without change_lines" % rid)
            else:
                for l in r["change_lines"]:
                    check_line(l, rid + " change_lines")
                    used.add(l.get("sku"))
        elif "change_lines" in r:
            err("%s: change_lines on a %s row" % (rid, intent))
        if intent != "ORDER":
            if r["lines"]:
                err("%s: non-ORDER row with lines" % rid)
            if "expect_review" in r or any(has_hist):
                err("%s: non-ORDER row with review fields" % rid)
            if "clean" in tg:
                err("%s: clean on a non-order" % rid)
            continue
        if "expect_review" not in r:
            err("%s: ORDER without expect_review" % rid)
            continue
        review = r["expect_review"]
        for l in r["lines"]:
            check_line(l, rid)
            used.add(l.get("sku"))
            for c in l.get("candidates", []):
                used.add(c)
            stats["lines"] += 1
            if l["sku"] is None:
                stats["null_sku"] += 1
                stats["ambiguous" if "candidates" in l else "nic"] += 1
            elif prods.get(l["sku"], {}).get("variants"):
                stats["variant_lines"] += 1
                if l.get("variant") is None:
                    stats["variant_missing"] += 1
            if l["quantity"] is None:
                stats["null_qty"] += 1
            if line_open(l) and not review:
                err("%s: open line %r on a shippable row" % (rid, l))
            if l["sku"] is None and "candidates" in l and "ambiguous" not in notes:
                err("%s: candidates without 'ambiguous' in notes" % rid)
            if l["sku"] is None and "candidates" not in l and "not in catalog" not in notes:
                err("%s: not-in-catalog line without 'not in catalog' in notes" % rid)
            if l["sku"] is not None and "variant" in l and l["variant"] is None and "ambiguous" not in notes:
                err("%s: missing variant without 'ambiguous' in notes" % rid)
            if l["quantity"] is None and not (
                "quantities not stated" in notes or "not a whole number" in notes
            ):
                err("%s: null quantity without the note phrase" % rid)
        if "reference" in tg and not review:
            err("%s: reference row not in review" % rid)
        outlier = "outlier" in tg
        shippable = not review
        if ("clean" in tg) != (shippable and not outlier):
            err("%s: clean tag wrong" % rid)
        if all(has_hist):
            lwh, erwh = r["lines_with_history"], r["expect_review_with_history"]
            for l in lwh:
                check_line(l, rid + " lines_with_history")
                if line_open(l) and not erwh:
                    err("%s: open history line on a row shippable with history" % rid)
            if lwh == r["lines"] and erwh == review:
                err("%s: history fields that change nothing" % rid)
            if review and not erwh:
                hist_rows["review_to_ship"] += 1
            elif review and erwh:
                hist_rows["keeps_review"] += 1
            elif not review and erwh:
                hist_rows["ship_to_review"] += 1
        if outlier:
            if review or not all(has_hist) or not r["expect_review_with_history"]:
                err("%s: outlier must be review false, with history true" % rid)
            for l in r["lines"]:
                m = maxq.get((r["customer"], l["sku"]), 0)
                if not m or l["quantity"] < 4 * m:
                    err(
                        "%s: outlier %s %s is not 4x the largest earlier %s"
                        % (rid, l["sku"], l["quantity"], m)
                    )
        if (
            review
            and not any(line_open(l) for l in r["lines"])
            and not ("reference" in tg or "credit" in tg or "conditional" in tg)
        ):
            err("%s: review without an open line, reference, credit or condition" % rid)

    # similarity
    best = (0.0, None, None)
    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            a, b = texts[i][1], texts[j][1]
            sm = difflib.SequenceMatcher(None, a, b)
            bound = min(0.7, best[0])
            if sm.real_quick_ratio() <= bound or sm.quick_ratio() <= bound:
                continue
            rt = sm.ratio()
            if rt > best[0]:
                best = (rt, texts[i][0], texts[j][0])
            if rt >= 0.7:
                err("texts %s and %s have difflib ratio %.2f" % (texts[i][0], texts[j][0], rt))

    n = len(rows)
    clean = tags["clean"]
    if n < 180:
        err("%d messages (want at least 180)" % n)
    if clean < 0.4 * n:
        err("%d clean of %d (want at least 40%%)" % (clean, n))

    # ------------------------------------------------------------------ figures
    orders = [r for r in rows if r["intent"] == "ORDER"]
    ic = collections.Counter(r["intent"] for r in rows)
    cc = collections.Counter(r["channel"] for r in rows)
    lc = collections.Counter(r["language"] for r in rows)
    print(
        "catalog: %d categories (%d top-level), %d products, %d with %d variants"
        % (
            len(cat["categories"]),
            sum(1 for c in cat["categories"] if c["parent"] is None),
            len(prods),
            n_var,
            sum(len(p["variants"]) for p in prods.values()),
        )
    )
    print("units:", dict(collections.Counter(p["unit"] for p in prods.values()).most_common()))
    print(
        "histories: %d customers, %d with orders, %d orders, %d lines, %s to %s"
        % (len(hist), sum(1 for h in hist if h["orders"]), n_orders, n_hlines, min(hdates), max(hdates))
    )
    print("messages: %d, %s to %s" % (n, min(r["date"] for r in rows), max(r["date"] for r in rows)))
    print("intents:", ", ".join("%d %s" % (v, k) for k, v in ic.most_common()))
    print("channels:", ", ".join("%d %s" % (v, k) for k, v in cc.most_common()))
    print(
        "languages:",
        ", ".join("%d %s" % (v, k) for k, v in lc.most_common()),
        "(%d ORDER messages not English)" % sum(1 for r in orders if r["language"] != "en"),
    )
    print(
        "order lines: %d: %d null sku (%d ambiguous with candidates, %d not in catalog), %d of a product with "
        "variants (%d with no variant given), %d null quantity"
        % (
            stats["lines"],
            stats["null_sku"],
            stats["ambiguous"],
            stats["nic"],
            stats["variant_lines"],
            stats["variant_missing"],
            stats["null_qty"],
        )
    )
    ship = sum(1 for r in orders if not r["expect_review"])
    print(
        "review: %d ORDER shippable as written (%d clean + %d outliers), %d need a human; clean %d of %d = %.1f%%"
        % (ship, clean, tags["outlier"], len(orders) - ship, clean, n, 100.0 * clean / n)
    )
    nh = sum(1 for r in rows if "lines_with_history" in r)
    ship_h = sum(1 for r in orders if not r.get("expect_review_with_history", r["expect_review"]))
    print(
        "history: lines_with_history on %d rows: %d review->ship, %d keep review, %d ship->review; "
        "with history %d of %d orders shippable"
        % (
            nh,
            hist_rows["review_to_ship"],
            hist_rows["keeps_review"],
            hist_rows["ship_to_review"],
            ship_h,
            len(orders),
        )
    )
    print("coverage: %d of %d products in a label or as a candidate" % (len(used & set(prods)), len(prods)))
    print(
        "tags:", ", ".join("%s %d" % (k, v) for k, v in sorted(tags.items(), key=lambda kv: (-kv[1], kv[0])))
    )
    print("highest difflib ratio: %.2f (%s, %s)" % best)
    return report()


def report():
    if errors:
        print("\nFAILED: %d problem(s)" % len(errors))
        for e in errors[:200]:
            print("  -", e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
