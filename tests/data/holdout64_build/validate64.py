# ruff: noqa  (hand-written data generator of blind set 64, kept as its writer left it)
"""Check catalog64.json, holdout64.jsonl and histories64.jsonl and print the figures.

Usage: python3 validate64.py [directory]   (default: the parent folder, /work/coord/blind64/)
Exit status 1 if any check fails.
"""

import difflib
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import cat64  # noqa: E402

UNITS = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tray", "box", "tub"}
VTYPES = {"SIZE", "COLOR", "VOLUME", "WEIGHT"}
INTENTS = {"ORDER", "QUESTION", "COMPLAINT", "OTHER", "CANCEL", "CHANGE"}
CHANNELS = {"WHATSAPP", "SMS", "EMAIL"}
LANGS = {"en", "zh", "yue"}
PRICE = re.compile(r"^\d+\.\d{2}$")
MIN_DATE = "2028-06-01"
ID_PREFIX = "cn"
HIST_KEYS = ("lines_with_history", "expect_review_with_history")
NOTE_PHRASES = ("ambiguous", "not in catalog", "quantities not stated", "not a whole number")

errors = []


def err(msg):
    errors.append(msg)


def load(d):
    with open(os.path.join(d, "catalog64.json"), encoding="utf-8") as f:
        cat = json.load(f)
    rows, hists = [], []
    with open(os.path.join(d, "holdout64.jsonl"), encoding="utf-8") as f:
        for n, ln in enumerate(f, 1):
            try:
                rows.append(json.loads(ln))
            except ValueError as e:
                err("holdout line %d: invalid JSON (%s)" % (n, e))
    with open(os.path.join(d, "histories64.jsonl"), encoding="utf-8") as f:
        for n, ln in enumerate(f, 1):
            try:
                hists.append(json.loads(ln))
            except ValueError as e:
                err("histories line %d: invalid JSON (%s)" % (n, e))
    return cat, rows, hists


def check_catalog(cat):
    names = [c["name"] for c in cat["categories"]]
    if len(set(names)) != len(names):
        err("duplicate category names")
    seen = set()
    for c in cat["categories"]:
        if c["parent"] is not None and c["parent"] not in seen:
            err("category %s listed before its parent %s" % (c["name"], c["parent"]))
        seen.add(c["name"])
    prods = cat["products"]
    if not 90 <= len(prods) <= 130:
        err("%d products (need 90-130)" % len(prods))
    nvar = sum(1 for p in prods if p["variants"])
    if not 12 <= nvar <= 20:
        err("%d products with variants (need 12-20)" % nvar)
    skus = Counter(p["sku"] for p in prods)
    for s, n in skus.items():
        if n > 1:
            err("duplicate product sku %s" % s)
    vskus = Counter()
    family = {w.lower() for w in cat64.FAMILY_WORDS}
    alias_owner = {}
    for p in prods:
        if p["category"] not in seen:
            err("%s: unknown category %s" % (p["sku"], p["category"]))
        if p["unit"] not in UNITS:
            err("%s: unit %s" % (p["sku"], p["unit"]))
        if not PRICE.match(p["unit_price"]):
            err("%s: price %s" % (p["sku"], p["unit_price"]))
        vn = [v["name"] for v in p["variants"]]
        if len(set(vn)) != len(vn):
            err("%s: duplicate variant names" % p["sku"])
        all_alias = list(p["aliases"])
        for v in p["variants"]:
            if v.get("variant_type") not in VTYPES:
                err("%s/%s: variant type %s" % (p["sku"], v["name"], v.get("variant_type")))
            if not v.get("sku"):
                err("%s/%s: variant without its own sku" % (p["sku"], v["name"]))
            if not PRICE.match(v.get("unit_price") or ""):
                err("%s/%s: variant price %r" % (p["sku"], v["name"], v.get("unit_price")))
            vskus[v.get("sku")] += 1
            all_alias += v.get("ai_aliases", [])
        for a in all_alias:
            k = a.lower().strip()
            if k in family:
                err("%s: alias %r is a family word" % (p["sku"], a))
            if k in alias_owner and alias_owner[k] != p["sku"]:
                err("alias %r shared by %s and %s" % (a, alias_owner[k], p["sku"]))
            if k in alias_owner and alias_owner[k] == p["sku"]:
                err("alias %r repeated within %s" % (a, p["sku"]))
            alias_owner[k] = p["sku"]
    for s, n in vskus.items():
        if n > 1 or s in skus:
            err("variant sku %s not unique" % s)
    return {p["sku"]: p for p in prods}


def vfits(prod, name):
    return any(v["name"] == name for v in prod["variants"])


