# ruff: noqa  (hand-written data generator of blind set 69, kept as its writer left it)
"""Validate catalog69.json, holdout69.jsonl and histories69.jsonl and print the set's figures.

    python3 validate69.py [dir]      (default: the parent folder of holdout69_build, i.e. blind69/)

Exits non-zero when a check fails. Standard library only.
"""

import datetime
import difflib
import json
import os
import re
import sys
from collections import Counter, defaultdict
from decimal import Decimal, InvalidOperation

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import cat69  # noqa: E402  (only FAMILY_WORDS is taken from it; everything else is read from the files)

UNITS = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tray", "box", "tub"}
VTYPES = {"SIZE", "COLOR", "VOLUME", "WEIGHT"}
INTENTS = {"ORDER", "QUESTION", "COMPLAINT", "OTHER", "CANCEL", "CHANGE"}
CHANNELS = {"WHATSAPP", "SMS", "EMAIL"}
LANGS = {"en", "fr", "nl", "de", "es", "it"}
MIN_DATE = datetime.date(2028, 6, 1)
ID_RE = re.compile(r"^st(\d{3})$")
PHONE_RE = re.compile(r"(?<![\w-])(?:\+44\s?|0)\d[\d\s-]{8,13}\d(?![\w-])")
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

errors = []


def err(msg):
    errors.append(msg)


def is_drama(raw):
    d = re.sub(r"[\s-]", "", raw)
    if d.startswith("+44"):
        d = "0" + d[3:]
    if len(d) != 11:
        return False
    return d.startswith("07700900") or d.startswith("02079460")


