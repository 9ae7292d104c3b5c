# ruff: noqa  (hand-written data generator of blind set 65, kept as its writer left it)
# -*- coding: utf-8 -*-
"""Checks catalog65.json, holdout65.jsonl and histories65.jsonl and prints the figures of the README section.

usage: python3 validate65.py [directory]   (default: the parent folder of this directory)
Exit status 0 when every check passes.
"""

import collections
import difflib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cat65 import FAMILY_WORDS  # noqa: E402

UNITS = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tray", "box", "tub"}
VTYPES = {"SIZE", "COLOR", "VOLUME", "WEIGHT"}
INTENTS = {"ORDER", "QUESTION", "COMPLAINT", "OTHER", "CANCEL", "CHANGE"}
CHANNELS = {"WHATSAPP", "SMS", "EMAIL"}
HIST_FIELDS = ("lines_with_history", "expect_review_with_history")
FIRST_DATE = "2028-06-01"

errors = []


def err(msg):
    errors.append(msg)


def load(d):
    with open(os.path.join(d, "catalog65.json"), encoding="utf-8") as f:
        cat = json.load(f)
    rows, hists = [], []
    with open(os.path.join(d, "holdout65.jsonl"), encoding="utf-8") as f:
        for n, s in enumerate(f, 1):
            try:
                rows.append(json.loads(s))
            except ValueError as e:
                err("holdout65.jsonl line %d: %s" % (n, e))
    with open(os.path.join(d, "histories65.jsonl"), encoding="utf-8") as f:
        for n, s in enumerate(f, 1):
            try:
                hists.append(json.loads(s))
            except ValueError as e:
                err("histories65.jsonl line %d: %s" % (n, e))
    return cat, rows, hists


# ------------------------------------------------------------------ phone numbers and e-mail
PHONE_RE = re.compile(r"(?<![\w.])(?:\+\d[\d ]{8,16}\d|0\d{2,4}[ -]?\d{3,4}[ -]?\d{3,4})(?![\d])")
MAIL_RE = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")


def is_drama(raw):
    digits = re.sub(r"\D", "", raw)
    if raw.strip().startswith("+"):
        if not digits.startswith("44"):
            return False
        digits = "0" + digits[2:]
    return len(digits) == 11 and (
        digits.startswith("07700900") or digits.startswith("02079460") or digits.startswith("01632960")
    )


