# ruff: noqa  (hand-written data generator of blind set 18, kept as its writer left it)
# -*- coding: utf-8 -*-
"""Check catalog18.json, histories18.jsonl and holdout18.jsonl and print the figures. python3 validate18.py"""

import difflib
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import cat18  # noqa: E402  (only for the list of family words)

ERR = []


def err(msg):
    ERR.append(msg)


def load():
    with open(os.path.join(OUT, "catalog18.json"), encoding="utf-8") as f:
        cat = json.load(f)
    hist, rows = [], []
    with open(os.path.join(OUT, "histories18.jsonl"), encoding="utf-8") as f:
        for n, l in enumerate(f, 1):
            try:
                hist.append(json.loads(l))
            except ValueError:
                err("histories line %d is not JSON" % n)
    with open(os.path.join(OUT, "holdout18.jsonl"), encoding="utf-8") as f:
        for n, l in enumerate(f, 1):
            try:
                rows.append(json.loads(l))
            except ValueError:
                err("holdout line %d is not JSON" % n)
    return cat, hist, rows


UNITS = {"case", "each", "pack", "box", "bag", "bottle", "kg", "sack", "keg", "tub", "tray"}
VTYPES = {"SIZE", "COLOR", "VOLUME", "WEIGHT"}
PRICE = re.compile(r"^\d+\.\d\d$")
PHONE = re.compile(r"(?:\+44\s?\d[\d ]{8,12}\d|\b0\d{2,4}[ ]?\d{3,4}[ ]?\d{3,4}\b)")
DRAMA = re.compile(r"^(?:\+447700900\d{3}|07700 ?900\d{3}|020 ?7946 ?0\d{3})$")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def check_catalog(cat):
    prods = cat["products"]
    seen = set()
    for c in cat["categories"]:
        if c["parent"] is not None and c["parent"] not in seen:
            err("category %s listed before its parent" % c["name"])
        seen.add(c["name"])
    skus = set()
    vskus = set()
    alias_owner = {}
    fam = set(cat18.FAMILIES)
    for p in prods:
        if p["sku"] in skus:
            err("duplicate sku %s" % p["sku"])
        skus.add(p["sku"])
        if p["category"] not in seen:
            err("%s: unknown category" % p["sku"])
        if p["unit"] not in UNITS:
            err("%s: unit %s" % (p["sku"], p["unit"]))
        if not PRICE.match(p["unit_price"]):
            err("%s: price" % p["sku"])
        names = list(p["aliases"])
        for v in p["variants"]:
            if v["variant_type"] not in VTYPES:
                err("%s: variant type" % p["sku"])
            if not v.get("sku") or v["sku"] in vskus:
                err("%s: variant sku missing or duplicate" % p["sku"])
            vskus.add(v["sku"])
            if not PRICE.match(v.get("unit_price", "")):
                err("%s: variant price" % p["sku"])
            names += v.get("ai_aliases", [])
        for a in names:
            k = a.lower()
            if k in fam:
                err("%s: alias %r is a bare family word" % (p["sku"], a))
            if k in alias_owner and alias_owner[k] != p["sku"]:
                err("alias %r shared by %s and %s" % (a, alias_owner[k], p["sku"]))
            alias_owner[k] = p["sku"]
    if vskus & skus:
        err("variant sku equals a product sku")
    nvar = sum(1 for p in prods if p["variants"])
    if not 90 <= len(prods) <= 120:
        err("product count %d" % len(prods))
    if not 12 <= nvar <= 18:
        err("products with variants %d" % nvar)
    return {p["sku"]: p for p in prods}


def check_line(line, P, where, allow_candidates=True):
    sku = line.get("sku")
    if sku is None:
        if "variant" in line:
            err("%s: variant key on a null-sku line" % where)
        if "candidates" in line:
            if not allow_candidates:
                err("%s: candidates not allowed here" % where)
            cands = line["candidates"]
            if len(cands) < 2:
                err("%s: fewer than two candidates" % where)
            for c in cands:
                if c not in P:
                    err("%s: unknown candidate %s" % (where, c))
            cv = line.get("candidate_variant")
            if cv and not any(
                cv in [v["name"] for v in P[c]["variants"]] or cv in P[c]["name"] for c in cands if c in P
            ):
                err("%s: candidate_variant fits no candidate" % where)
        return
    if sku not in P:
        err("%s: unknown sku %s" % (where, sku))
        return
    names = [v["name"] for v in P[sku]["variants"]]
    if names:
        if "variant" not in line:
            err("%s: missing variant key on %s" % (where, sku))
        elif line["variant"] is not None and line["variant"] not in names:
            err("%s: unknown variant %r of %s" % (where, line["variant"], sku))
    elif "variant" in line:
        err("%s: variant key on %s (no variants)" % (where, sku))
    q = line.get("quantity")
    if q is not None and not (isinstance(q, (int, float)) and q > 0):
        err("%s: bad quantity" % where)


def is_open(l):
    return l["sku"] is None or l["quantity"] is None or ("variant" in l and l["variant"] is None)