def check_line(ctx, d, P, allow_open=True):
    sku = d.get("sku", "MISSING")
    if "quantity" not in d:
        err("%s: line without quantity" % ctx)
    if sku is None:
        if "variant" in d:
            err("%s: variant key on a null-sku line" % ctx)
        if "candidates" in d:
            c = d["candidates"]
            if len(c) < 2 or len(set(c)) != len(c):
                err("%s: candidate line needs at least two distinct candidates" % ctx)
            for s in c:
                if s not in P:
                    err("%s: unknown candidate %s" % (ctx, s))
            cv = d.get("candidate_variant")
            if cv is not None and not any(s in P and (vfits(P[s], cv) or cv in P[s]["name"]) for s in c):
                err("%s: candidate_variant %s fits no candidate" % (ctx, cv))
        elif "candidate_variant" in d:
            err("%s: candidate_variant without candidates" % ctx)
        return
    if sku not in P:
        err("%s: unknown sku %s" % (ctx, sku))
        return
    if "candidates" in d or "candidate_variant" in d:
        err("%s: candidates on a line with a sku" % ctx)
    if P[sku]["variants"]:
        if "variant" not in d:
            err("%s: %s has variants but the line has no variant key" % (ctx, sku))
        elif d["variant"] is not None and not vfits(P[sku], d["variant"]):
            err("%s: %s has no variant %s" % (ctx, sku, d["variant"]))
    elif "variant" in d:
        err("%s: variant key on %s, which has no variants" % (ctx, sku))
    if not allow_open and (d.get("quantity") is None or ("variant" in d and d["variant"] is None)):
        err("%s: incomplete line" % ctx)


def is_open(d):
    if d["sku"] is None or d["quantity"] is None:
        return True
    if "variant" in d and d["variant"] is None:
        return True
    return d["quantity"] != int(d["quantity"])


def norm(lines):
    return sorted(
        (
            (
                d["sku"] or "",
                d.get("variant", "<none>") or "",
                d["quantity"],
                tuple(d.get("candidates", ())),
                d.get("candidate_variant") or "",
            )
            for d in lines
        ),
        key=repr,
    )


PHONE = re.compile(r"(?<![\w-])\+?\d[\d ]{8,}\d(?![\w])")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def phone_ok(s):
    d = re.sub(r"\D", "", s)
    if s.strip().startswith("+"):
        if not d.startswith("44"):
            return False
        d = "0" + d[2:]
    return bool(re.fullmatch(r"07700900\d{3}", d) or re.fullmatch(r"02079460\d{3}", d))