def check_contacts(text, where):
    for m in PHONE_RE.finditer(text):
        if not is_drama(m.group(0)):
            err("%s: phone number %r is not an Ofcom drama number" % (where, m.group(0)))
    for m in MAIL_RE.finditer(text):
        if not m.group(1).lower().endswith(".example"):
            err("%s: e-mail domain %r is not under .example" % (where, m.group(1)))


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
    cat, rows, hists = load(d)

    # ------------------------------------------------------------------ catalog
    cats = cat["categories"]
    seen_c = set()
    for c in cats:
        if c["parent"] is not None and c["parent"] not in seen_c:
            err("category %s listed before its parent %s" % (c["name"], c["parent"]))
        if c["name"] in seen_c:
            err("category %s twice" % c["name"])
        seen_c.add(c["name"])
    prods = cat["products"]
    P = {}
    all_skus = set()
    alias_owner = {}
    for p in prods:
        if p["sku"] in all_skus:
            err("duplicate sku %s" % p["sku"])
        all_skus.add(p["sku"])
        P[p["sku"]] = p
        if p["category"] not in seen_c:
            err("%s: unknown category %s" % (p["sku"], p["category"]))
        if p["unit"] not in UNITS:
            err("%s: unit %s" % (p["sku"], p["unit"]))
        if not re.fullmatch(r"\d+\.\d\d", p["unit_price"]):
            err("%s: price %r" % (p["sku"], p["unit_price"]))
        names = set()
        for v in p["variants"]:
            if v.get("variant_type") not in VTYPES:
                err("%s/%s: variant type" % (p["sku"], v.get("name")))
            if not v.get("sku") or not v.get("unit_price") or not re.fullmatch(r"\d+\.\d\d", v["unit_price"]):
                err("%s/%s: variant needs its own sku and unit_price" % (p["sku"], v.get("name")))
            if v.get("sku") in all_skus:
                err("variant sku %s not unique" % v.get("sku"))
            all_skus.add(v.get("sku"))
            if v["name"] in names:
                err("%s: variant name %s twice" % (p["sku"], v["name"]))
            names.add(v["name"])
        for a in list(p["aliases"]) + [x for v in p["variants"] for x in v.get("ai_aliases", [])]:
            k = a.lower()
            if k in alias_owner and alias_owner[k] != p["sku"]:
                err("alias %r shared by %s and %s" % (a, alias_owner[k], p["sku"]))
            alias_owner[k] = p["sku"]
            if k in FAMILY_WORDS:
                err("alias %r of %s is a bare family word" % (a, p["sku"]))
    nprod = len(prods)
    nvar = sum(1 for p in prods if p["variants"])
    if not 90 <= nprod <= 130:
        err("%d products (need 90-130)" % nprod)
    if not 12 <= nvar <= 20:
        err("%d products with variants (need 12-20)" % nvar)
    vnames = {s: [v["name"] for v in p["variants"]] for s, p in P.items()}

    def check_line(ln, where, allow_null=True):
        sku = ln.get("sku")
        if sku is None:
            if not allow_null:
                err("%s: null sku" % where)
            if "variant" in ln:
                err("%s: variant key on a null-sku line" % where)
            cands = ln.get("candidates")
            if cands is not None:
                if len(cands) < 2:
                    err("%s: fewer than two candidates" % where)
                for c in cands:
                    if c not in P:
                        err("%s: unknown candidate %s" % (where, c))
                cv = ln.get("candidate_variant")
                if cv is not None and not any(cv in vnames.get(c, []) for c in cands):
                    err("%s: candidate_variant %r fits no candidate" % (where, cv))
            elif "candidate_variant" in ln:
                err("%s: candidate_variant without candidates" % where)
            return
        if sku not in P:
            err("%s: unknown sku %s" % (where, sku))
            return
        if "candidates" in ln or "candidate_variant" in ln:
            err("%s: candidates on a line with a sku" % where)
        if P[sku]["variants"]:
            if "variant" not in ln:
                err("%s: %s has variants but the line has no variant key" % (where, sku))
            elif ln["variant"] is not None and ln["variant"] not in vnames[sku]:
                err("%s: %s has no variant %r" % (where, sku, ln["variant"]))
        elif "variant" in ln:
            err("%s: variant key on %s, which has no variants" % (where, sku))
        q = ln.get("quantity")
        if q is not None and (not isinstance(q, (int, float)) or q < 0):
            err("%s: quantity %r" % (where, q))

    def is_open(ln):
        s, q = ln.get("sku"), ln.get("quantity")
        if s is None or q is None:
            return True
        if P[s]["variants"] and ln.get("variant") is None:
            return True
        return P[s]["unit"] != "kg" and q != int(q)

    def is_fraction(ln):
        s, q = ln.get("sku"), ln.get("quantity")
        return s is not None and q is not None and P[s]["unit"] != "kg" and q != int(q)

    # ------------------------------------------------------------------ histories
    H = {}
    for h in hists:
        for k in ("customer", "name", "kind", "channel", "address", "language", "orders"):
            if k not in h:
                err("history %s: missing %s" % (h.get("customer"), k))
        H[h["customer"]] = h
        check_contacts(h["address"], "history %s address" % h["customer"])
        if h["channel"] not in CHANNELS:
            err("history %s: channel %s" % (h["customer"], h["channel"]))
        prev = ""
        for o in h["orders"]:
            if o["date"] <= prev:
                err("history %s: dates not increasing" % h["customer"])
            prev = o["date"]
            for ln in o["lines"]:
                where = "history %s %s" % (h["customer"], o["date"])
                check_line(ln, where, allow_null=False)
                if ln.get("quantity") is None or ln["quantity"] <= 0:
                    err("%s: incomplete line %s" % (where, ln))
                if ln.get("sku") in P and P[ln["sku"]]["variants"] and ln.get("variant") is None:
                    err("%s: incomplete line (no variant) %s" % (where, ln))

    # ------------------------------------------------------------------ messages
    texts = []
    for i, r in enumerate(rows, 1):
        rid = r.get("id")
        if rid != "de%03d" % i:
            err("id %r at position %d (ids must run de001... without gaps)" % (rid, i))
        for k in (
            "id",
            "channel",
            "customer",
            "date",
            "language",
            "text",
            "intent",
            "lines",
            "notes",
            "tags",
        ):
            if k not in r:
                err("%s: missing %s" % (rid, k))
        if r["intent"] not in INTENTS:
            err("%s: intent %s" % (rid, r["intent"]))
        if r["channel"] not in CHANNELS:
            err("%s: channel %s" % (rid, r["channel"]))
        if r["customer"] not in H:
            err("%s: unknown customer %s" % (rid, r["customer"]))
            continue
        if not r["date"] > FIRST_DATE:
            err("%s: date %s not after %s" % (rid, r["date"], FIRST_DATE))
        h = H[r["customer"]]
        for o in h["orders"]:
            if not o["date"] < r["date"]:
                err("%s: history order %s not before the message date %s" % (rid, o["date"], r["date"]))
        check_contacts(r["text"], rid)
        texts.append(r["text"])
        tags = set(r["tags"])
        notes = (r.get("notes") or "").lower()
        has_hist = [k for k in HIST_FIELDS if k in r]
        if r["intent"] != "ORDER":
            if r["lines"]:
                err("%s: non-order with lines" % rid)
            for k in ("expect_review",) + HIST_FIELDS:
                if k in r:
                    err("%s: non-order with %s" % (rid, k))
            if "clean" in tags:
                err("%s: clean on a non-order" % rid)
        else:
            if "expect_review" not in r:
                err("%s: ORDER without expect_review" % rid)
                continue
            rev = r["expect_review"]
            sets = [("lines", r["lines"], rev)]
            if len(has_hist) not in (0, 2):
                err("%s: history fields must come together" % rid)
            if len(has_hist) == 2:
                sets.append(("lines_with_history", r["lines_with_history"], r["expect_review_with_history"]))
                if r["lines_with_history"] == r["lines"] and r["expect_review_with_history"] == rev:
                    err("%s: history fields that change nothing" % rid)
            for name, lines, rv in sets:
                for j, ln in enumerate(lines):
                    where = "%s %s[%d]" % (rid, name, j)
                    check_line(ln, where)
                    if is_open(ln) and not rv:
                        err("%s: open or fractional line on a row that is not in review" % where)
                    if ln.get("sku") is None:
                        if ln.get("candidates"):
                            if "ambiguous" not in notes:
                                err("%s: candidates line but notes lack 'ambiguous'" % where)
                        elif "not in catalog" not in notes:
                            err("%s: null sku without candidates but notes lack 'not in catalog'" % where)
                    elif P.get(ln["sku"], {}).get("variants") and ln.get("variant") is None:
                        if "ambiguous" not in notes:
                            err("%s: null variant but notes lack 'ambiguous'" % where)
                    if (
                        ln.get("quantity") is None
                        and "quantities not stated" not in notes
                        and "not a whole number" not in notes
                    ):
                        err("%s: null quantity but notes lack the phrase" % where)
                    if is_fraction(ln) and "fraction" not in notes:
                        err("%s: fraction but notes lack 'fraction'" % where)
            if "reference" in tags and not rev:
                err("%s: reference row not in review" % rid)
            outlier = "outlier" in tags
            if ("clean" in tags) != (not rev and not outlier):
                err("%s: clean tag must be on exactly the shippable orders that are not outliers" % rid)
            if outlier:
                if rev or r.get("expect_review_with_history") is not True:
                    err("%s: an outlier is review false and with history true" % rid)
                for ln in r["lines"]:
                    earlier = [
                        x["quantity"] for o in h["orders"] for x in o["lines"] if x["sku"] == ln["sku"]
                    ]
                    if not earlier or ln["quantity"] < 4 * max(earlier):
                        err(
                            "%s: outlier %s %s is not 4x the largest earlier %s"
                            % (rid, ln["sku"], ln["quantity"], max(earlier or [0]))
                        )
        if r["intent"] == "CHANGE":
            if "change_lines" not in r:
                err("%s: CHANGE without change_lines" % rid)
            else:
                for j, ln in enumerate(r["change_lines"]):
                    check_line(ln, "%s change_lines[%d]" % (rid, j), allow_null=False)
        elif "change_lines" in r:
            err("%s: change_lines on a %s row" % (rid, r["intent"]))

    # ------------------------------------------------------------------ training examples
    low_texts = [t.lower() for t in texts]
    for p in prods:
        for ex in p.get("ai_training_examples", []):
            if any(ex.lower() in t for t in low_texts):
                err("training example of %s occurs in a message: %r" % (p["sku"], ex))

    # ------------------------------------------------------------------ similarity
    best = (0.0, None, None)
    n = len(texts)
    for i in range(n):
        for j in range(i + 1, n):
            sm = difflib.SequenceMatcher(None, texts[i], texts[j], autojunk=False)
            if sm.real_quick_ratio() < 0.7 and sm.real_quick_ratio() < best[0]:
                continue
            if sm.quick_ratio() < 0.7 and sm.quick_ratio() < best[0]:
                continue
            rt = max(sm.ratio(), difflib.SequenceMatcher(None, texts[i], texts[j]).ratio())
            if rt > best[0]:
                best = (rt, rows[i]["id"], rows[j]["id"])
            if rt >= 0.7:
                err("texts %s and %s have difflib ratio %.2f" % (rows[i]["id"], rows[j]["id"], rt))

    # ------------------------------------------------------------------ size
    orders = [r for r in rows if r["intent"] == "ORDER"]
    clean = [r for r in rows if "clean" in r["tags"]]
    if len(rows) < 180:
        err("only %d messages (need 180)" % len(rows))
    if len(clean) < 0.4 * len(rows):
        err("clean orders %d of %d (< 40%%)" % (len(clean), len(rows)))

    try:
        figures(cat, rows, hists, P, best, is_open)
    except Exception as e:  # figures of a broken file set are not trusted anyway
        err("figures could not be computed: %r" % (e,))
    if errors:
        print("\n%d ERRORS" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nall checks passed")


def figures(cat, rows, hists, P, best, is_open):
    C = collections.Counter
    orders = [r for r in rows if r["intent"] == "ORDER"]
    print(
        "messages            %d (%s ... %s), dated %s to %s"
        % (
            len(rows),
            rows[0]["id"],
            rows[-1]["id"],
            min(r["date"] for r in rows),
            max(r["date"] for r in rows),
        )
    )
    print(
        "intents             %s"
        % ", ".join("%d %s" % (v, k) for k, v in C(r["intent"] for r in rows).most_common())
    )
    print(
        "channels            %s"
        % ", ".join("%d %s" % (v, k) for k, v in C(r["channel"] for r in rows).most_common())
    )
    print(
        "languages           %s (%d ORDER not English)"
        % (
            ", ".join("%d %s" % (v, k) for k, v in C(r["language"] for r in rows).most_common()),
            sum(1 for r in orders if r["language"] != "en"),
        )
    )
    regions = C()
    for r in rows:
        if "austrian" in r["tags"]:
            regions["Austrian German"] += 1
        elif "swiss" in r["tags"]:
            regions["Swiss German"] += 1
        elif r["language"] == "de":
            regions["German from Germany"] += 1
    print(
        "German by region    %s; dialect tag %d"
        % (
            ", ".join("%d %s" % (v, k) for k, v in regions.most_common()),
            sum(1 for r in rows if "dialect" in r["tags"]),
        )
    )
    lines = [l for r in orders for l in r["lines"]]
    nulls = [l for l in lines if l["sku"] is None]
    amb = [l for l in nulls if l.get("candidates")]
    varl = [l for l in lines if l["sku"] and P[l["sku"]]["variants"]]
    print(
        "order lines         %d: %d null sku (%d ambiguous with candidates, %d with candidate_variant, %d not in "
        "catalog), %d of a product with variants (%d with no variant given), %d null quantity, %d fractional"
        % (
            len(lines),
            len(nulls),
            len(amb),
            sum(1 for l in amb if "candidate_variant" in l),
            len(nulls) - len(amb),
            len(varl),
            sum(1 for l in varl if l.get("variant") is None),
            sum(1 for l in lines if l["quantity"] is None),
            sum(
                1
                for l in lines
                if l["sku"]
                and l["quantity"] is not None
                and P[l["sku"]]["unit"] != "kg"
                and l["quantity"] != int(l["quantity"])
            ),
        )
    )
    clean = sum(1 for r in rows if "clean" in r["tags"])
    outl = sum(1 for r in rows if "outlier" in r["tags"])
    ship = sum(1 for r in orders if not r["expect_review"])
    print(
        "review              %d ORDER shippable as written (%d clean + %d outliers), %d need a human; clean %d of %d "
        "messages (%.1f%%)"
        % (ship, clean, outl, len(orders) - ship, clean, len(rows), 100.0 * clean / len(rows))
    )
    hrows = [r for r in orders if "lines_with_history" in r]
    to_no = sum(1 for r in hrows if r["expect_review"] and not r["expect_review_with_history"])
    keep = sum(1 for r in hrows if r["expect_review"] and r["expect_review_with_history"])
    to_yes = sum(1 for r in hrows if not r["expect_review"] and r["expect_review_with_history"])
    ship_h = sum(1 for r in orders if not r.get("expect_review_with_history", r["expect_review"]))
    print(
        "history             lines_with_history on %d rows: %d review -> no review, %d keep review, %d no review -> "
        "review; with history %d of %d orders shippable"
        % (len(hrows), to_no, keep, to_yes, ship_h, len(orders))
    )
    hr_ref = sum(1 for r in hrows if "reference" in r["tags"])
    hr_fam = sum(1 for r in hrows if "family" in r["tags"] and "reference" not in r["tags"])
    print(
        "                    of those: %d references, %d with family words, %d others"
        % (hr_ref, hr_fam, len(hrows) - hr_ref - hr_fam)
    )
    unchanged = [r for r in orders if r["expect_review"] and "lines_with_history" not in r]
    print("                    %d review rows carry no history fields" % len(unchanged))
    used = set()
    for r in rows:
        for k in ("lines", "lines_with_history", "change_lines"):
            for l in r.get(k) or []:
                if l["sku"]:
                    used.add(l["sku"])
                used.update(l.get("candidates", []))
    print("coverage            %d of %d products appear in a label or as a candidate" % (len(used), len(P)))
    tags = C(t for r in rows for t in r["tags"])
    print(
        "tags                %s"
        % ", ".join("%s %d" % (k, v) for k, v in sorted(tags.items(), key=lambda x: (-x[1], x[0])))
    )
    norders = sum(len(h["orders"]) for h in hists)
    nlines = sum(len(o["lines"]) for h in hists for o in h["orders"])
    dates = [o["date"] for h in hists for o in h["orders"]]
    print(
        "histories           %d customers, %d with no orders; %d orders, %d lines, %s to %s"
        % (len(hists), sum(1 for h in hists if not h["orders"]), norders, nlines, min(dates), max(dates))
    )
    cats = cat["categories"]
    prods = cat["products"]
    print(
        "catalog             %s, %d categories (%d top-level), %d products, %d with %d variants; units %s"
        % (
            cat["currency"],
            len(cats),
            sum(1 for c in cats if c["parent"] is None),
            len(prods),
            sum(1 for p in prods if p["variants"]),
            sum(len(p["variants"]) for p in prods),
            ", ".join("%s %d" % (k, v) for k, v in C(p["unit"] for p in prods).most_common()),
        )
    )
    print("family words        %d in FAMILY_WORDS" % len(FAMILY_WORDS))
    print("similarity          highest difflib ratio %.2f (%s, %s)" % best)


if __name__ == "__main__":
    main()