def check_phones_emails(text, where):
    for m in PHONE.finditer(text):
        num = m.group(0).strip()
        if not DRAMA.match(num):
            err("%s: non-drama phone %r" % (where, num))
    for m in EMAIL.finditer(text):
        if not m.group(0).lower().endswith(".example"):
            err("%s: e-mail not under .example: %s" % (where, m.group(0)))


def main():
    cat, hist, rows = load()
    P = check_catalog(cat)
    H = {h["customer"]: h for h in hist}
    # histories
    for h in hist:
        check_phones_emails(h["address"], h["customer"])
        if "@" not in h["address"] and not DRAMA.match(h["address"]):
            err("%s: address is not a drama number" % h["customer"])
        for o in h["orders"]:
            for l in o["lines"]:
                check_line(l, P, "history %s %s" % (h["customer"], o["date"]), allow_candidates=False)
                if l["sku"] is None or l["quantity"] is None or ("variant" in l and l["variant"] is None):
                    err("history %s: incomplete line" % h["customer"])
    # irregular customers never repeat; usual unique for the others
    # ids
    for i, r in enumerate(rows):
        if r["id"] != "g%03d" % (i + 1):
            err("id gap at %s" % r["id"])
    first_msg = {}
    for r in rows:
        first_msg[r["customer"]] = min(first_msg.get(r["customer"], "9999"), r["date"])
        if r["customer"] not in H:
            err("%s: unknown customer" % r["id"])
    for h in hist:
        for o in h["orders"]:
            if h["customer"] in first_msg and o["date"] >= first_msg[h["customer"]]:
                err("history %s %s not before the messages" % (h["customer"], o["date"]))
    examples = [e.lower() for p in cat["products"] for e in p.get("ai_training_examples", [])]
    for r in rows:
        rid = r["id"]
        low = r["text"].lower()
        for e in examples:
            if e in low:
                err("%s: training example inside message" % rid)
        check_phones_emails(r["text"], rid)
        hist_keys = [k for k in ("lines_with_history", "expect_review_with_history") if k in r]
        if r["intent"] != "ORDER":
            if r["lines"]:
                err("%s: non-ORDER row with lines" % rid)
            if "expect_review" in r or hist_keys:
                err("%s: non-ORDER row with review fields" % rid)
            if (r["intent"] == "CHANGE") != ("change_lines" in r):
                err("%s: change_lines only and always on CHANGE" % rid)
            for l in r.get("change_lines", []):
                check_line(l, P, rid + " change", allow_candidates=False)
            if "clean" in r["tags"]:
                err("%s: clean on a non-order" % rid)
            continue
        if "change_lines" in r:
            err("%s: change_lines on an ORDER row" % rid)
        if "expect_review" not in r:
            err("%s: ORDER without expect_review" % rid)
        notes = r["notes"].lower()
        for l in r["lines"]:
            check_line(l, P, rid)
        if any(is_open(l) for l in r["lines"]) and not r["expect_review"]:
            err("%s: open line on a row without review" % rid)
        for l in r["lines"]:
            if l["sku"] is None and l.get("candidates") and "ambiguous" not in notes:
                err("%s: notes lack 'ambiguous'" % rid)
            if l["sku"] is None and not l.get("candidates") and "not in catalog" not in notes:
                err("%s: notes lack 'not in catalog'" % rid)
            if l["sku"] and "variant" in l and l["variant"] is None and "ambiguous" not in notes:
                err("%s: notes lack 'ambiguous' (variant)" % rid)
            if (
                l["quantity"] is None
                and "quantities not stated" not in notes
                and "not a whole number" not in notes
            ):
                err("%s: notes lack 'quantities not stated'" % rid)
        if len(hist_keys) == 1:
            err("%s: history fields must come together" % rid)
        if hist_keys:
            lwh = r["lines_with_history"]
            for l in lwh:
                check_line(l, P, rid + " lwh")
            if any(is_open(l) for l in lwh) and not r["expect_review_with_history"]:
                err("%s: open history line without review" % rid)
            if any(is_open(l) for l in lwh) and not any(
                w in notes
                for w in ("ambiguous", "not in catalog", "quantities not stated", "not a whole number")
            ):
                err("%s: notes lack the reason for the open history line" % rid)
            if lwh == r["lines"] and r["expect_review_with_history"] == r["expect_review"]:
                err("%s: history fields that change nothing" % rid)
        if "reference" in r["tags"] and not r["expect_review"]:
            err("%s: reference row not in review" % rid)
        outlier = "outlier" in r["tags"]
        clean = "clean" in r["tags"]
        if clean != (not r["expect_review"] and not outlier):
            err("%s: clean tag does not match review" % rid)
        if outlier:
            if r["expect_review"] or not r.get("expect_review_with_history"):
                err("%s: outlier review flags" % rid)
            prev = {}
            for o in H[r["customer"]]["orders"]:
                for l in o["lines"]:
                    prev[l["sku"]] = max(prev.get(l["sku"], 0), l["quantity"])
            for l in r["lines"]:
                if l["quantity"] < 4 * prev.get(l["sku"], 0) or l["sku"] not in prev:
                    err("%s: outlier quantity not 4x the customer's largest" % rid)
    # irregular never repeats
    for h in hist:
        keys = [
            tuple(sorted((l["sku"], l.get("variant") or "", l["quantity"]) for l in o["lines"]))
            for o in h["orders"]
        ]
        c = Counter(keys)
        if h["customer"] == "street-feast" and any(v > 1 for v in c.values()):
            err("street-feast repeats a basket")
    # similarity
    texts = [(r["id"], r["text"]) for r in rows]
    best = (0.0, None, None)
    for i in range(len(texts)):
        a = texts[i][1]
        sm = difflib.SequenceMatcher(None, a, autojunk=False)
        for j in range(i + 1, len(texts)):
            b = texts[j][1]
            sm.set_seq2(b)
            if sm.real_quick_ratio() < 0.7 and sm.real_quick_ratio() < best[0]:
                continue
            if sm.quick_ratio() < 0.7 and sm.quick_ratio() < best[0]:
                continue
            rt = sm.ratio()
            if rt >= 0.7:
                err("similar texts %s %s (%.2f)" % (texts[i][0], texts[j][0], rt))
            if rt > best[0]:
                best = (rt, texts[i][0], texts[j][0])
    # figures
    orders = [r for r in rows if r["intent"] == "ORDER"]
    lines = [l for r in orders for l in r["lines"]]
    vlines = [l for l in lines if l["sku"] and P[l["sku"]]["variants"]]
    tags = Counter(t for r in rows for t in r["tags"])
    covered = set()
    for r in rows:
        for l in r["lines"] + r.get("lines_with_history", []) + r.get("change_lines", []):
            if l["sku"]:
                covered.add(l["sku"])
            covered.update(l.get("candidates", []))
    hrows = [r for r in orders if "lines_with_history" in r]
    clean = tags["clean"]
    print(
        "catalog: %d categories (%d top-level), %d products, %d with %d variants"
        % (
            len(cat["categories"]),
            sum(1 for c in cat["categories"] if c["parent"] is None),
            len(P),
            sum(1 for p in P.values() if p["variants"]),
            sum(len(p["variants"]) for p in P.values()),
        )
    )
    print("units:", dict(Counter(p["unit"] for p in P.values()).most_common()))
    print(
        "histories: %d customers, %d orders, %d lines, %s to %s, %d without orders"
        % (
            len(hist),
            sum(len(h["orders"]) for h in hist),
            sum(len(o["lines"]) for h in hist for o in h["orders"]),
            min(o["date"] for h in hist for o in h["orders"]),
            max(o["date"] for h in hist for o in h["orders"]),
            sum(1 for h in hist if not h["orders"]),
        )
    )
    print(
        "messages: %d, dated %s to %s"
        % (len(rows), min(r["date"] for r in rows), max(r["date"] for r in rows))
    )
    print("intents:", dict(Counter(r["intent"] for r in rows).most_common()))
    print("channels:", dict(Counter(r["channel"] for r in rows).most_common()))
    print(
        "languages:",
        dict(Counter(r["language"] for r in rows).most_common()),
        "(non-English ORDER: %d)" % sum(1 for r in orders if r["language"] != "en"),
    )
    print(
        "order lines: %d; null sku %d (%d ambiguous with candidates, %d not in catalog); of a product with variants %d "
        "(%d with no variant); null quantity %d"
        % (
            len(lines),
            sum(1 for l in lines if l["sku"] is None),
            sum(1 for l in lines if l["sku"] is None and l.get("candidates")),
            sum(1 for l in lines if l["sku"] is None and not l.get("candidates")),
            len(vlines),
            sum(1 for l in vlines if l["variant"] is None),
            sum(1 for l in lines if l["quantity"] is None),
        )
    )
    print(
        "review: %d ORDER ship as written (%d clean + %d outliers), %d expect_review; clean share %d/%d = %.1f%%"
        % (
            sum(1 for r in orders if not r["expect_review"]),
            clean,
            tags["outlier"],
            sum(1 for r in orders if r["expect_review"]),
            clean,
            len(rows),
            100.0 * clean / len(rows),
        )
    )
    print(
        "history: lines_with_history on %d rows: %d review->no review, %d stay in review, %d no review->review; "
        "with history %d of %d orders ship"
        % (
            len(hrows),
            sum(1 for r in hrows if r["expect_review"] and not r["expect_review_with_history"]),
            sum(1 for r in hrows if r["expect_review"] and r["expect_review_with_history"]),
            sum(1 for r in hrows if not r["expect_review"] and r["expect_review_with_history"]),
            sum(1 for r in orders if not r.get("expect_review_with_history", r["expect_review"])),
            len(orders),
        )
    )
    print(
        "review rows without history fields: %d"
        % sum(1 for r in orders if r["expect_review"] and "lines_with_history" not in r)
    )
    print("coverage: %d of %d products in a label or as a candidate" % (len(covered & set(P)), len(P)))
    print("tags:", ", ".join("%s %d" % kv for kv in tags.most_common()))
    print("highest difflib similarity: %.2f (%s, %s)" % best)
    if ERR:
        print("\n%d ERRORS" % len(ERR))
        for e in ERR:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