def load_jsonl(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: invalid JSON (%s)" % (os.path.basename(path), n, e))
    return rows


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
    try:
        with open(os.path.join(base, "catalog69.json"), encoding="utf-8") as f:
            cat = json.load(f)
    except ValueError as e:
        print("FAIL catalog69.json is not valid JSON: %s" % e)
        return 1
    rows = load_jsonl(os.path.join(base, "holdout69.jsonl"))
    hists = load_jsonl(os.path.join(base, "histories69.jsonl"))

    # ------------------------------------------------------------------ catalog
    prods = {}
    cat_names = set()
    for c in cat["categories"]:
        if c["parent"] is not None and c["parent"] not in cat_names:
            err("category %s listed before its parent %s" % (c["name"], c["parent"]))
        if c["name"] in cat_names:
            err("duplicate category %s" % c["name"])
        cat_names.add(c["name"])
    all_skus = set()
    aliases = Counter()
    family = set(w.lower() for w in cat69.FAMILY_WORDS)
    n_var_products = 0

    def price_ok(p):
        try:
            d = Decimal(p)
        except (InvalidOperation, TypeError):
            return False
        return isinstance(p, str) and re.match(r"^\d+\.\d\d$", p) is not None and d > 0

    for p in cat["products"]:
        if p["sku"] in all_skus:
            err("duplicate sku %s" % p["sku"])
        all_skus.add(p["sku"])
        prods[p["sku"]] = p
        if p["category"] not in cat_names:
            err("%s: unknown category" % p["sku"])
        if p["unit"] not in UNITS:
            err("%s: bad unit %s" % (p["sku"], p["unit"]))
        if not price_ok(p["unit_price"]):
            err("%s: bad price" % p["sku"])
        for a in p["aliases"]:
            aliases[a.lower()] += 1
        if p["variants"]:
            n_var_products += 1
        vnames = set()
        for v in p["variants"]:
            if v["variant_type"] not in VTYPES:
                err("%s: bad variant type" % p["sku"])
            if not v.get("sku") or not v.get("unit_price"):
                err("%s/%s: variant without its own sku or price" % (p["sku"], v["name"]))
            elif not price_ok(v["unit_price"]):
                err("%s/%s: bad variant price" % (p["sku"], v["name"]))
            if v.get("sku") in all_skus:
                err("duplicate variant sku %s" % v.get("sku"))
            all_skus.add(v.get("sku"))
            if v["name"] in vnames:
                err("%s: duplicate variant name %s" % (p["sku"], v["name"]))
            vnames.add(v["name"])
            for a in v["ai_aliases"]:
                aliases[a.lower()] += 1
    for a, n in aliases.items():
        if n > 1:
            err("alias shared by two products or variants: %r" % a)
        if a in family:
            err("alias is a bare family word: %r" % a)
    if not 90 <= len(prods) <= 130:
        err("%d products (90-130 wanted)" % len(prods))
    if not 12 <= n_var_products <= 20:
        err("%d products with variants (12-20 wanted)" % n_var_products)
    for w in cat69.FAMILY_WORDS:
        if w != w.lower():
            err("family word not lower case: %r" % w)

    def variants_of(sku):
        return [v["name"] for v in prods[sku]["variants"]]

    def check_line(ln, where, allow_null):
        sku = ln.get("sku", "MISSING")
        if sku == "MISSING" or "quantity" not in ln:
            err("%s: line without sku or quantity" % where)
            return
        if sku is None:
            if not allow_null:
                err("%s: null sku" % where)
            if "variant" in ln:
                err("%s: variant key on a null-sku line" % where)
            cands = ln.get("candidates")
            if cands is not None:
                if len(cands) < 2:
                    err("%s: fewer than two candidates" % where)
                for cnd in cands:
                    if cnd not in prods:
                        err("%s: unknown candidate %s" % (where, cnd))
                cv = ln.get("candidate_variant")
                if cv is not None and not any(cv in variants_of(cnd) for cnd in cands if cnd in prods):
                    err("%s: candidate_variant %r fits no candidate" % (where, cv))
            elif "candidate_variant" in ln:
                err("%s: candidate_variant without candidates" % where)
            return
        if sku not in prods:
            err("%s: unknown sku %s" % (where, sku))
            return
        if "candidates" in ln:
            err("%s: candidates on a line with a sku" % where)
        if prods[sku]["variants"]:
            if "variant" not in ln:
                err("%s: %s has variants but the line has no variant key" % (where, sku))
            elif ln["variant"] is not None and ln["variant"] not in variants_of(sku):
                err("%s: unknown variant %r of %s" % (where, ln["variant"], sku))
            elif ln["variant"] is None and not allow_null:
                err("%s: null variant" % where)
        elif "variant" in ln:
            err("%s: variant key on %s, which has no variants" % (where, sku))
        q = ln["quantity"]
        if q is None:
            if not allow_null:
                err("%s: null quantity" % where)
        elif not isinstance(q, (int, float)) or q <= 0:
            err("%s: bad quantity %r" % (where, q))

    def is_open(ln):
        if ln["sku"] is None or ln["quantity"] is None:
            return True
        if prods.get(ln["sku"], {}).get("variants") and ln.get("variant") is None:
            return True
        return ln["quantity"] != int(ln["quantity"])

    # ------------------------------------------------------------------ histories
    hist_by = {}
    for h in hists:
        for k in ("customer", "name", "kind", "channel", "address", "language", "orders"):
            if k not in h:
                err("history %s: missing %s" % (h.get("customer"), k))
        hist_by[h["customer"]] = h
        addr = h["address"]
        if "@" in addr:
            if not addr.endswith(".example"):
                err("history %s: e-mail not under .example" % h["customer"])
        elif not is_drama(addr):
            err("history %s: address %s is not a drama number" % (h["customer"], addr))
        prev = None
        for od in h["orders"]:
            d = datetime.date.fromisoformat(od["date"])
            if d <= MIN_DATE:
                err("history %s: date %s not after 2028-06-01" % (h["customer"], od["date"]))
            if prev and d <= prev:
                err("history %s: orders not oldest first" % h["customer"])
            prev = d
            for ln in od["lines"]:
                check_line(ln, "history %s %s" % (h["customer"], od["date"]), allow_null=False)
    maxq = defaultdict(lambda: defaultdict(float))
    for h in hists:
        for od in h["orders"]:
            for ln in od["lines"]:
                maxq[h["customer"]][ln["sku"]] = max(maxq[h["customer"]][ln["sku"]], ln["quantity"])

    # ------------------------------------------------------------------ messages
    nums = []
    texts = []
    phones_seen = []
    for r in rows:
        mm = ID_RE.match(r.get("id", ""))
        if not mm:
            err("bad id %r" % r.get("id"))
        else:
            nums.append(int(mm.group(1)))
        rid = r.get("id")
        for k in ("customer", "date", "channel", "language", "text", "intent", "lines", "notes", "tags"):
            if k not in r:
                err("%s: missing %s" % (rid, k))
        if r["intent"] not in INTENTS:
            err("%s: bad intent" % rid)
        if r["channel"] not in CHANNELS:
            err("%s: bad channel" % rid)
        if r["language"] not in LANGS:
            err("%s: bad language" % rid)
        if r["customer"] not in hist_by:
            err("%s: customer %s has no history line" % (rid, r["customer"]))
            continue
        d = datetime.date.fromisoformat(r["date"])
        if d <= MIN_DATE:
            err("%s: date not after 2028-06-01" % rid)
        for od in hist_by[r["customer"]]["orders"]:
            if datetime.date.fromisoformat(od["date"]) >= d:
                err("%s: history order %s is not before the message" % (rid, od["date"]))
        texts.append((rid, r["text"]))
        notes = r["notes"].lower()
        tags = set(r["tags"])
        if r["intent"] == "ORDER":
            if "expect_review" not in r:
                err("%s: ORDER without expect_review" % rid)
                continue
            for ln in r["lines"]:
                check_line(ln, rid, allow_null=True)
            has_h = ("lines_with_history" in r, "expect_review_with_history" in r)
            if has_h[0] != has_h[1]:
                err("%s: history fields do not come together" % rid)
            for key, rev_key in (
                ("lines", "expect_review"),
                ("lines_with_history", "expect_review_with_history"),
            ):
                if key not in r:
                    continue
                for ln in r[key]:
                    if key == "lines_with_history":
                        check_line(ln, rid + " (history)", allow_null=True)
                    if is_open(ln) and not r[rev_key]:
                        err("%s: open line in %s on a row with %s false" % (rid, key, rev_key))
                    if ln["sku"] is None and ln.get("candidates") and "ambiguous" not in notes:
                        err("%s: candidates but notes lack 'ambiguous'" % rid)
                    if ln["sku"] is None and not ln.get("candidates") and "not in catalog" not in notes:
                        err("%s: null sku without candidates but notes lack 'not in catalog'" % rid)
                    if (
                        ln["quantity"] is None
                        and "quantities not stated" not in notes
                        and "not a whole number" not in notes
                    ):
                        err("%s: null quantity but notes lack the phrase" % rid)
                    if (
                        ln["sku"] is not None
                        and prods.get(ln["sku"], {}).get("variants")
                        and ln.get("variant") is None
                        and "ambiguous" not in notes
                    ):
                        err("%s: null variant but notes lack 'ambiguous'" % rid)
            if has_h[0]:
                if (
                    r["lines_with_history"] == r["lines"]
                    and r["expect_review_with_history"] == r["expect_review"]
                ):
                    err("%s: history fields that change nothing" % rid)
            if "reference" in tags and not r["expect_review"]:
                err("%s: reference row not in review" % rid)
            shippable = not r["expect_review"]
            outlier = "outlier" in tags
            if ("clean" in tags) != (shippable and not outlier):
                err("%s: clean tag does not match (shippable %s, outlier %s)" % (rid, shippable, outlier))
            if outlier:
                if r["expect_review"] or r.get("expect_review_with_history") is not True:
                    err("%s: outlier must be review false, with history true" % rid)
                big = False
                for ln in r["lines"]:
                    prev = maxq[r["customer"]].get(ln["sku"])
                    if prev and ln["quantity"] >= 4 * prev:
                        big = True
                if not big:
                    err("%s: outlier is not 4x the customer's largest earlier quantity" % rid)
            if "clean" in tags and "not an outlier" not in notes:
                for ln in r["lines"]:
                    prev = maxq[r["customer"]].get(ln["sku"])
                    if prev and ln["quantity"] >= 4 * prev:
                        err(
                            "%s: clean row with %s at %s, 4x the customer's largest earlier quantity %s, and no "
                            "reason in the notes" % (rid, ln["sku"], ln["quantity"], prev)
                        )
        else:
            if r["lines"]:
                err("%s: non-ORDER row with lines" % rid)
            for k in ("expect_review", "lines_with_history", "expect_review_with_history"):
                if k in r:
                    err("%s: non-ORDER row with %s" % (rid, k))
        if r["intent"] == "CHANGE":
            if "change_lines" not in r:
                err("%s: CHANGE without change_lines" % rid)
            else:
                for ln in r["change_lines"]:
                    check_line(ln, rid + " (change)", allow_null=False)
        elif "change_lines" in r:
            err("%s: change_lines on a %s row" % (rid, r["intent"]))
        low = r["text"].lower()
        for p in prods.values():
            for ex in p["ai_training_examples"]:
                if ex.lower() in low:
                    err("%s: contains the training example %r" % (rid, ex))
        for mm in PHONE_RE.finditer(r["text"]):
            phones_seen.append(mm.group(0))
            if not is_drama(mm.group(0)):
                err("%s: phone number %r is not a drama number" % (rid, mm.group(0)))
        for mm in EMAIL_RE.finditer(r["text"]):
            if not mm.group(0).lower().endswith(".example"):
                err("%s: e-mail %r not under .example" % (rid, mm.group(0)))
    if sorted(nums) != list(range(1, len(rows) + 1)):
        err("ids do not run st001... without gaps")
    if len(rows) < 180:
        err("only %d messages (180 wanted)" % len(rows))
    n_clean = sum(1 for r in rows if "clean" in r["tags"])
    if n_clean < 0.4 * len(rows):
        err("clean %d of %d is under 40%%" % (n_clean, len(rows)))

    # similarity
    best = (0.0, None, None)
    for i in range(len(texts)):
        a = texts[i][1]
        sm = difflib.SequenceMatcher(None, b=a)
        for j in range(i + 1, len(texts)):
            b = texts[j][1]
            sm.set_seq1(b)
            if sm.real_quick_ratio() < 0.7 and sm.real_quick_ratio() <= best[0]:
                continue
            if sm.quick_ratio() < 0.7 and sm.quick_ratio() <= best[0]:
                continue
            rt = max(sm.ratio(), difflib.SequenceMatcher(None, a, b).ratio())
            if rt >= 0.7:
                err("texts %s and %s have a difflib ratio of %.2f" % (texts[i][0], texts[j][0], rt))
            if rt > best[0]:
                best = (rt, texts[i][0], texts[j][0])

    # ------------------------------------------------------------------ figures
    orders = [r for r in rows if r["intent"] == "ORDER"]
    print("messages            %d (ids st001-st%03d)" % (len(rows), len(rows)))
    print(
        "intents             "
        + ", ".join("%s %d" % kv for kv in Counter(r["intent"] for r in rows).most_common())
    )
    print(
        "channels            "
        + ", ".join("%s %d" % kv for kv in Counter(r["channel"] for r in rows).most_common())
    )
    print(
        "languages           "
        + ", ".join("%s %d" % kv for kv in Counter(r["language"] for r in rows).most_common())
        + " (%d ORDER messages not in English)" % sum(1 for r in orders if r["language"] != "en")
    )
    lines = [ln for r in orders for ln in r["lines"]]
    null_sku = [ln for ln in lines if ln["sku"] is None]
    var_lines = [ln for ln in lines if ln["sku"] and prods[ln["sku"]]["variants"]]
    print(
        "order lines         %d: %d null sku (%d ambiguous with candidates, %d not in the catalog), %d of a product "
        "with variants (%d with no variant given), %d null quantity, %d fractional"
        % (
            len(lines),
            len(null_sku),
            sum(1 for ln in null_sku if ln.get("candidates")),
            sum(1 for ln in null_sku if not ln.get("candidates")),
            len(var_lines),
            sum(1 for ln in var_lines if ln.get("variant") is None),
            sum(1 for ln in lines if ln["quantity"] is None),
            sum(1 for ln in lines if ln["quantity"] is not None and ln["quantity"] != int(ln["quantity"])),
        )
    )
    ship = [r for r in orders if not r["expect_review"]]
    n_out = sum(1 for r in orders if "outlier" in r["tags"])
    print(
        "review              %d ORDER messages shippable as written (%d clean + %d outliers), %d expect_review; "
        "clean %d of %d messages (%.1f%%)"
        % (
            len(ship),
            n_clean,
            n_out,
            len(orders) - len(ship),
            n_clean,
            len(rows),
            100.0 * n_clean / len(rows),
        )
    )
    hrows = [r for r in orders if "lines_with_history" in r]
    to_ship = sum(1 for r in hrows if r["expect_review"] and not r["expect_review_with_history"])
    keep = sum(1 for r in hrows if r["expect_review"] and r["expect_review_with_history"])
    to_rev = sum(1 for r in hrows if not r["expect_review"] and r["expect_review_with_history"])
    with_h = sum(1 for r in orders if not r.get("expect_review_with_history", r["expect_review"]))
    unchanged = sum(1 for r in orders if r["expect_review"] and "lines_with_history" not in r)
    print(
        "history             lines_with_history on %d rows: %d review -> no review, %d keep review, %d outliers "
        "no review -> review; %d review rows unchanged by history (no history fields); with history %d of %d "
        "orders shippable" % (len(hrows), to_ship, keep, to_rev, unchanged, with_h, len(orders))
    )
    cov = set()
    for r in rows:
        for ln in r["lines"] + r.get("change_lines", []) + r.get("lines_with_history", []):
            if ln["sku"]:
                cov.add(ln["sku"])
            for cnd in ln.get("candidates", []):
                cov.add(cnd)
    print(
        "coverage            %d of %d products appear in a label or as a candidate" % (len(cov), len(prods))
    )
    nh = sum(len(h["orders"]) for h in hists)
    nl = sum(len(od["lines"]) for h in hists for od in h["orders"])
    hd = sorted(od["date"] for h in hists for od in h["orders"])
    md = sorted(r["date"] for r in rows)
    print(
        "histories           %d customers (%d first-time), %d orders, %d lines, %s to %s; messages %s to %s"
        % (len(hists), sum(1 for h in hists if not h["orders"]), nh, nl, hd[0], hd[-1], md[0], md[-1])
    )
    print(
        "catalog             %d categories, %d products, %d with variants (%d variants), units %s"
        % (
            len(cat["categories"]),
            len(prods),
            n_var_products,
            sum(len(p["variants"]) for p in prods.values()),
            ", ".join("%s %d" % kv for kv in Counter(p["unit"] for p in prods.values()).most_common()),
        )
    )
    print(
        "tags                "
        + ", ".join(
            "%s %d" % kv
            for kv in sorted(
                Counter(t for r in rows for t in r["tags"]).items(), key=lambda kv: (-kv[1], kv[0])
            )
        )
    )
    print(
        "phones in texts     %d, all drama numbers checked: %s"
        % (len(phones_seen), ", ".join(sorted(set(phones_seen))))
    )
    print("similarity          highest difflib ratio %.2f (%s, %s)" % best)
    if errors:
        print("\nFAIL: %d problem(s)" % len(errors))
        for e in errors[:80]:
            print("  " + e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
