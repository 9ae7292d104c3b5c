# ruff: noqa  (hand-written data generator of blind set 70, kept as its writer left it)
"""Validate the seventieth blind set. Usage: python3 validate70.py [directory]  (default: the parent folder of holdout70_build)

Reads only the three data files (and FAMILY_WORDS from cat70.py beside this script) and prints the
figures quoted in readme70.md. Exits non-zero on the first class of failure found (all failures are
listed)."""

import datetime
import difflib
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cat70 import FAMILY_WORDS, VALID_UNITS, VARIANT_TYPES  # noqa: E402

ERRORS = []


def err(msg):
    ERRORS.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", s.strip().lower())


def main(d):
    try:
        cat = json.load(open(os.path.join(d, "catalog70.json"), encoding="utf-8"))
        rows = [
            json.loads(l) for l in open(os.path.join(d, "holdout70.jsonl"), encoding="utf-8") if l.strip()
        ]
        hists = [
            json.loads(l) for l in open(os.path.join(d, "histories70.jsonl"), encoding="utf-8") if l.strip()
        ]
    except (OSError, ValueError) as e:
        print("FAIL: cannot read files:", e)
        return 1

    # ---------------- catalog
    cats = cat["categories"]
    seen_cat = set()
    for c in cats:
        if c["parent"] is not None and c["parent"] not in seen_cat:
            err("category %s listed before its parent %s" % (c["name"], c["parent"]))
        if c["name"] in seen_cat:
            err("duplicate category %s" % c["name"])
        seen_cat.add(c["name"])
    prods = cat["products"]
    by_sku = {}
    all_skus = Counter()
    price_re = re.compile(r"^\d+\.\d{2}$")
    for p in prods:
        all_skus[p["sku"]] += 1
        by_sku[p["sku"]] = p
        if p["category"] not in seen_cat:
            err("unknown category on %s" % p["sku"])
        if p["unit"] not in VALID_UNITS:
            err("bad unit on %s" % p["sku"])
        if not price_re.match(p["unit_price"]):
            err("bad price on %s" % p["sku"])
        if not isinstance(p.get("variants"), list):
            err("variants not a list on %s" % p["sku"])
        vnames = set()
        for v in p["variants"]:
            if not v.get("sku") or not v.get("unit_price"):
                err("variant without its own sku/unit_price on %s" % p["sku"])
                continue
            all_skus[v["sku"]] += 1
            if v["variant_type"] not in VARIANT_TYPES:
                err("bad variant type on %s" % v["sku"])
            if not price_re.match(v["unit_price"]):
                err("bad variant price on %s" % v["sku"])
            if v["name"] in vnames:
                err("duplicate variant name %s on %s" % (v["name"], p["sku"]))
            vnames.add(v["name"])
    for s, n in all_skus.items():
        if n > 1:
            err("sku used %d times: %s" % (n, s))
    n_var = sum(1 for p in prods if p["variants"])
    if not 90 <= len(prods) <= 130:
        err("product count %d outside 90-130" % len(prods))
    if not 12 <= n_var <= 20:
        err("products with variants %d outside 12-20" % n_var)
    fam = {norm(w) for w in FAMILY_WORDS}
    alias_owner = {}
    for p in prods:
        names = list(p["aliases"]) + [a for v in p["variants"] for a in v.get("ai_aliases", [])]
        for a in {norm(x) for x in names}:
            if a in alias_owner and alias_owner[a] != p["sku"]:
                err("alias %r shared by %s and %s" % (a, alias_owner[a], p["sku"]))
            alias_owner[a] = p["sku"]
            if a in fam:
                err("alias %r of %s is a family word" % (a, p["sku"]))
    texts_l = [r["text"].lower() for r in rows]
    for p in prods:
        for ex in p["ai_training_examples"]:
            for r, t in zip(rows, texts_l):
                if ex.lower() in t:
                    err("training example of %s inside %s" % (p["sku"], r["id"]))

    def vnames_of(sku):
        return [v["name"] for v in by_sku[sku]["variants"]]

    def check_line(x, where, complete=False):
        sku = x.get("sku", "MISSING")
        if sku == "MISSING" or "quantity" not in x or "unit" not in x:
            err("%s: line lacks sku/quantity/unit" % where)
            return
        if sku is not None:
            if sku not in by_sku:
                err("%s: unknown sku %s" % (where, sku))
                return
            if x["unit"] != by_sku[sku]["unit"]:
                err("%s: unit %s is not the catalog unit of %s" % (where, x["unit"], sku))
            if by_sku[sku]["variants"]:
                if "variant" not in x:
                    err("%s: no variant key on %s" % (where, sku))
                elif x["variant"] is not None and x["variant"] not in vnames_of(sku):
                    err("%s: unknown variant %r of %s" % (where, x["variant"], sku))
            elif "variant" in x:
                err("%s: variant key on %s, which has no variants" % (where, sku))
            if "candidates" in x or "candidate_variant" in x:
                err("%s: candidates on a line with a sku" % where)
        else:
            if "variant" in x:
                err("%s: variant key on a null-sku line" % where)
            if "candidates" in x:
                cs = x["candidates"]
                if len(cs) < 2 or len(set(cs)) != len(cs):
                    err("%s: a candidate line needs two or more distinct candidates" % where)
                for s in cs:
                    if s not in by_sku:
                        err("%s: unknown candidate %s" % (where, s))
                if "candidate_variant" in x:
                    if not any(s in by_sku and x["candidate_variant"] in vnames_of(s) for s in cs):
                        err("%s: candidate_variant %r fits no candidate" % (where, x["candidate_variant"]))
            elif "candidate_variant" in x:
                err("%s: candidate_variant without candidates" % where)
        q = x["quantity"]
        if q is not None and (not isinstance(q, (int, float)) or q <= 0):
            err("%s: bad quantity %r" % (where, q))
        if complete and (
            sku is None or q is None or (by_sku.get(sku, {}).get("variants") and x.get("variant") is None)
        ):
            err("%s: incomplete history line" % where)

    def is_open(x):
        return (
            x["sku"] is None
            or x["quantity"] is None
            or (bool(by_sku[x["sku"]]["variants"]) and x.get("variant") is None)
        )

    def frac(q):
        return q is not None and float(q) != int(q)

    # ---------------- histories
    hist = {}
    for h in hists:
        for k in ("customer", "name", "kind", "channel", "address", "language", "orders"):
            if k not in h:
                err("history of %s lacks %s" % (h.get("customer"), k))
        hist[h["customer"]] = h
        last = None
        for o in h["orders"]:
            if last and o["date"] <= last:
                err("history of %s not in date order" % h["customer"])
            last = o["date"]
            for j, x in enumerate(o["lines"]):
                check_line(x, "history %s %s line %d" % (h["customer"], o["date"], j), complete=True)

    # ---------------- messages
    phrases = ("ambiguous", "not in catalog", "quantities not stated", "not a whole number")
    for n, r in enumerate(rows, 1):
        rid = r.get("id")
        if rid != "mf%03d" % n:
            err("id %r at position %d (expected mf%03d)" % (rid, n, n))
        for k in ("channel", "customer", "date", "language", "text", "intent", "lines", "notes", "tags"):
            if k not in r:
                err("%s lacks %s" % (rid, k))
        if r["customer"] not in hist:
            err("%s: customer %s has no history object" % (rid, r["customer"]))
        if r["channel"] not in ("WHATSAPP", "SMS", "EMAIL"):
            err("%s: bad channel" % rid)
        if r["intent"] not in ("ORDER", "QUESTION", "COMPLAINT", "OTHER", "CANCEL", "CHANGE"):
            err("%s: bad intent" % rid)
        notes = r["notes"].lower()
        tags = r["tags"]
        for j, x in enumerate(r["lines"]):
            check_line(x, "%s line %d" % (rid, j))
        if r["intent"] == "ORDER":
            rev = r.get("expect_review")
            if not isinstance(rev, bool):
                err("%s: ORDER without expect_review" % rid)
            for x in r["lines"]:
                if is_open(x) or frac(x["quantity"]):
                    if not rev:
                        err("%s: open or fractional line on a shippable row" % rid)
                if is_open(x) and not any(p in notes for p in phrases):
                    err("%s: open line but notes lack the standard phrase" % rid)
            has_h = ("lines_with_history" in r, "expect_review_with_history" in r)
            if has_h[0] != has_h[1]:
                err("%s: history fields must come together" % rid)
            if all(has_h):
                lwh, rwh = r["lines_with_history"], r["expect_review_with_history"]
                if lwh == r["lines"] and rwh == rev:
                    err("%s: history fields that change nothing" % rid)
                for j, x in enumerate(lwh):
                    check_line(x, "%s history line %d" % (rid, j))
                    if (is_open(x) or frac(x["quantity"])) and not rwh:
                        err("%s: open line with history on a shippable row" % rid)
                    if is_open(x) and not any(p in notes for p in phrases):
                        err("%s: open history line but notes lack the standard phrase" % rid)
                bought = {
                    y["sku"] for o in hist.get(r["customer"], {"orders": []})["orders"] for y in o["lines"]
                }
                mine = {y["sku"] for y in r["lines"]} | {
                    s for y in r["lines"] for s in y.get("candidates", [])
                }
                for x in lwh:
                    if x["sku"] is not None and x["sku"] not in bought and x["sku"] not in mine:
                        err("%s: history line %s neither in the message nor in the history" % (rid, x["sku"]))
            if "reference" in tags and not rev:
                err("%s: reference row not in review" % rid)
            shippable = rev is False
            if ("clean" in tags) != (shippable and "outlier" not in tags):
                err("%s: clean tag wrong" % rid)
            if "outlier" in tags:
                if rev is not False or r.get("expect_review_with_history") is not True:
                    err("%s: outlier must be review false, with history true" % rid)
                maxq = Counter()
                for o in hist[r["customer"]]["orders"]:
                    for y in o["lines"]:
                        maxq[y["sku"]] = max(maxq[y["sku"]], y["quantity"])
                if not any(
                    x["sku"] and maxq[x["sku"]] and x["quantity"] >= 4 * maxq[x["sku"]] for x in r["lines"]
                ):
                    err("%s: outlier is not 4x the largest earlier quantity" % rid)
            if "change_lines" in r:
                err("%s: change_lines on an ORDER row" % rid)
        else:
            if r["lines"]:
                err("%s: non-ORDER row with lines" % rid)
            for k in ("expect_review", "lines_with_history", "expect_review_with_history"):
                if k in r:
                    err("%s: %s on a non-ORDER row" % (rid, k))
            if (r["intent"] == "CHANGE") != ("change_lines" in r):
                err("%s: change_lines must be exactly on CHANGE rows" % rid)
            for j, x in enumerate(r.get("change_lines", [])):
                check_line(x, "%s change line %d" % (rid, j), complete=True)
            if "clean" in tags:
                err("%s: clean on a non-order" % rid)

    # ---------------- dates
    floor = "2028-06-01"
    first_msg = {}
    for r in rows:
        datetime.date.fromisoformat(r["date"])
        if r["date"] <= floor:
            err("%s: date not after %s" % (r["id"], floor))
        first_msg[r["customer"]] = min(first_msg.get(r["customer"], "9999"), r["date"])
    for h in hists:
        for o in h["orders"]:
            datetime.date.fromisoformat(o["date"])
            if o["date"] <= floor:
                err("history %s: date %s not after %s" % (h["customer"], o["date"], floor))
            if h["customer"] in first_msg and o["date"] >= first_msg[h["customer"]]:
                err("history %s: order %s not before the customer's messages" % (h["customer"], o["date"]))

    # ---------------- phones and e-mail
    drama = [
        re.compile(r"^447700900\d{3}$"),
        re.compile(r"^07700900\d{3}$"),
        re.compile(r"^0207946 ?0\d{3}$".replace(" ?", "")),
    ]
    phone_re = re.compile(r"(?:\+44|(?<![\w.])0)[\d ]{8,16}\d")
    mail_re = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

    def check_contact(s, where):
        for m in phone_re.finditer(s):
            digits = re.sub(r"\D", "", m.group(0))
            if len(digits) < 10:
                continue
            if not any(p.match(digits) for p in drama):
                err("%s: phone number %r is not a drama number" % (where, m.group(0)))
        for m in mail_re.finditer(s):
            if not m.group(0).lower().endswith(".example"):
                err("%s: e-mail %r not under .example" % (where, m.group(0)))

    for r in rows:
        check_contact(r["text"], r["id"])
    for h in hists:
        check_contact(h["address"], "history " + h["customer"])
        if not re.search(r"\d|@", h["address"]):
            err("history %s: address is neither phone nor e-mail" % h["customer"])

    # ---------------- similarity
    texts = [r["text"] for r in rows]
    best = (0.0, None, None)
    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            for a, b in ((texts[i], texts[j]), (texts[j], texts[i])):
                sm = difflib.SequenceMatcher(None, a, b)
                if sm.real_quick_ratio() < best[0] and sm.real_quick_ratio() < 0.7:
                    continue
                if sm.quick_ratio() < best[0] and sm.quick_ratio() < 0.7:
                    continue
                q = sm.ratio()
                if q > best[0]:
                    best = (q, rows[i]["id"], rows[j]["id"])
                if q >= 0.7:
                    err("texts %s and %s have similarity %.3f" % (rows[i]["id"], rows[j]["id"], q))

    # ---------------- counts
    n = len(rows)
    clean = sum("clean" in r["tags"] for r in rows)
    if n < 180:
        err("only %d messages (need 180)" % n)
    if clean < 0.4 * n:
        err("clean share %.3f below 0.40" % (clean / n))

    # ---------------- figures
    orders = [r for r in rows if r["intent"] == "ORDER"]
    lines = [x for r in orders for x in r["lines"]]
    print(
        "catalog: %d categories (%d top-level), %d products, %d with %d variants; units %s"
        % (
            len(cats),
            sum(c["parent"] is None for c in cats),
            len(prods),
            n_var,
            sum(len(p["variants"]) for p in prods),
            dict(Counter(p["unit"] for p in prods).most_common()),
        )
    )
    print(
        "histories: %d customers, %d with orders, %d orders, %d lines, %s .. %s"
        % (
            len(hists),
            sum(bool(h["orders"]) for h in hists),
            sum(len(h["orders"]) for h in hists),
            sum(len(o["lines"]) for h in hists for o in h["orders"]),
            min(o["date"] for h in hists for o in h["orders"]),
            max(o["date"] for h in hists for o in h["orders"]),
        )
    )
    print("messages: %d, %s .. %s" % (n, min(r["date"] for r in rows), max(r["date"] for r in rows)))
    print("intents:", dict(Counter(r["intent"] for r in rows).most_common()))
    print("channels:", dict(Counter(r["channel"] for r in rows).most_common()))
    print(
        "languages:",
        dict(Counter(r["language"] for r in rows).most_common()),
        "| non-English ORDER:",
        sum(r["language"] != "en" for r in orders),
    )
    nullsku = [x for x in lines if x["sku"] is None]
    print(
        "order lines: %d; null sku %d (%d with candidates, %d not in catalog); of a product with variants %d "
        "(%d with no variant); null quantity %d; fractional %d"
        % (
            len(lines),
            len(nullsku),
            sum("candidates" in x for x in nullsku),
            sum("candidates" not in x for x in nullsku),
            sum(1 for x in lines if x["sku"] and by_sku[x["sku"]]["variants"]),
            sum(1 for x in lines if x["sku"] and by_sku[x["sku"]]["variants"] and x.get("variant") is None),
            sum(x["quantity"] is None for x in lines),
            sum(frac(x["quantity"]) for x in lines),
        )
    )
    ship = [r for r in orders if not r["expect_review"]]
    print(
        "review: %d ORDER shippable as written (%d clean + %d outliers), %d expect_review"
        % (
            len(ship),
            sum("clean" in r["tags"] for r in ship),
            sum("outlier" in r["tags"] for r in ship),
            len(orders) - len(ship),
        )
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
    print(
        "review rows unchanged by history (no history fields): %d"
        % sum(r["expect_review"] and "lines_with_history" not in r for r in orders)
    )
    used = set()
    for r in rows:
        for x in r["lines"] + r.get("lines_with_history", []) + r.get("change_lines", []):
            if x["sku"]:
                used.add(x["sku"])
            used.update(x.get("candidates", []))
    print("coverage: %d of %d products in a label or as a candidate" % (len(used & set(by_sku)), len(prods)))
    print(
        "tags:", ", ".join("%s %d" % kv for kv in Counter(t for r in rows for t in r["tags"]).most_common())
    )
    print("highest text similarity: %.3f (%s, %s)" % best)
    print("clean: %d of %d messages (%.1f%%)" % (clean, n, 100.0 * clean / n))
    if ERRORS:
        print("\nFAILED: %d problem(s)" % len(ERRORS))
        for e in ERRORS:
            print("  -", e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)))