def check_contacts(ctx, text):
    for m in PHONE.finditer(text):
        digits = re.sub(r"\D", "", m.group(0))
        if len(digits) >= 10 and not phone_ok(m.group(0)):
            err("%s: phone number %r is not a drama number" % (ctx, m.group(0)))
    for m in EMAIL.finditer(text):
        if not m.group(0).lower().endswith(".example"):
            err("%s: e-mail %r is not under .example" % (ctx, m.group(0)))


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
    cat, rows, hists = load(d)
    P = check_catalog(cat)
    H = {h["customer"]: h for h in hists}
    if len(H) != len(hists):
        err("duplicate history customers")

    # ---- histories
    for h in hists:
        check_contacts("history %s" % h["customer"], h["address"])
        if h["channel"] not in CHANNELS:
            err("history %s: channel" % h["customer"])
        if h["channel"] == "EMAIL" and "@" not in h["address"]:
            err("history %s: e-mail customer without an e-mail address" % h["customer"])
        prev = ""
        for o in h["orders"]:
            if o["date"] <= MIN_DATE:
                err("history %s: date %s not after %s" % (h["customer"], o["date"], MIN_DATE))
            if o["date"] <= prev:
                err("history %s: dates out of order" % h["customer"])
            prev = o["date"]
            if not o["lines"]:
                err("history %s %s: empty order" % (h["customer"], o["date"]))
            for ln in o["lines"]:
                check_line("history %s %s" % (h["customer"], o["date"]), ln, P, allow_open=False)

    # ---- rows
    ids = [r["id"] for r in rows]
    want = ["%s%03d" % (ID_PREFIX, i) for i in range(1, len(rows) + 1)]
    if ids != want:
        err("ids do not run %s001... without gaps" % ID_PREFIX)
    if len(rows) < 180:
        err("%d messages (need at least 180)" % len(rows))
    examples = [(p["sku"], e) for p in cat["products"] for e in p["ai_training_examples"]]
    texts = []
    for r in rows:
        ctx = r.get("id")
        texts.append(r["text"])
        if r["intent"] not in INTENTS:
            err("%s: intent %s" % (ctx, r["intent"]))
        if r["channel"] not in CHANNELS:
            err("%s: channel %s" % (ctx, r["channel"]))
        if r["language"] not in LANGS:
            err("%s: language %s" % (ctx, r["language"]))
        if r["customer"] not in H:
            err("%s: unknown customer %s" % (ctx, r["customer"]))
            continue
        if r["date"] <= MIN_DATE:
            err("%s: date %s not after %s" % (ctx, r["date"], MIN_DATE))
        for o in H[r["customer"]]["orders"]:
            if o["date"] >= r["date"]:
                err("%s: history order %s not before message date %s" % (ctx, o["date"], r["date"]))
        check_contacts(ctx, r["text"])
        low = r["text"].lower()
        for sku, e in examples:
            if e.lower() in low:
                err("%s: training example of %s inside the text" % (ctx, sku))
        for ln in r["lines"]:
            check_line(ctx, ln, P)
        for ln in r.get("lines_with_history", []):
            check_line(ctx + " (history)", ln, P)
        for ln in r.get("change_lines", []):
            check_line(ctx + " (change)", ln, P, allow_open=False)
        tags = r["tags"]
        if r["intent"] != "ORDER":
            if r["lines"]:
                err("%s: non-order with lines" % ctx)
            for k in ("expect_review",) + HIST_KEYS:
                if k in r:
                    err("%s: non-order with %s" % (ctx, k))
            if "clean" in tags:
                err("%s: clean on a non-order" % ctx)
        else:
            if "expect_review" not in r:
                err("%s: order without expect_review" % ctx)
                continue
            notes = r.get("notes", "").lower()
            for tag, lines in (("", r["lines"]), (" (history)", r.get("lines_with_history", []))):
                for ln in lines:
                    if is_open(ln):
                        rev = r["expect_review"] if not tag else r["expect_review_with_history"]
                        if not rev:
                            err("%s%s: open or fractional line on a shippable row" % (ctx, tag))
                        frac_only = (
                            ln["sku"] is not None
                            and ln["quantity"] is not None
                            and ln.get("variant", "x") is not None
                        )
                        if not frac_only and not any(p in notes for p in NOTE_PHRASES):
                            err("%s: open line without a note phrase" % ctx)
                        if ln["sku"] is None and "candidates" not in ln and "not in catalog" not in notes:
                            err("%s: not-in-catalog line without the note" % ctx)
                        if ln["sku"] is None and "candidates" in ln and "ambiguous" not in notes:
                            err("%s: candidate line without 'ambiguous'" % ctx)
                        if ln["quantity"] is None and not any(
                            p in notes for p in ("quantities not stated", "not a whole number", "ambiguous")
                        ):
                            err("%s: null quantity without its note" % ctx)
            has_h = [k in r for k in HIST_KEYS]
            if any(has_h) and not all(has_h):
                err("%s: history fields must come together" % ctx)
            if all(has_h):
                if (
                    norm(r["lines_with_history"]) == norm(r["lines"])
                    and r["expect_review_with_history"] == r["expect_review"]
                ):
                    err("%s: history fields that change nothing" % ctx)
            if "reference" in tags and not r["expect_review"]:
                err("%s: reference row not in review" % ctx)
            shippable = not r["expect_review"]
            outlier = "outlier" in tags
            if ("clean" in tags) != (shippable and not outlier):
                err("%s: clean tag wrong" % ctx)
            if outlier:
                if r["expect_review"] or r.get("expect_review_with_history") is not True:
                    err("%s: outlier must be review false, with history true" % ctx)
                for ln in r["lines"]:
                    prev = [
                        h["quantity"]
                        for o in H[r["customer"]]["orders"]
                        for h in o["lines"]
                        if h["sku"] == ln["sku"]
                    ]
                    if not prev or ln["quantity"] < 4 * max(prev):
                        err("%s: outlier %s not 4x the largest earlier quantity" % (ctx, ln["sku"]))
        if ("change_lines" in r) != (r["intent"] == "CHANGE"):
            err("%s: change_lines only and always on CHANGE" % ctx)
    # ---- similarity
    best = 0.0
    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            sm = difflib.SequenceMatcher(None, texts[i], texts[j])
            if sm.real_quick_ratio() <= min(best, 0.7) or sm.quick_ratio() <= min(best, 0.7):
                continue
            ratio = sm.ratio()
            best = max(best, ratio)
            if ratio >= 0.7:
                err("%s and %s: difflib ratio %.2f" % (rows[i]["id"], rows[j]["id"], ratio))

    # ---- figures
    orders = [r for r in rows if r["intent"] == "ORDER"]
    clean = [r for r in rows if "clean" in r["tags"]]
    if len(clean) < 0.4 * len(rows):
        err("clean share %.3f below 40%%" % (len(clean) / len(rows)))
    all_lines = [ln for r in orders for ln in r["lines"]]
    cov = set()
    for r in rows:
        for ln in r["lines"] + r.get("lines_with_history", []) + r.get("change_lines", []):
            if ln["sku"]:
                cov.add(ln["sku"])
            cov.update(ln.get("candidates", []))
    units = Counter(p["unit"] for p in cat["products"])
    hl = sum(len(o["lines"]) for h in hists for o in h["orders"])
    ho = sum(len(h["orders"]) for h in hists)
    hdates = sorted(o["date"] for h in hists for o in h["orders"])
    wh = [r for r in orders if "lines_with_history" in r]
    top = sum(1 for c in cat["categories"] if c["parent"] is None)

    def fmt(counter):
        return ", ".join("%s %d" % kv for kv in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))

    print(
        "catalog      %d categories (%d top-level, %d with a parent), %d products, %d with variants, %d variants"
        % (
            len(cat["categories"]),
            top,
            len(cat["categories"]) - top,
            len(cat["products"]),
            sum(1 for p in cat["products"] if p["variants"]),
            sum(len(p["variants"]) for p in cat["products"]),
        )
    )
    print("units        %s" % fmt(units))
    print(
        "variant types %s" % fmt(Counter(v["variant_type"] for p in cat["products"] for v in p["variants"]))
    )
    print(
        "histories    %d customers (%d with no orders), %d orders, %d lines, %s to %s"
        % (len(hists), sum(1 for h in hists if not h["orders"]), ho, hl, hdates[0], hdates[-1])
    )
    print(
        "messages     %d, %s to %s" % (len(rows), min(r["date"] for r in rows), max(r["date"] for r in rows))
    )
    print("intents      %s" % fmt(Counter(r["intent"] for r in rows)))
    print("channels     %s" % fmt(Counter(r["channel"] for r in rows)))
    print(
        "languages    %s (%d ORDER messages not English)"
        % (fmt(Counter(r["language"] for r in rows)), sum(1 for r in orders if r["language"] != "en"))
    )
    nsku = [ln for ln in all_lines if ln["sku"] is None]
    vl = [ln for ln in all_lines if "variant" in ln]
    print(
        "order lines  %d: %d null sku (%d ambiguous with candidates, %d not in catalog), %d of a product with "
        "variants (%d with no variant given), %d null quantity, %d fractional"
        % (
            len(all_lines),
            len(nsku),
            sum(1 for ln in nsku if "candidates" in ln),
            sum(1 for ln in nsku if "candidates" not in ln),
            len(vl),
            sum(1 for ln in vl if ln["variant"] is None),
            sum(1 for ln in all_lines if ln["quantity"] is None),
            sum(
                1 for ln in all_lines if ln["quantity"] is not None and ln["quantity"] != int(ln["quantity"])
            ),
        )
    )
    ship = [r for r in orders if not r["expect_review"]]
    nout = sum(1 for r in orders if "outlier" in r["tags"])
    print(
        "review       %d ORDER shippable as written (%d clean + %d outliers), %d need a human; clean %d of %d "
        "messages (%.1f%%)"
        % (
            len(ship),
            len(clean),
            nout,
            len(orders) - len(ship),
            len(clean),
            len(rows),
            100.0 * len(clean) / len(rows),
        )
    )
    r2n = sum(1 for r in wh if r["expect_review"] and not r["expect_review_with_history"])
    keep = sum(1 for r in wh if r["expect_review"] and r["expect_review_with_history"])
    n2r = sum(1 for r in wh if not r["expect_review"] and r["expect_review_with_history"])
    shipped_h = sum(1 for r in orders if not r.get("expect_review_with_history", r["expect_review"]))
    print(
        "history      lines_with_history on %d rows: %d review -> no review, %d keep review, %d outliers no "
        "review -> review; with history %d of %d orders shippable"
        % (len(wh), r2n, keep, n2r, shipped_h, len(orders))
    )
    print("coverage     %d of %d products in a label or as a candidate" % (len(cov & set(P)), len(P)))
    print("tags         %s" % fmt(Counter(t for r in rows for t in r["tags"])))
    print("similarity   highest difflib ratio %.2f" % best)
    if errors:
        print("\nFAILED: %d problems" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks pass")


if __name__ == "__main__":
    main()
