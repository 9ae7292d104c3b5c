# ruff: noqa  (hand-written data generator of blind set 45, kept as its writer left it)
"""Validate blind set 45 (catalog45.json, histories45.jsonl, holdout45.jsonl) and print the README figures."""

import difflib
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

from cat45 import FAMILY_WORDS  # noqa: E402

ERR = []


def err(msg):
    ERR.append(msg)


UNITS = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tub", "tray", "box"}
VTYPES = {"SIZE", "COLOR", "VOLUME", "WEIGHT"}
INTENTS = {"ORDER", "QUESTION", "COMPLAINT", "OTHER", "CANCEL", "CHANGE"}
PRICE = re.compile(r"^\d+\.\d\d$")
HIST_FIELDS = ("lines_with_history", "expect_review_with_history")
MIN_DATE = "2028-01-01"


def load():
    try:
        cat = json.load(open(os.path.join(OUT, "catalog45.json"), encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        err("catalog45.json invalid JSON: %s" % e)
        raise SystemExit(1)
    hists, rows = [], []
    for name, dest in (("histories45.jsonl", hists), ("holdout45.jsonl", rows)):
        for i, line in enumerate(open(os.path.join(OUT, name), encoding="utf-8"), 1):
            try:
                dest.append(json.loads(line))
            except Exception as e:  # noqa: BLE001
                err("%s line %d invalid JSON: %s" % (name, i, e))
    return cat, hists, rows


# ------------------------------------------------------------------ phones and e-mails
PHONE = re.compile(r"(?<![\w.])(\+44\s?\d[\d ]{8,13}\d|0\d{2,4}[ -]?\d{3,4}[ -]?\d{3,4})(?![\d])")
DRAMA = [
    re.compile(p)
    for p in (
        r"^447700900\d{3}$",
        r"^07700900\d{3}$",
        r"^02079460\d{3}$",
        r"^01134960\d{3}$",
        r"^01614960\d{3}$",
        r"^01632960\d{3}$",
    )
]
EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")


def check_contacts(text, where):
    for mt in PHONE.finditer(text):
        digits = re.sub(r"\D", "", mt.group(1))
        if len(digits) < 10:
            continue
        if not any(p.match(digits) for p in DRAMA):
            err("%s: phone number %r is not a drama number" % (where, mt.group(1)))
    for mt in EMAIL.finditer(text):
        if not mt.group(1).endswith(".example"):
            err("%s: e-mail %r not under .example" % (where, mt.group(0)))


def main():
    cat, hists, rows = load()
    # ------------------------------------------------------------------ catalog
    prods = cat["products"]
    by_sku = {}
    seen_cat = set()
    for c in cat["categories"]:
        if c["parent"] is not None and c["parent"] not in seen_cat:
            err("category %s listed before its parent" % c["name"])
        seen_cat.add(c["name"])
    all_skus = set()
    aliases = {}
    fam = {w.lower() for w in FAMILY_WORDS}
    for p in prods:
        if p["sku"] in all_skus:
            err("duplicate sku %s" % p["sku"])
        all_skus.add(p["sku"])
        by_sku[p["sku"]] = p
        if p["category"] not in seen_cat:
            err("%s: unknown category" % p["sku"])
        if p["unit"] not in UNITS:
            err("%s: bad unit %s" % (p["sku"], p["unit"]))
        if not PRICE.match(p["unit_price"]):
            err("%s: bad price" % p["sku"])
        for a in p["aliases"]:
            k = a.lower()
            if k in aliases:
                err("alias %r shared by %s and %s" % (a, aliases[k], p["sku"]))
            aliases[k] = p["sku"]
            if k in fam:
                err("alias %r of %s is a bare family word" % (a, p["sku"]))
        vnames = set()
        for v in p["variants"]:
            if v["variant_type"] not in VTYPES:
                err("%s: bad variant type" % v.get("sku"))
            if not v.get("sku") or not PRICE.match(v.get("unit_price", "")):
                err("%s/%s: variant without sku or valid unit_price" % (p["sku"], v["name"]))
            if v["sku"] in all_skus:
                err("duplicate variant sku %s" % v["sku"])
            all_skus.add(v["sku"])
            if v["name"] in vnames:
                err("%s: duplicate variant name %s" % (p["sku"], v["name"]))
            vnames.add(v["name"])
            for a in v.get("ai_aliases", []):
                k = a.lower()
                if k in aliases:
                    err("alias %r shared by %s and %s" % (a, aliases[k], v["sku"]))
                aliases[k] = v["sku"]
                if k in fam:
                    err("variant alias %r is a bare family word" % a)
    n_var = sum(1 for p in prods if p["variants"])
    if not 90 <= len(prods) <= 130:
        err("product count %d outside 90-130" % len(prods))
    if not 12 <= n_var <= 20:
        err("%d products with variants, outside 12-20" % n_var)
    examples = [(p["sku"], e.lower()) for p in prods for e in p["ai_training_examples"]]

    def vnames_of(sku):
        return {v["name"] for v in by_sku[sku]["variants"]}

    def check_line(l, where, allow_null=True):
        sku = l.get("sku")
        if sku is None:
            if not allow_null:
                err("%s: null sku where not allowed" % where)
            if "variant" in l:
                err("%s: variant key on a null-sku line" % where)
            c = l.get("candidates")
            if c is not None:
                if len(c) < 2:
                    err("%s: fewer than two candidates" % where)
                for s in c:
                    if s not in by_sku:
                        err("%s: unknown candidate %s" % (where, s))
                cv = l.get("candidate_variant")
                if cv and not any(cv in vnames_of(s) for s in c if s in by_sku):
                    err("%s: candidate_variant %s fits no candidate" % (where, cv))
            elif "candidate_variant" in l:
                err("%s: candidate_variant without candidates" % where)
            return
        if sku not in by_sku:
            err("%s: unknown sku %s" % (where, sku))
            return
        if "candidates" in l:
            err("%s: candidates on a resolved line" % where)
        if by_sku[sku]["variants"]:
            if "variant" not in l:
                err("%s: missing variant key on %s" % (where, sku))
            elif l["variant"] is not None and l["variant"] not in vnames_of(sku):
                err("%s: unknown variant %s of %s" % (where, l["variant"], sku))
        elif "variant" in l:
            err("%s: variant key on %s, which has no variants" % (where, sku))

    def line_open(l):
        if l["sku"] is None or l["quantity"] is None:
            return True
        if by_sku[l["sku"]]["variants"] and l.get("variant") is None:
            return True
        return l["quantity"] != int(l["quantity"])

    # ------------------------------------------------------------------ histories
    hist_by = {}
    for h in hists:
        hist_by[h["customer"]] = h
        check_contacts(h["address"], "history %s address" % h["customer"])
        prev = ""
        for o in h["orders"]:
            if o["date"] <= MIN_DATE:
                err("history %s date %s not after %s" % (h["customer"], o["date"], MIN_DATE))
            if o["date"] <= prev:
                err("history %s dates not increasing" % h["customer"])
            prev = o["date"]
            for l in o["lines"]:
                check_line(l, "history %s %s" % (h["customer"], o["date"]), allow_null=False)
                if l.get("quantity") is None or (
                    l.get("variant") is None and by_sku.get(l["sku"], {}).get("variants")
                ):
                    err("history %s %s: incomplete line" % (h["customer"], o["date"]))

    # ------------------------------------------------------------------ messages
    for i, r in enumerate(rows, 1):
        rid = r.get("id")
        if rid != "fc%03d" % i:
            err("id %s out of sequence at row %d" % (rid, i))
        where = rid
        for k in ("channel", "customer", "date", "language", "text", "intent", "lines", "notes", "tags"):
            if k not in r:
                err("%s: missing field %s" % (where, k))
        if r["intent"] not in INTENTS:
            err("%s: bad intent" % where)
        if r["channel"] not in ("WHATSAPP", "SMS", "EMAIL"):
            err("%s: bad channel" % where)
        if r["customer"] not in hist_by:
            err("%s: unknown customer" % where)
            continue
        if r["date"] <= MIN_DATE:
            err("%s: date not after %s" % (where, MIN_DATE))
        for o in hist_by[r["customer"]]["orders"]:
            if o["date"] >= r["date"]:
                err("%s: history order %s not before message date" % (where, o["date"]))
        check_contacts(r["text"], where)
        low = r["text"].lower()
        for sku, ex in examples:
            if ex in low:
                err("%s: contains training example of %s" % (where, sku))
        tags = r["tags"]
        notes = r["notes"].lower()
        if r["intent"] != "ORDER":
            if r["lines"]:
                err("%s: non-ORDER row with lines" % where)
            for k in ("expect_review",) + HIST_FIELDS:
                if k in r:
                    err("%s: non-ORDER row with %s" % (where, k))
        if (r["intent"] == "CHANGE") != ("change_lines" in r):
            err("%s: change_lines only and always on CHANGE rows" % where)
        for l in r.get("change_lines", []):
            check_line(l, where + " change_lines", allow_null=False)
        if r["intent"] != "ORDER":
            if "clean" in tags:
                err("%s: clean on a non-ORDER row" % where)
            continue
        if "expect_review" not in r:
            err("%s: ORDER without expect_review" % where)
            continue
        for l in r["lines"]:
            check_line(l, where)
        has_h = [k in r for k in HIST_FIELDS]
        if any(has_h) and not all(has_h):
            err("%s: history fields not together" % where)
        sets = [("lines", r["lines"], r["expect_review"])]
        if all(has_h):
            for l in r["lines_with_history"]:
                check_line(l, where + " with history")
            sets.append(("with history", r["lines_with_history"], r["expect_review_with_history"]))
            if (
                r["lines_with_history"] == r["lines"]
                and r["expect_review_with_history"] == r["expect_review"]
            ):
                err("%s: history fields that change nothing" % where)
        for name, ls, rev in sets:
            for l in ls:
                if line_open(l):
                    if not rev:
                        err("%s: open line (%s) on a shippable row" % (where, name))
                    ok = (
                        "ambiguous" in notes
                        or "not in catalog" in notes
                        or "quantities not stated" in notes
                        or "not a whole number" in notes
                    )
                    if not ok:
                        err("%s: open line without the standard note phrase" % where)
                if l["quantity"] is not None and l["quantity"] != int(l["quantity"]) and not rev:
                    err("%s: fractional quantity on a shippable row" % where)
        if "reference" in tags and not r["expect_review"]:
            err("%s: reference row not in review" % where)
        outlier = "outlier" in tags
        if outlier:
            if r["expect_review"] or not r.get("expect_review_with_history"):
                err("%s: outlier must be review false, with history true" % where)
            for l in r["lines"]:
                prev = [
                    x["quantity"]
                    for o in hist_by[r["customer"]]["orders"]
                    for x in o["lines"]
                    if x["sku"] == l["sku"]
                ]
                if prev and l["quantity"] < 4 * max(prev):
                    err("%s: outlier %s qty %s < 4 x %s" % (where, l["sku"], l["quantity"], max(prev)))
        should_clean = (not r["expect_review"]) and not outlier
        if should_clean != ("clean" in tags):
            err("%s: clean tag wrong" % where)

    # similarity
    texts = [(r["id"], r["text"]) for r in rows]
    best = (0.0, None, None)
    for a in range(len(texts)):
        sm = difflib.SequenceMatcher(None, autojunk=False)
        sm.set_seq2(texts[a][1])
        for b in range(a + 1, len(texts)):
            sm.set_seq1(texts[b][1])
            if sm.real_quick_ratio() < 0.7 and sm.real_quick_ratio() <= best[0]:
                continue
            if sm.quick_ratio() < 0.7 and sm.quick_ratio() <= best[0]:
                continue
            rt = sm.ratio()
            if rt >= 0.7:
                err("texts %s and %s too similar (%.2f)" % (texts[a][0], texts[b][0], rt))
            if rt > best[0]:
                best = (rt, texts[a][0], texts[b][0])
    n = len(rows)
    clean = sum(1 for r in rows if "clean" in r["tags"])
    if n < 170:
        err("only %d messages" % n)
    if clean < 0.4 * n:
        err("clean share %.3f below 0.40" % (clean / n))

    # ------------------------------------------------------------------ figures
    orders = [r for r in rows if r["intent"] == "ORDER"]
    all_lines = [l for r in orders for l in r["lines"]]
    print(
        "catalog: %d categories (%d top-level), %d products, %d with %d variants; units %s"
        % (
            len(cat["categories"]),
            sum(1 for c in cat["categories"] if c["parent"] is None),
            len(prods),
            n_var,
            sum(len(p["variants"]) for p in prods),
            dict(Counter(p["unit"] for p in prods).most_common()),
        )
    )
    ho = [h for h in hists if h["orders"]]
    dates = sorted(o["date"] for h in hists for o in h["orders"])
    print(
        "histories: %d customers, %d with orders, %d orders, %d lines, %s to %s"
        % (
            len(hists),
            len(ho),
            sum(len(h["orders"]) for h in hists),
            sum(len(o["lines"]) for h in hists for o in h["orders"]),
            dates[0],
            dates[-1],
        )
    )
    print("messages: %d (%s to %s)" % (n, min(r["date"] for r in rows), max(r["date"] for r in rows)))
    ic = Counter(r["intent"] for r in rows)
    print(
        "intents:",
        ", ".join("%s %d" % kv for kv in ic.most_common()),
        "| ORDER share %.0f%%" % (100 * ic["ORDER"] / n),
    )
    print("channels:", dict(Counter(r["channel"] for r in rows).most_common()))
    lc = Counter(r["language"] for r in rows)
    print(
        "languages:",
        dict(lc.most_common()),
        "| non-English ORDER:",
        sum(1 for r in orders if r["language"] != "en"),
    )
    nul = [l for l in all_lines if l["sku"] is None]
    print(
        "order lines: %d; null sku %d (%d ambiguous with candidates, %d not in catalog); variant-product lines %d "
        "(%d with no variant); null quantity %d"
        % (
            len(all_lines),
            len(nul),
            sum(1 for l in nul if l.get("candidates")),
            sum(1 for l in nul if not l.get("candidates")),
            sum(1 for l in all_lines if "variant" in l),
            sum(1 for l in all_lines if "variant" in l and l["variant"] is None),
            sum(1 for l in all_lines if l["quantity"] is None),
        )
    )
    ship = [r for r in orders if not r["expect_review"]]
    print(
        "review: %d shippable (%d clean + %d outliers), %d expect_review; clean %d/%d = %.1f%%"
        % (len(ship), clean, len(ship) - clean, len(orders) - len(ship), clean, n, 100 * clean / n)
    )
    wh = [r for r in orders if "lines_with_history" in r]
    to_no = sum(1 for r in wh if r["expect_review"] and not r["expect_review_with_history"])
    keep = sum(1 for r in wh if r["expect_review"] and r["expect_review_with_history"])
    out_ = sum(1 for r in wh if not r["expect_review"] and r["expect_review_with_history"])
    unchanged = sum(1 for r in orders if r["expect_review"] and "lines_with_history" not in r)
    shippable_h = sum(1 for r in orders if not r.get("expect_review_with_history", r["expect_review"]))
    print(
        "history: lines_with_history on %d rows: %d review->no review, %d keep review, %d outliers no->yes; "
        "%d review rows unchanged by history; with history %d of %d orders shippable"
        % (len(wh), to_no, keep, out_, unchanged, shippable_h, len(orders))
    )
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
    print(
        "coverage: %d of %d products in a label or as a candidate; missing: %s"
        % (len(used & set(by_sku)), len(by_sku), sorted(set(by_sku) - used))
    )
    tc = Counter(t for r in rows for t in r["tags"])
    print("tags:", ", ".join("`%s` %d" % kv for kv in sorted(tc.items(), key=lambda kv: (-kv[1], kv[0]))))
    print("highest difflib ratio: %.2f (%s, %s)" % best)
    if ERR:
        print("\nFAILED: %d problems" % len(ERR))
        for e in ERR:
            print(" -", e)
        raise SystemExit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
