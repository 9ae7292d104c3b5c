# ruff: noqa  (hand-written data generator of blind set 67, kept as its writer left it)
"""Checks catalog67.json, holdout67.jsonl and histories67.jsonl and prints the figures of the README section.

Usage: python3 validate67.py [directory]     (default: the parent folder of holdout67_build)
Exit status 1 if any check fails.
"""

import collections
import difflib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cat67 import FAMILY_WORDS  # noqa: E402

UNITS = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tray", "box", "tub"}
VTYPES = {"SIZE", "COLOR", "VOLUME", "WEIGHT"}
INTENTS = {"ORDER", "QUESTION", "COMPLAINT", "OTHER", "CANCEL", "CHANGE"}
CHANNELS = {"WHATSAPP", "SMS", "EMAIL"}
LANGS = {
    "en": "English",
    "fr": "French",
    "ary": "Moroccan Darija",
    "aeb": "Tunisian",
    "arq": "Algerian",
    "ber": "Tamazight",
}
MIN_DATE = "2028-06-01"

errors = []


def err(msg):
    errors.append(msg)


def load(d):
    with open(os.path.join(d, "catalog67.json"), encoding="utf-8") as f:
        cat = json.load(f)
    rows = []
    with open(os.path.join(d, "holdout67.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("holdout67.jsonl line %d: invalid JSON (%s)" % (i, e))
    hists = []
    with open(os.path.join(d, "histories67.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                hists.append(json.loads(line))
            except ValueError as e:
                err("histories67.jsonl line %d: invalid JSON (%s)" % (i, e))
    return cat, rows, hists


def is_fraction(q):
    return isinstance(q, float) and q != int(q)


def check_catalog(cat):
    prods = {}
    seen_cats = set()
    for c in cat["categories"]:
        if c["parent"] is not None and c["parent"] not in seen_cats:
            err("category %s listed before its parent %s" % (c["name"], c["parent"]))
        if c["name"] in seen_cats:
            err("duplicate category " + c["name"])
        seen_cats.add(c["name"])
    skus = set()
    aliases = collections.Counter()
    fam = {w.lower() for w in FAMILY_WORDS}
    for p in cat["products"]:
        if p["sku"] in skus:
            err("duplicate sku " + p["sku"])
        skus.add(p["sku"])
        prods[p["sku"]] = p
        if p["category"] not in seen_cats:
            err("%s: unknown category %s" % (p["sku"], p["category"]))
        if p["unit"] not in UNITS:
            err("%s: bad unit %s" % (p["sku"], p["unit"]))
        if not re.fullmatch(r"\d+\.\d\d", p["unit_price"]):
            err("%s: bad price %s" % (p["sku"], p["unit_price"]))
        for a in p["aliases"]:
            aliases[a.lower()] += 1
        names = set()
        for v in p["variants"]:
            if v.get("variant_type") not in VTYPES:
                err("%s/%s: bad variant type" % (p["sku"], v.get("name")))
            if not v.get("sku") or not v.get("unit_price"):
                err("%s/%s: variant without sku or unit_price" % (p["sku"], v.get("name")))
                continue
            if not re.fullmatch(r"\d+\.\d\d", v["unit_price"]):
                err("%s/%s: bad variant price" % (p["sku"], v["name"]))
            if v["sku"] in skus:
                err("duplicate (variant) sku " + v["sku"])
            skus.add(v["sku"])
            if v["name"] in names:
                err("%s: duplicate variant name %s" % (p["sku"], v["name"]))
            names.add(v["name"])
            for a in v.get("ai_aliases", []):
                aliases[a.lower()] += 1
    for a, n in aliases.items():
        if n > 1:
            err("alias shared by %d products/variants: %s" % (n, a))
        if a in fam:
            err("alias is a bare family word: " + a)
    n = len(cat["products"])
    nv = sum(1 for p in cat["products"] if p["variants"])
    if not 90 <= n <= 130:
        err("%d products (90-130 wanted)" % n)
    if not 12 <= nv <= 20:
        err("%d products with variants (12-20 wanted)" % nv)
    return prods


def vnames(prods, sku):
    return [v["name"] for v in prods[sku]["variants"]]


def check_line(prods, ln, where, allow_null=True):
    sku = ln.get("sku")
    if sku is None:
        if not allow_null:
            err(where + ": null sku")
        if "variant" in ln:
            err(where + ": variant key on a null-sku line")
        if "candidates" in ln:
            c = ln["candidates"]
            if len(c) < 2:
                err(where + ": fewer than two candidates")
            for s in c:
                if s not in prods:
                    err(where + ": unknown candidate " + s)
            cv = ln.get("candidate_variant")
            if cv is not None and not any(s in prods and cv in vnames(prods, s) for s in c):
                err(where + ": candidate_variant %s fits no candidate" % cv)
        elif "candidate_variant" in ln:
            err(where + ": candidate_variant without candidates")
    else:
        if sku not in prods:
            err(where + ": unknown sku " + sku)
            return
        if "candidates" in ln or "candidate_variant" in ln:
            err(where + ": candidates on a line with a sku")
        if prods[sku]["variants"]:
            if "variant" not in ln:
                err(where + ": missing variant key for " + sku)
            elif ln["variant"] is not None and ln["variant"] not in vnames(prods, sku):
                err(where + ": unknown variant %s of %s" % (ln["variant"], sku))
        elif "variant" in ln:
            err(where + ": variant key on %s, which has no variants" % sku)
    q = ln.get("quantity", "missing")
    if q == "missing":
        err(where + ": no quantity key")
    elif q is not None and (not isinstance(q, (int, float)) or q < 0):
        err(where + ": bad quantity %r" % (q,))


def open_reasons(ln):
    r = set()
    if ln["sku"] is None:
        r.add("candidates" if "candidates" in ln else "nic")
    if ln["sku"] is not None and "variant" in ln and ln["variant"] is None:
        r.add("variant")
    if ln["quantity"] is None:
        r.add("qty")
    if is_fraction(ln["quantity"]):
        r.add("fraction")
    return r


PHONE = re.compile(r"(?<![\w£.])\+?\d[\d \-]{8,}\d(?![\w.])")
EMAIL = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")


def check_contacts(text, where):
    for m in PHONE.finditer(text):
        digits = re.sub(r"[ \-]", "", m.group(0))
        if len(digits.lstrip("+")) < 10:
            continue
        if digits.startswith("+44"):
            digits = "0" + digits[3:]
        elif digits.startswith("44"):
            digits = "0" + digits[2:]
        if not (re.fullmatch(r"07700900\d{3}", digits) or re.fullmatch(r"02079460\d{3}", digits)):
            err("%s: phone number not in a drama range: %s" % (where, m.group(0)))
    for m in EMAIL.finditer(text):
        if not m.group(1).lower().endswith(".example"):
            err("%s: e-mail address not under .example: %s" % (where, m.group(0)))


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
    cat, rows, hists = load(d)
    prods = check_catalog(cat)

    # ---------------- histories
    H = {}
    hist_dates = []
    for h in hists:
        H[h["customer"]] = h
        check_contacts(h["address"], "history " + h["customer"])
        if "@" not in h["address"] and not re.fullmatch(r"\+447700900\d{3}", h["address"]):
            err("history %s: address is neither an e-mail nor a drama mobile" % h["customer"])
        for o in h["orders"]:
            hist_dates.append(o["date"])
            if o["date"] <= MIN_DATE:
                err("history %s: date %s not after %s" % (h["customer"], o["date"], MIN_DATE))
            for ln in o["lines"]:
                check_line(prods, ln, "history %s %s" % (h["customer"], o["date"]), allow_null=False)
                if ln.get("quantity") is None or ln["sku"] is None:
                    err("history %s %s: incomplete line" % (h["customer"], o["date"]))
                if ln.get("sku") and prods.get(ln["sku"], {}).get("variants") and ln.get("variant") is None:
                    err("history %s %s: line without variant" % (h["customer"], o["date"]))

    # ---------------- messages
    ids = [r["id"] for r in rows]
    for i, x in enumerate(ids, 1):
        if x != "mg%03d" % i:
            err("ids not mg001... without gaps at %s" % x)
            break
    ex = [e.lower() for p in cat["products"] for e in p["ai_training_examples"]]
    last_hist = {c: max([o["date"] for o in h["orders"]] or ["0000"]) for c, h in H.items()}
    for r in rows:
        w = r["id"]
        if r["customer"] not in H:
            err(w + ": customer without history record")
        elif r["date"] <= last_hist[r["customer"]]:
            err(w + ": message date not after the customer's history")
        if r["date"] <= MIN_DATE:
            err(w + ": date not after " + MIN_DATE)
        if r["intent"] not in INTENTS:
            err(w + ": bad intent")
        if r["channel"] not in CHANNELS:
            err(w + ": bad channel")
        if r["language"] not in LANGS:
            err(w + ": bad language")
        check_contacts(r["text"], w)
        low = r["text"].lower()
        for e in ex:
            if e in low:
                err(w + ": contains a training example")
        tags = set(r["tags"])
        notes = r["notes"].lower()
        has_h = "lines_with_history" in r
        if has_h != ("expect_review_with_history" in r):
            err(w + ": history fields not together")
        if ("change_lines" in r) != (r["intent"] == "CHANGE"):
            err(w + ": change_lines only and always on CHANGE rows")
        if r["intent"] == "CHANGE":
            for j, ln in enumerate(r["change_lines"]):
                check_line(prods, ln, "%s change_lines[%d]" % (w, j), allow_null=False)
        if r["intent"] != "ORDER":
            if r["lines"]:
                err(w + ": non-ORDER row with lines")
            if "expect_review" in r or has_h:
                err(w + ": non-ORDER row with review fields")
            if tags & {"clean", "reference", "outlier"}:
                err(w + ": non-ORDER row tagged clean/reference/outlier")
            continue
        if "expect_review" not in r:
            err(w + ": ORDER row without expect_review")
            continue
        rev = r["expect_review"]
        for j, ln in enumerate(r["lines"]):
            check_line(prods, ln, "%s lines[%d]" % (w, j))
        reasons = set().union(*[open_reasons(ln) for ln in r["lines"]]) if r["lines"] else set()
        if reasons and not rev:
            err(w + ": open line on a shippable row")
        if reasons & {"candidates", "variant"} and "ambiguous" not in notes:
            err(w + ": notes lack 'ambiguous'")
        if "nic" in reasons and "not in catalog" not in notes:
            err(w + ": notes lack 'not in catalog'")
        if "qty" in reasons and "quantities not stated" not in notes and "not a whole number" not in notes:
            err(w + ": notes lack 'quantities not stated'/'not a whole number'")
        if has_h:
            for j, ln in enumerate(r["lines_with_history"]):
                check_line(prods, ln, "%s lines_with_history[%d]" % (w, j))
            hreasons = (
                set().union(*[open_reasons(ln) for ln in r["lines_with_history"]])
                if r["lines_with_history"]
                else set()
            )
            if hreasons and not r["expect_review_with_history"]:
                err(w + ": open line with history on a row shippable with history")
            if r["lines_with_history"] == r["lines"] and r["expect_review_with_history"] == rev:
                err(w + ": history fields that change nothing")
            if reasons & {"qty", "fraction", "nic"}:
                err(w + ": history fields on a null-quantity, fractional or not-in-catalog row")
        if "reference" in tags and not rev:
            err(w + ": reference row not in review")
        outlier = "outlier" in tags
        if ("clean" in tags) != (not rev and not outlier):
            err(w + ": clean tag not exactly on shippable non-outlier orders")
        if outlier:
            if rev or not has_h or not r["expect_review_with_history"]:
                err(w + ": outlier must be review false and true with history")
            for ln in r["lines"]:
                prev = [
                    o2["quantity"]
                    for o in H[r["customer"]]["orders"]
                    for o2 in o["lines"]
                    if o2["sku"] == ln["sku"]
                ]
                if not prev or ln["quantity"] < 4 * max(prev):
                    err(w + ": outlier quantity %s not 4x the largest earlier %s" % (ln["quantity"], prev))
    # history dates before every message date of the customer
    first_msg = {}
    for r in rows:
        first_msg[r["customer"]] = min(first_msg.get(r["customer"], "9999"), r["date"])
    for c, h in H.items():
        for o in h["orders"]:
            if c in first_msg and o["date"] >= first_msg[c]:
                err("history %s: order %s not before the customer's messages" % (c, o["date"]))

    # similarity
    texts = [r["text"] for r in rows]
    best = (0.0, None, None)
    for i in range(len(texts)):
        sm = difflib.SequenceMatcher(None, texts[i], "")
        for j in range(i + 1, len(texts)):
            sm.set_seq2(texts[j])
            if sm.real_quick_ratio() <= best[0] or sm.quick_ratio() <= best[0]:
                continue
            rr = max(sm.ratio(), difflib.SequenceMatcher(None, texts[j], texts[i]).ratio())
            if rr > best[0]:
                best = (rr, rows[i]["id"], rows[j]["id"])
    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            a, b = texts[i], texts[j]
            sm = difflib.SequenceMatcher(None, a, b)
            if sm.real_quick_ratio() >= 0.7 and sm.quick_ratio() >= 0.7:
                rr = max(sm.ratio(), difflib.SequenceMatcher(None, b, a).ratio())
                if rr >= 0.7:
                    err("texts %s and %s have similarity %.2f" % (rows[i]["id"], rows[j]["id"], rr))

    orders = [r for r in rows if r["intent"] == "ORDER"]
    clean = [r for r in rows if "clean" in r["tags"]]
    if len(rows) < 180:
        err("only %d messages (180 wanted)" % len(rows))
    if len(clean) < 0.4 * len(rows):
        err("clean share %.3f below 0.40" % (len(clean) / len(rows)))

    # ---------------- figures
    P = print
    tops = [c for c in cat["categories"] if c["parent"] is None]
    units = collections.Counter(p["unit"] for p in cat["products"])
    nvp = [p for p in cat["products"] if p["variants"]]
    P(
        "catalog67.json      %d categories (%d top-level, %d with a parent), %d products, %d with %d variants"
        % (
            len(cat["categories"]),
            len(tops),
            len(cat["categories"]) - len(tops),
            len(cat["products"]),
            len(nvp),
            sum(len(p["variants"]) for p in nvp),
        )
    )
    P("units               " + ", ".join("%s %d" % kv for kv in units.most_common()))
    hc = [h for h in hists if h["orders"]]
    nlines = sum(len(o["lines"]) for h in hists for o in h["orders"])
    P(
        "histories67.jsonl   %d customers (%d with orders, %d first-time), %d orders, %d lines, %s to %s"
        % (
            len(hists),
            len(hc),
            len(hists) - len(hc),
            sum(len(h["orders"]) for h in hists),
            nlines,
            min(hist_dates),
            max(hist_dates),
        )
    )
    P(
        "holdout67.jsonl     %d messages, %s..%s, dated %s to %s"
        % (len(rows), ids[0], ids[-1], min(r["date"] for r in rows), max(r["date"] for r in rows))
    )
    ic = collections.Counter(r["intent"] for r in rows)
    P(
        "intents             "
        + ", ".join("%s %d" % (k, ic[k]) for k in sorted(ic, key=lambda k: (-ic[k], k)))
        + " (ORDER %.0f%%)" % (100.0 * ic["ORDER"] / len(rows))
    )
    cc = collections.Counter(r["channel"] for r in rows)
    P("channels            " + ", ".join("%s %d" % kv for kv in cc.most_common()))
    lc = collections.Counter(r["language"] for r in rows)
    P(
        "languages           "
        + ", ".join("%s %d" % (LANGS[k], n) for k, n in lc.most_common())
        + "; %d of the ORDER messages are not English" % sum(1 for r in orders if r["language"] != "en")
    )
    sc = collections.Counter()
    for r in rows:
        if "arabic_script" in r["tags"]:
            sc["Arabic script"] += 1
        elif "arabizi" in r["tags"]:
            sc["Arabizi"] += 1
    P("scripts             " + ", ".join("%s %d" % kv for kv in sc.most_common()))
    lines = [ln for r in orders for ln in r["lines"]]
    amb = sum(1 for ln in lines if ln["sku"] is None and "candidates" in ln)
    nic = sum(1 for ln in lines if ln["sku"] is None and "candidates" not in ln)
    varl = [ln for ln in lines if ln["sku"] is not None and prods[ln["sku"]]["variants"]]
    P(
        "order lines         %d: %d with a null sku (%d ambiguous with candidates, %d not in the catalog), %d of a "
        "product with variants (%d with no variant given), %d with a null quantity, %d fractional"
        % (
            len(lines),
            amb + nic,
            amb,
            nic,
            len(varl),
            sum(1 for ln in varl if ln["variant"] is None),
            sum(1 for ln in lines if ln["quantity"] is None),
            sum(1 for ln in lines if is_fraction(ln["quantity"])),
        )
    )
    ship = [r for r in orders if not r["expect_review"]]
    outl = [r for r in orders if "outlier" in r["tags"]]
    P(
        "review              %d ORDER messages shippable as written (%d clean plus %d outliers), %d need a human;"
        " clean orders are %d of %d messages (%.1f%%)"
        % (
            len(ship),
            len(clean),
            len(outl),
            len(orders) - len(ship),
            len(clean),
            len(rows),
            100.0 * len(clean) / len(rows),
        )
    )
    hrows = [r for r in orders if "lines_with_history" in r]
    to_ship = [r for r in hrows if r["expect_review"] and not r["expect_review_with_history"]]
    keep = [r for r in hrows if r["expect_review"] and r["expect_review_with_history"]]
    to_rev = [r for r in hrows if not r["expect_review"] and r["expect_review_with_history"]]
    kinds = collections.Counter()
    for r in to_ship:
        t = set(r["tags"])
        kinds[
            "references" if "reference" in t else "family words" if "family" in t else "missing variants"
        ] += 1
    ship_h = sum(1 for r in orders if not r.get("expect_review_with_history", r["expect_review"]))
    P(
        "history             lines_with_history on %d rows: %d go from review to no review (%s), %d keep review "
        "while their lines change, %d go from no review to review (outliers); with history %d of the %d orders "
        "can be shipped as written"
        % (
            len(hrows),
            len(to_ship),
            ", ".join("%d %s" % (n, k) for k, n in kinds.most_common()),
            len(keep),
            len(to_rev),
            ship_h,
            len(orders),
        )
    )
    P("                    keep review: " + ", ".join(r["id"] for r in keep))
    cov = set()
    for r in orders:
        for ln in r["lines"]:
            if ln["sku"]:
                cov.add(ln["sku"])
            cov.update(ln.get("candidates", []))
    P(
        "coverage            %d of the %d products appear in a label or as a candidate"
        % (len(cov), len(prods))
    )
    missing = sorted(set(prods) - cov)
    if missing:
        P("                    not covered: " + ", ".join(missing))
    tc = collections.Counter(t for r in rows for t in r["tags"])
    P("tags                " + ", ".join("%s %d" % (k, tc[k]) for k in sorted(tc, key=lambda k: (-tc[k], k))))
    nor = [r for r in rows if "non_order_request" in r["tags"]]
    P(
        "non_order_request   %d rows: " % len(nor)
        + ", ".join("%s %d" % kv for kv in collections.Counter(r["intent"] for r in nor).most_common())
    )
    P("similarity          highest difflib ratio %.2f (%s, %s)" % best)
    if errors:
        P("\nFAILED: %d problem(s)" % len(errors))
        for e in errors[:200]:
            P("  - " + e)
        sys.exit(1)
    P("\nOK: all checks passed")


if __name__ == "__main__":
    main()
