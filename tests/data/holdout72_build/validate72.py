# ruff: noqa  (hand-written data generator of blind set 72, kept as its writer left it)
#!/usr/bin/env python3
"""Check catalog72.json, holdout72.jsonl and histories72.jsonl and print the set's figures.

Usage: python3 validate72.py [directory]   (default: the parent folder of holdout72_build)
Exit status 1 if any check fails. Standard library only.
"""

import collections
import difflib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import cat72  # noqa: E402

UNITS = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tray", "box", "tub"}
VTYPES = {"SIZE", "COLOR", "VOLUME", "WEIGHT"}
INTENTS = {"ORDER", "QUESTION", "COMPLAINT", "OTHER", "CANCEL", "CHANGE"}
CHANNELS = {"WHATSAPP", "SMS", "EMAIL"}
LANGS = {"en", "de", "it", "el", "hi", "ar"}
HIST_FIELDS = ("lines_with_history", "expect_review_with_history")
REVIEW_FIELDS = ("expect_review",) + HIST_FIELDS
MIN_DATE = "2028-06-01"
ISSUE10_TAGS = [
    "container",
    "pack",
    "count",
    "variant",
    "family",
    "not_in_catalog",
    "reference",
    "non_order_request",
    "spoken",
    "change",
    "cancel",
    "question",
    "complaint",
    "other",
    "clean",
]

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


def is_whole(q):
    return isinstance(q, (int, float)) and not isinstance(q, bool) and float(q) == int(q)


PHONE_RE = re.compile(r"(?<![\w/])\+?\d[\d ]{7,16}\d(?![\w/])")
DRAMA = [re.compile(r"^447700900\d{3}$"), re.compile(r"^07700900\d{3}$"), re.compile(r"^02079460\d{3}$")]
EMAIL_RE = re.compile(r"[\w.+-]+@((?:[\w-]+\.)+[\w-]+)")


