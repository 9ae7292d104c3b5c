# ruff: noqa  (hand-written data generator of blind set 71, kept as its writer left it)
#!/usr/bin/env python3
"""Validate the seventy-first blind set and print its figures.

Usage: python3 validate71.py [directory]     (default: the parent folder of holdout71_build)
Exits non-zero and lists the problems if any check fails.
"""

import difflib
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import cat71  # noqa: E402

ID_PREFIX = "an"
UNITS = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tray", "box", "tub"}
VTYPES = {"SIZE", "COLOR", "VOLUME", "WEIGHT"}
INTENTS = {"ORDER", "QUESTION", "COMPLAINT", "OTHER", "CANCEL", "CHANGE"}
CHANNELS = {"WHATSAPP", "SMS", "EMAIL"}
LANGS = {"en", "es", "pt"}
MIN_DATE = "2028-06-01"
PRICE = re.compile(r"^\d+\.\d\d$")
PHONE = re.compile(r"\+?\d[\d ]{8,}\d")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

problems = []


def bad(msg):
    problems.append(msg)


def load(d):
    with open(os.path.join(d, "catalog71.json"), encoding="utf-8") as f:
        catalog = json.load(f)
    rows, hists = [], []
    with open(os.path.join(d, "holdout71.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                bad("holdout line %d is not JSON: %s" % (n, e))
    with open(os.path.join(d, "histories71.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                hists.append(json.loads(line))
            except ValueError as e:
                bad("histories line %d is not JSON: %s" % (n, e))
    return catalog, rows, hists


def drama_phone(s):
    d = re.sub(r"\D", "", s)
    return d.startswith("447700900") or d.startswith("07700900") or d.startswith("02079460")


def check_contacts(where, text):
    for m in PHONE.finditer(text):
        if not drama_phone(m.group(0)):
            bad("%s: phone-like number %r is not an Ofcom drama number" % (where, m.group(0)))
    for m in EMAIL.finditer(text):
        if not m.group(0).lower().endswith(".example"):
            bad("%s: e-mail %r is not under .example" % (where, m.group(0)))


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
    catalog, rows, hists = load(d)

    # ---------------------------------------------------------------- catalog
    cats = catalog["categories"]
    seen_cats = set()
    for c in cats:
        if c["parent"] is not None and c["parent"] not in seen_cats:
            bad("category %s listed before its parent %s" % (c["name"], c["parent"]))
        if c["name"] in seen_cats:
            bad("duplicate category %s" % c["name"])
        seen_cats.add(c["name"])
    prods = catalog["products"]
    P = {}
    all_skus = set()
    for p in prods:
        if p["sku"] in all_skus:
            bad("duplicate sku %s" % p["sku"])
        all_skus.add(p["sku"])
        P[p["sku"]] = p
        if p["category"] not in seen_cats:
            bad("%s: unknown category %s" % (p["sku"], p["category"]))
        if p["unit"] not in UNITS:
            bad("%s: unit %s" % (p["sku"], p["unit"]))
        if not PRICE.match(p["unit_price"]):
            bad("%s: price %s" % (p["sku"], p["unit_price"]))
        names = set()
        for v in p["variants"]:
            if v.get("variant_type") not in VTYPES:
                bad("%s: variant type %s" % (p["sku"], v.get("variant_type")))
            if not v.get("sku") or not v.get("unit_price"):
                bad("%s: variant %s lacks sku or unit_price" % (p["sku"], v.get("name")))
                continue
            if not PRICE.match(v["unit_price"]):
                bad("%s: variant price %s" % (p["sku"], v["unit_price"]))
            if v["sku"] in all_skus:
                bad("duplicate variant sku %s" % v["sku"])
            all_skus.add(v["sku"])
            if v["name"] in names:
                bad("%s: duplicate variant name %s" % (p["sku"], v["name"]))
            names.add(v["name"])
    VN = {s: [v["name"] for v in p["variants"]] for s, p in P.items()}
    HASV = {s for s, n in VN.items() if n}
    n_prod, n_var = len(prods), len(HASV)
    if not 90 <= n_prod <= 130:
        bad("%d products (90-130 wanted)" % n_prod)
    if not 12 <= n_var <= 20:
        bad("%d products with variants (12-20 wanted)" % n_var)
    family = {w.lower() for w in cat71.FAMILY_WORDS}
    alias_owner = {}
    for p in prods:
        als = [(a, p["sku"]) for a in p["aliases"]] + [
            (a, p["sku"]) for v in p["variants"] for a in v.get("ai_aliases", [])
        ]
        for a, s in als:
            k = a.strip().lower()
            if k in family:
                bad("alias %r of %s is a bare family word" % (a, s))
            if k in alias_owner and alias_owner[k] != s:
                bad("alias %r shared by %s and %s" % (a, alias_owner[k], s))
            alias_owner.setdefault(k, s)

    # ---------------------------------------------------------------- histories
    H = {}
    for h in hists:
        H[h["customer"]] = h
        check_contacts("history " + h["customer"], h["address"])
        prev = ""
        for o in h["orders"]:
            if o["date"] <= MIN_DATE:
                bad("%s: history date %s not after %s" % (h["customer"], o["date"], MIN_DATE))
            if o["date"] < prev:
                bad("%s: history not oldest first" % h["customer"])
            prev = o["date"]
            for l in o["lines"]:
                s = l.get("sku")
                if s not in P:
                    bad("%s %s: unknown history sku %s" % (h["customer"], o["date"], s))
                    continue
                q = l.get("quantity")
                if not isinstance(q, (int, float)) or q <= 0:
                    bad("%s %s: incomplete history line %s" % (h["customer"], o["date"], l))
                if (s in HASV) != ("variant" in l):
                    bad("%s %s: variant key on %s" % (h["customer"], o["date"], s))
                if s in HASV and l.get("variant") not in VN[s]:
                    bad("%s %s: history variant %s of %s" % (h["customer"], o["date"], l.get("variant"), s))

    # ---------------------------------------------------------------- messages
    texts = [r["text"] for r in rows]
    lower_texts = [t.lower() for t in texts]
    for p in prods:
        for ex in p["ai_training_examples"]:
            for r, t in zip(rows, lower_texts):
                if ex.lower() in t:
                    bad("training example of %s occurs in %s" % (p["sku"], r["id"]))
    for n, r in enumerate(rows, 1):
        if r["id"] != "%s%03d" % (ID_PREFIX, n):
            bad("id %s at position %d" % (r["id"], n))
    used = set()

    def check_line(rid, l, where):
        s = l["sku"]
        if s is None:
            if "variant" in l:
                bad("%s %s: variant key on a null-sku line" % (rid, where))
            if "candidates" in l:
                if len(l["candidates"]) < 2:
                    bad("%s %s: fewer than two candidates" % (rid, where))
                for c in l["candidates"]:
                    if c not in P:
                        bad("%s %s: unknown candidate %s" % (rid, where, c))
                    used.add(c)
                cv = l.get("candidate_variant")
                if cv is not None and not any(cv in VN.get(c, []) for c in l["candidates"]):
                    bad("%s %s: candidate_variant %s fits no candidate" % (rid, where, cv))
            elif "candidate_variant" in l:
                bad("%s %s: candidate_variant without candidates" % (rid, where))
            return
        if s not in P:
            bad("%s %s: unknown sku %s" % (rid, where, s))
            return
        used.add(s)
        if (s in HASV) != ("variant" in l):
            bad("%s %s: variant key must be present exactly on products with variants (%s)" % (rid, where, s))
        if "variant" in l and l["variant"] is not None and l["variant"] not in VN[s]:
            bad("%s %s: unknown variant %s of %s" % (rid, where, l["variant"], s))
        q = l["quantity"]
        if q is not None and (not isinstance(q, (int, float)) or q < 0):
            bad("%s %s: bad quantity %r" % (rid, where, q))

    def is_open(l):
        return l["sku"] is None or l["quantity"] is None or ("variant" in l and l["variant"] is None)

    def frac(l):
        return l["quantity"] is not None and float(l["quantity"]) != int(l["quantity"])

    msg_dates = {}
    for r in rows:
        rid = r["id"]
        check_contacts(rid, r["text"])
        if r["intent"] not in INTENTS:
            bad("%s: intent %s" % (rid, r["intent"]))
        if r["channel"] not in CHANNELS:
            bad("%s: channel %s" % (rid, r["channel"]))
        if r["language"] not in LANGS:
            bad("%s: language %s" % (rid, r["language"]))
        if r["customer"] not in H:
            bad("%s: customer %s has no history record" % (rid, r["customer"]))
        if r["date"] <= MIN_DATE:
            bad("%s: date %s" % (rid, r["date"]))
        msg_dates.setdefault(r["customer"], []).append(r["date"])
        tags = r["tags"]
        notes = r["notes"]
        has_h = "lines_with_history" in r
        if has_h != ("expect_review_with_history" in r):
            bad("%s: history fields must come together" % rid)
        if ("change_lines" in r) != (r["intent"] == "CHANGE"):
            bad("%s: change_lines only and always on CHANGE rows" % rid)
        for l in r.get("change_lines", []):
            check_line(rid, l, "change_lines")
        if r["intent"] != "ORDER":
            if r["lines"] or "expect_review" in r or has_h:
                bad("%s: non-ORDER row with lines or review fields" % rid)
            if "clean" in tags:
                bad("%s: clean on a non-order" % rid)
            continue
        if "expect_review" not in r:
            bad("%s: ORDER row without expect_review" % rid)
            continue
        rev = r["expect_review"]
        for l in r["lines"]:
            check_line(rid, l, "lines")
        for l in r.get("lines_with_history", []):
            check_line(rid, l, "lines_with_history")
        sets = [(r["lines"], rev, "lines")]
        if has_h:
            sets.append((r["lines_with_history"], r["expect_review_with_history"], "lines_with_history"))
            if r["lines_with_history"] == r["lines"] and r["expect_review_with_history"] == rev:
                bad("%s: history fields that change nothing" % rid)
        for ls, rv, where in sets:
            for l in ls:
                if is_open(l) and not rv:
                    bad("%s %s: open line on a shippable row" % (rid, where))
                if frac(l) and not rv:
                    bad("%s %s: fractional quantity on a shippable row" % (rid, where))
        for l in r["lines"]:
            if l["sku"] is None and "candidates" in l and "ambiguous" not in notes:
                bad("%s: candidates without 'ambiguous' in notes" % rid)
            if l["sku"] is None and "candidates" not in l and "not in catalog" not in notes:
                bad("%s: not-in-catalog line without the note" % rid)
            if "variant" in l and l["variant"] is None and "ambiguous" not in notes:
                bad("%s: null variant without 'ambiguous' in notes" % rid)
            if (
                l["quantity"] is None
                and "quantities not stated" not in notes
                and "not a whole number" not in notes
            ):
                bad("%s: null quantity without the note" % rid)
        if "reference" in tags and not rev:
            bad("%s: reference row not in review" % rid)
        outlier = "outlier" in tags
        if ("clean" in tags) != (not rev and not outlier):
            bad("%s: clean tag must be exactly on shippable non-outlier orders" % rid)
        if outlier:
            if rev or not has_h or not r["expect_review_with_history"]:
                bad("%s: outlier must be review false and with history true" % rid)
            h = H.get(r["customer"], {"orders": []})
            for l in r["lines"]:
                prev = [x["quantity"] for o in h["orders"] for x in o["lines"] if x["sku"] == l["sku"]]
                if prev and l["quantity"] < 4 * max(prev):
                    bad(
                        "%s: outlier %s %s is less than 4x the largest earlier %s"
                        % (rid, l["sku"], l["quantity"], max(prev))
                    )
                if not prev:
                    bad("%s: outlier product %s never bought" % (rid, l["sku"]))
    for cust, ds in msg_dates.items():
        h = H.get(cust)
        if h and h["orders"] and max(o["date"] for o in h["orders"]) >= min(ds):
            bad("%s: history order on or after a message date" % cust)

    # ---------------------------------------------------------------- similarity
    n = len(texts)
    pairs = []
    for i in range(n):
        for j in range(i + 1, n):
            sm = difflib.SequenceMatcher(None, texts[i], texts[j])
            pairs.append((sm.quick_ratio(), i, j))
    pairs.sort(reverse=True)
    best, best_pair = 0.0, None
    for qr, i, j in pairs:
        if qr < 0.7 and qr <= best:
            break
        r1 = difflib.SequenceMatcher(None, texts[i], texts[j]).ratio()
        r2 = difflib.SequenceMatcher(None, texts[j], texts[i]).ratio()
        rr = max(r1, r2)
        if rr >= 0.7:
            bad("texts %s and %s have difflib ratio %.3f" % (rows[i]["id"], rows[j]["id"], rr))
        if rr > best:
            best, best_pair = rr, (rows[i]["id"], rows[j]["id"])

    # ---------------------------------------------------------------- figures
    orders = [r for r in rows if r["intent"] == "ORDER"]
    clean = [r for r in rows if "clean" in r["tags"]]
    if n < 180:
        bad("%d messages (at least 180 wanted)" % n)
    if len(clean) < 0.4 * n:
        bad("clean share %.3f below 0.40" % (len(clean) / n))

    print(
        "catalog: %d categories (%d top-level), %d products, %d with %d variants; units %s"
        % (
            len(cats),
            sum(1 for c in cats if c["parent"] is None),
            n_prod,
            n_var,
            sum(len(p["variants"]) for p in prods),
            dict(Counter(p["unit"] for p in prods).most_common()),
        )
    )
    ho = [o for h in hists for o in h["orders"]]
    print(
        "histories: %d customers (%d with no orders), %d orders, %d lines, %s to %s"
        % (
            len(hists),
            sum(1 for h in hists if not h["orders"]),
            len(ho),
            sum(len(o["lines"]) for o in ho),
            min(o["date"] for o in ho),
            max(o["date"] for o in ho),
        )
    )
    print(
        "messages: %d (%s..%s), dates %s to %s"
        % (n, rows[0]["id"], rows[-1]["id"], min(r["date"] for r in rows), max(r["date"] for r in rows))
    )
    print("intents: %s" % dict(Counter(r["intent"] for r in rows).most_common()))
    print("channels: %s" % dict(Counter(r["channel"] for r in rows).most_common()))
    print(
        "languages: %s (ORDER not English: %d)"
        % (
            dict(Counter(r["language"] for r in rows).most_common()),
            sum(1 for r in orders if r["language"] != "en"),
        )
    )
    lines = [l for r in orders for l in r["lines"]]
    print(
        "order lines: %d; null sku %d (ambiguous with candidates %d, not in catalog %d); of a product with "
        "variants %d (no variant %d); null quantity %d; fractional %d"
        % (
            len(lines),
            sum(1 for l in lines if l["sku"] is None),
            sum(1 for l in lines if "candidates" in l),
            sum(1 for l in lines if l["sku"] is None and "candidates" not in l),
            sum(1 for l in lines if "variant" in l),
            sum(1 for l in lines if "variant" in l and l["variant"] is None),
            sum(1 for l in lines if l["quantity"] is None),
            sum(1 for l in lines if frac(l)),
        )
    )
    ship = [r for r in orders if not r["expect_review"]]
    outl = [r for r in orders if "outlier" in r["tags"]]
    print(
        "review: %d ORDER shippable as written (%d clean + %d outliers), %d expect_review; "
        "clean %d of %d messages = %.1f%%"
        % (len(ship), len(clean), len(outl), len(orders) - len(ship), len(clean), n, 100.0 * len(clean) / n)
    )
    hr = [r for r in orders if "lines_with_history" in r]
    to_ship = sum(1 for r in hr if r["expect_review"] and not r["expect_review_with_history"])
    keep = sum(1 for r in hr if r["expect_review"] and r["expect_review_with_history"])
    up = sum(1 for r in hr if not r["expect_review"] and r["expect_review_with_history"])
    ship_h = sum(1 for r in orders if not r.get("expect_review_with_history", r["expect_review"]))
    print(
        "history: lines_with_history on %d rows: %d review->ship, %d keep review, %d ship->review (outliers); "
        "with history %d of %d orders ship" % (len(hr), to_ship, keep, up, ship_h, len(orders))
    )
    print("coverage: %d of %d products appear in a label or as a candidate" % (len(used & set(P)), n_prod))
    print(
        "tags: %s"
        % ", ".join("%s %d" % kv for kv in Counter(t for r in rows for t in r["tags"]).most_common())
    )
    print("highest difflib ratio between two texts: %.3f (%s, %s)" % (best, best_pair[0], best_pair[1]))
    if problems:
        print("\nFAILED: %d problem(s)" % len(problems))
        for p in problems[:200]:
            print("  - " + p)
        sys.exit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    main()