def check_phones_emails(text, where):
    for m in PHONE_RE.finditer(text):
        digits = re.sub(r"\D", "", m.group(0))
        if len(digits) < 10:
            continue
        if not any(p.match(digits) for p in DRAMA):
            err("%s: phone-like number %r is not an Ofcom drama number" % (where, m.group(0)))
    for m in EMAIL_RE.finditer(text):
        if not m.group(1).lower().endswith(".example"):
            err("%s: e-mail %r not under .example" % (where, m.group(0)))


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
    try:
        with open(os.path.join(d, "catalog72.json"), encoding="utf-8") as f:
            catalog = json.load(f)
    except ValueError as e:
        print("FAIL catalog72.json invalid JSON: %s" % e)
        return 1
    rows = load_jsonl(os.path.join(d, "holdout72.jsonl"))
    hists = load_jsonl(os.path.join(d, "histories72.jsonl"))

    # ------------------------------------------------------------------ catalog
    seen_cat = set()
    for c in catalog["categories"]:
        if c["parent"] is not None and c["parent"] not in seen_cat:
            err("category %s listed before its parent %s" % (c["name"], c["parent"]))
        if c["name"] in seen_cat:
            err("duplicate category %s" % c["name"])
        seen_cat.add(c["name"])
    products = {}
    all_skus = set()
    alias_owner = {}
    fam = set(w.lower() for w in cat72.FAMILY_WORDS)
    price_re = re.compile(r"^\d+\.\d{2}$")
    for p in catalog["products"]:
        if p["sku"] in products:
            err("duplicate product sku %s" % p["sku"])
        products[p["sku"]] = p
        if p["sku"] in all_skus:
            err("sku %s used twice" % p["sku"])
        all_skus.add(p["sku"])
        if p["category"] not in seen_cat:
            err("%s: unknown category %s" % (p["sku"], p["category"]))
        if p["unit"] not in UNITS:
            err("%s: unit %s" % (p["sku"], p["unit"]))
        if not price_re.match(p["unit_price"]):
            err("%s: price %s" % (p["sku"], p["unit_price"]))
        names = set()
        for v in p["variants"]:
            if v.get("variant_type") not in VTYPES:
                err("%s: variant type %s" % (p["sku"], v.get("variant_type")))
            if not v.get("sku") or not price_re.match(v.get("unit_price") or ""):
                err("%s: variant %s lacks sku or unit_price" % (p["sku"], v.get("name")))
            if v.get("sku") in all_skus:
                err("variant sku %s used twice" % v.get("sku"))
            all_skus.add(v.get("sku"))
            if v["name"] in names:
                err("%s: duplicate variant %s" % (p["sku"], v["name"]))
            names.add(v["name"])
        aliases = [a.lower() for a in p["aliases"]] + [
            a.lower() for v in p["variants"] for a in v.get("ai_aliases", [])
        ]
        for a in set(aliases):
            if a in alias_owner and alias_owner[a] != p["sku"]:
                err("alias %r shared by %s and %s" % (a, alias_owner[a], p["sku"]))
            alias_owner[a] = p["sku"]
            if a in fam:
                err("%s: alias %r is a bare family word" % (p["sku"], a))
    n_prod = len(products)
    n_var = sum(1 for p in products.values() if p["variants"])
    if not 90 <= n_prod <= 130:
        err("products: %d not in 90-130" % n_prod)
    if not 12 <= n_var <= 20:
        err("products with variants: %d not in 12-20" % n_var)

    def vnames(sku):
        return [v["name"] for v in products[sku]["variants"]]

    def check_line(l, where, allow_null=True):
        sku = l.get("sku")
        if sku is None:
            if not allow_null:
                err("%s: null sku" % where)
            if "variant" in l:
                err("%s: variant key on a null-sku line" % where)
            if "candidates" in l:
                cands = l["candidates"]
                if len(cands) < 2:
                    err("%s: candidate line with fewer than two candidates" % where)
                for c in cands:
                    if c not in products:
                        err("%s: unknown candidate %s" % (where, c))
                cv = l.get("candidate_variant")
                if cv is not None and not any(c in products and cv in vnames(c) for c in cands):
                    err("%s: candidate_variant %r fits no candidate" % (where, cv))
            elif "candidate_variant" in l:
                err("%s: candidate_variant without candidates" % where)
            return
        if sku not in products:
            err("%s: unknown sku %s" % (where, sku))
            return
        if "candidates" in l or "candidate_variant" in l:
            err("%s: candidates on a line with a sku" % where)
        if products[sku]["variants"]:
            if "variant" not in l:
                err("%s: %s has variants but the line has no variant key" % (where, sku))
            elif l["variant"] is not None and l["variant"] not in vnames(sku):
                err("%s: unknown variant %r of %s" % (where, l["variant"], sku))
        elif "variant" in l:
            err("%s: variant key on %s, which has no variants" % (where, sku))
        q = l.get("quantity")
        if q is not None and (isinstance(q, bool) or not isinstance(q, (int, float)) or q < 0):
            err("%s: bad quantity %r" % (where, q))

    def line_open(l):
        return (
            l.get("sku") is None
            or l.get("quantity") is None
            or ("variant" in l and l["variant"] is None)
            or not is_whole(l.get("quantity"))
        )

    # ------------------------------------------------------------------ histories
    hist = {}
    for h in hists:
        k = h["customer"]
        if k in hist:
            err("duplicate history for %s" % k)
        hist[k] = h
        for fld in ("name", "kind", "channel", "address", "language", "orders"):
            if fld not in h:
                err("history %s lacks %s" % (k, fld))
        check_phones_emails(h.get("address", ""), "history %s address" % k)
        if h["channel"] not in CHANNELS:
            err("history %s: channel %s" % (k, h["channel"]))
        prev = ""
        for o in h["orders"]:
            if o["date"] <= MIN_DATE:
                err("history %s: date %s not after %s" % (k, o["date"], MIN_DATE))
            if o["date"] < prev:
                err("history %s: orders not oldest first" % k)
            prev = o["date"]
            for l in o["lines"]:
                w = "history %s %s" % (k, o["date"])
                check_line(l, w, allow_null=False)
                if line_open(l) or l.get("quantity", 0) <= 0:
                    err("%s: incomplete line %r" % (w, l))

    # ------------------------------------------------------------------ messages
    texts = []
    for i, r in enumerate(rows, 1):
        rid = r.get("id")
        if rid != "dn%03d" % i:
            err("id %r at position %d (expected dn%03d)" % (rid, i, i))
        w = str(rid)
        for fld in (
            "channel",
            "customer",
            "sender",
            "date",
            "language",
            "text",
            "intent",
            "lines",
            "notes",
            "tags",
        ):
            if fld not in r:
                err("%s: missing %s" % (w, fld))
        if r["intent"] not in INTENTS:
            err("%s: intent %s" % (w, r["intent"]))
        if r["channel"] not in CHANNELS:
            err("%s: channel %s" % (w, r["channel"]))
        if r["language"] not in LANGS:
            err("%s: language %s" % (w, r["language"]))
        if r["date"] <= MIN_DATE:
            err("%s: date %s" % (w, r["date"]))
        if r["customer"] not in hist:
            err("%s: customer %s has no history row" % (w, r["customer"]))
        else:
            for o in hist[r["customer"]]["orders"]:
                if o["date"] >= r["date"]:
                    err("%s: history order %s not before message date %s" % (w, o["date"], r["date"]))
        check_phones_emails(r["text"], w)
        check_phones_emails(r["sender"], w + " sender")
        texts.append(r["text"])
        notes = r["notes"].lower()
        tags = r["tags"]
        for l in r["lines"]:
            check_line(l, w)
        if r["intent"] != "ORDER":
            if r["lines"]:
                err("%s: non-ORDER row with lines" % w)
            for fld in REVIEW_FIELDS:
                if fld in r:
                    err("%s: non-ORDER row with %s" % (w, fld))
        else:
            if "expect_review" not in r:
                err("%s: ORDER row without expect_review" % w)
            rev = r.get("expect_review")
            sets = [("lines", r["lines"], rev)]
            if ("lines_with_history" in r) != ("expect_review_with_history" in r):
                err("%s: history fields not together" % w)
            if "lines_with_history" in r:
                for l in r["lines_with_history"]:
                    check_line(l, w + " lwh")
                sets.append(("lines_with_history", r["lines_with_history"], r["expect_review_with_history"]))
                if r["lines_with_history"] == r["lines"] and r["expect_review_with_history"] == rev:
                    err("%s: history fields change nothing" % w)
            for name, ls, rv in sets:
                for l in ls:
                    if line_open(l) and not rv:
                        err("%s: open line in %s on a shippable row: %r" % (w, name, l))
                    if l.get("candidates") or ("variant" in l and l["variant"] is None):
                        if "ambiguous" not in notes:
                            err("%s: ambiguous line but notes lack 'ambiguous'" % w)
                    if l.get("sku") is None and not l.get("candidates") and "not in catalog" not in notes:
                        err("%s: not-in-catalog line but notes lack 'not in catalog'" % w)
                    if (
                        l.get("quantity") is None
                        and "quantities not stated" not in notes
                        and "not a whole number" not in notes
                    ):
                        err("%s: null quantity but notes lack the phrase" % w)
            if "reference" in tags and not rev:
                err("%s: reference row not in review" % w)
            outlier = "outlier" in tags
            if outlier:
                if rev or r.get("expect_review_with_history") is not True:
                    err("%s: outlier must be review false, with history true" % w)
                best = 0
                for l in r["lines"]:
                    earlier = [
                        x["quantity"]
                        for o in hist.get(r["customer"], {"orders": []})["orders"]
                        for x in o["lines"]
                        if x["sku"] == l["sku"]
                    ]
                    if earlier and l["quantity"]:
                        best = max(best, l["quantity"] / float(max(earlier)))
                if best < 4:
                    err("%s: outlier only %.1fx the largest earlier quantity" % (w, best))
            shippable = rev is False and not outlier
            if ("clean" in tags) != shippable:
                err("%s: clean tag %s but shippable %s" % (w, "clean" in tags, shippable))
        if r["intent"] == "CHANGE":
            if "change_lines" not in r:
                err("%s: CHANGE without change_lines" % w)
            else:
                for l in r["change_lines"]:
                    check_line(l, w + " change", allow_null=False)
        elif "change_lines" in r:
            err("%s: change_lines on a %s row" % (w, r["intent"]))

    # ------------------------------------------------------------------ training examples
    low_texts = [t.lower() for t in texts]
    for p in products.values():
        for ex in p["ai_training_examples"]:
            for t, r in zip(low_texts, rows):
                if ex.lower() in t:
                    err("training example of %s occurs in %s" % (p["sku"], r["id"]))

    # ------------------------------------------------------------------ similarity
    max_ratio, max_pair = 0.0, None
    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            a, b = texts[i], texts[j]
            sm = difflib.SequenceMatcher(None, a, b)
            if sm.real_quick_ratio() < max_ratio and sm.real_quick_ratio() < 0.7:
                continue
            if sm.quick_ratio() < max(0.5, min(max_ratio, 0.7)):
                continue
            r1 = sm.ratio()
            r2 = difflib.SequenceMatcher(None, b, a).ratio()
            rr = max(r1, r2)
            if rr > max_ratio:
                max_ratio, max_pair = rr, (rows[i]["id"], rows[j]["id"])
            if rr >= 0.7:
                err("texts %s and %s have difflib ratio %.2f" % (rows[i]["id"], rows[j]["id"], rr))

    # ------------------------------------------------------------------ counts
    n = len(rows)
    clean = sum(1 for r in rows if "clean" in r["tags"])
    if n < 180:
        err("only %d messages" % n)
    if clean < 0.4 * n:
        err("clean share %.3f below 0.40" % (clean / float(n)))
    tagc = collections.Counter(t for r in rows for t in r["tags"])
    for t in ISSUE10_TAGS:
        if not tagc[t]:
            err("no row tagged %s" % t)
    langs = collections.Counter(r["language"] for r in rows)
    for lg in LANGS:
        if not langs[lg]:
            err("no message in %s" % lg)
    chans = collections.Counter(r["channel"] for r in rows)

    # ------------------------------------------------------------------ figures
    orders = [r for r in rows if r["intent"] == "ORDER"]
    lines = [l for r in orders for l in r["lines"]]
    vlines = [l for l in lines if "variant" in l]
    print(
        "holdout72: %d messages, %d customers, dates %s .. %s"
        % (n, len(hist), min(r["date"] for r in rows), max(r["date"] for r in rows))
    )
    print(
        "intents   %s"
        % ", ".join("%d %s" % (c, k) for k, c in collections.Counter(r["intent"] for r in rows).most_common())
    )
    print("channels  %s" % ", ".join("%d %s" % (c, k) for k, c in chans.most_common()))
    print(
        "languages %s (%d ORDER messages not English)"
        % (
            ", ".join("%d %s" % (c, k) for k, c in langs.most_common()),
            sum(1 for r in orders if r["language"] != "en"),
        )
    )
    print(
        "lines     %d: %d null sku (%d ambiguous with candidates, %d not in catalog), %d of a product with variants "
        "(%d with no variant), %d null quantity"
        % (
            len(lines),
            sum(1 for l in lines if l["sku"] is None),
            sum(1 for l in lines if l.get("candidates")),
            sum(1 for l in lines if l["sku"] is None and not l.get("candidates")),
            len(vlines),
            sum(1 for l in vlines if l["variant"] is None),
            sum(1 for l in lines if l["quantity"] is None),
        )
    )
    outl = sum(1 for r in orders if "outlier" in r["tags"])
    print(
        "review    %d ORDER shippable as written (%d clean + %d outliers), %d need a human; clean %d/%d = %.1f%%"
        % (
            sum(1 for r in orders if not r["expect_review"]),
            clean,
            outl,
            sum(1 for r in orders if r["expect_review"]),
            clean,
            n,
            100.0 * clean / n,
        )
    )
    hrows = [r for r in orders if "lines_with_history" in r]
    print(
        "history   lines_with_history on %d rows: %d review->no review, %d keep review, %d no review->review; "
        "with history %d of %d orders shippable"
        % (
            len(hrows),
            sum(1 for r in hrows if r["expect_review"] and not r["expect_review_with_history"]),
            sum(1 for r in hrows if r["expect_review"] and r["expect_review_with_history"]),
            sum(1 for r in hrows if not r["expect_review"] and r["expect_review_with_history"]),
            sum(1 for r in orders if not r.get("expect_review_with_history", r["expect_review"])),
            len(orders),
        )
    )
    ho = [o for h in hists for o in h["orders"]]
    print(
        "histories %d customers, %d orders, %d lines, %s .. %s"
        % (
            len(hists),
            len(ho),
            sum(len(o["lines"]) for o in ho),
            min(o["date"] for o in ho),
            max(o["date"] for o in ho),
        )
    )
    used = set(
        l["sku"]
        for r in rows
        for l in r["lines"] + r.get("lines_with_history", []) + r.get("change_lines", [])
        if l.get("sku")
    )
    used |= set(c for r in rows for l in r["lines"] for c in l.get("candidates", []))
    print(
        "catalog   %d products (%d with variants, %d variants), %d categories; %d products appear in a label or as "
        "a candidate"
        % (n_prod, n_var, sum(len(p["variants"]) for p in products.values()), len(seen_cat), len(used))
    )
    print("tags      %s" % ", ".join("%s %d" % (k, c) for k, c in tagc.most_common()))
    print("max difflib ratio %.2f (%s)" % (max_ratio, "/".join(max_pair) if max_pair else "-"))
    if errors:
        for e in errors:
            print("FAIL " + e)
        print("%d check(s) failed" % len(errors))
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
