# ruff: noqa  (hand-written data generator of blind set 66, kept as its writer left it)
"""Check catalog66.json, holdout66.jsonl and histories66.jsonl and print the figures of the set.

usage: python3 validate66.py [directory]     (default: the parent folder of this script)

Makes the checks listed for the forty-ninth and fifty-fifth sets; exits 1 on the first failing check group.
"""

import difflib
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cat66 import FAMILY_WORDS  # noqa: E402

ID_PREFIX = "bm"
INTENTS = {"ORDER", "QUESTION", "COMPLAINT", "OTHER", "CANCEL", "CHANGE"}
CHANNELS = {"WHATSAPP", "SMS", "EMAIL"}
LANGS = {"en", "pl", "ro", "pt", "lt"}
UNITS = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tray", "box", "tub"}
VTYPES = {"SIZE", "COLOR", "VOLUME", "WEIGHT"}
MIN_DATE = "2028-06-01"
PHRASES_NULLQ = ("quantities not stated", "not a whole number")

errors = []


def fail(msg):
    errors.append(msg)


def load(d):
    with open(os.path.join(d, "catalog66.json"), encoding="utf-8") as f:
        cat = json.load(f)
    rows, hists = [], []
    with open(os.path.join(d, "holdout66.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                fail(f"holdout66.jsonl line {n}: {e}")
    with open(os.path.join(d, "histories66.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                hists.append(json.loads(line))
            except ValueError as e:
                fail(f"histories66.jsonl line {n}: {e}")
    return cat, rows, hists


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
    cat, rows, hists = load(d)
    prods = {p["sku"]: p for p in cat["products"]}
    variants = {s: [v["name"] for v in p["variants"]] for s, p in prods.items()}
    has_var = {s for s, v in variants.items() if v}

    # ---------------------------------------------------------------- catalog
    seen_cat = set()
    for c in cat["categories"]:
        if c["parent"] is not None and c["parent"] not in seen_cat:
            fail(f"category {c['name']} listed before its parent")
        if c["name"] in seen_cat:
            fail(f"duplicate category {c['name']}")
        seen_cat.add(c["name"])
    all_skus = Counter()
    price_re = re.compile(r"^\d+\.\d\d$")
    for p in cat["products"]:
        all_skus[p["sku"]] += 1
        if p["category"] not in seen_cat:
            fail(f"{p['sku']}: unknown category")
        if p["unit"] not in UNITS:
            fail(f"{p['sku']}: unit {p['unit']}")
        if not price_re.match(p["unit_price"]) or float(p["unit_price"]) <= 0:
            fail(f"{p['sku']}: price {p['unit_price']}")
        for v in p["variants"]:
            if "sku" not in v or "unit_price" not in v:
                fail(f"{p['sku']}/{v.get('name')}: variant without sku or unit_price")
                continue
            all_skus[v["sku"]] += 1
            if v["variant_type"] not in VTYPES:
                fail(f"{v['sku']}: variant type")
            if not price_re.match(v["unit_price"]) or float(v["unit_price"]) <= 0:
                fail(f"{v['sku']}: price")
        if len(set(variants[p["sku"]])) != len(variants[p["sku"]]):
            fail(f"{p['sku']}: duplicate variant names")
    for s, n in all_skus.items():
        if n > 1:
            fail(f"sku {s} not unique")
    n_prod, n_var_prod = len(prods), len(has_var)
    if not 90 <= n_prod <= 130:
        fail(f"{n_prod} products (90-130 wanted)")
    if not 12 <= n_var_prod <= 20:
        fail(f"{n_var_prod} products with variants (12-20 wanted)")
    aliases = Counter()
    for p in cat["products"]:
        for a in p["aliases"]:
            aliases[a.lower()] += 1
        for v in p["variants"]:
            for a in v["ai_aliases"]:
                aliases[a.lower()] += 1
    for a, n in aliases.items():
        if n > 1:
            fail(f"alias '{a}' shared")
        if a in {w.lower() for w in FAMILY_WORDS}:
            fail(f"alias '{a}' is a family word")
    training = [t.lower() for p in cat["products"] for t in p["ai_training_examples"]]

    # ---------------------------------------------------------------- histories
    hist = {}
    for h in hists:
        hist[h["customer"]] = h
        for k in ("customer", "name", "kind", "channel", "address", "language", "orders"):
            if k not in h:
                fail(f"history {h.get('customer')}: missing {k}")
        prev = ""
        for o in h["orders"]:
            if o["date"] <= prev:
                fail(f"history {h['customer']}: dates not increasing")
            prev = o["date"]
            if o["date"] <= MIN_DATE:
                fail(f"history {h['customer']}: date {o['date']} not after {MIN_DATE}")
            for l in o["lines"]:
                check_line(l, prods, variants, has_var, f"history {h['customer']} {o['date']}", complete=True)

    def max_earlier(cust, sku):
        return max(
            (l["quantity"] for o in hist[cust]["orders"] for l in o["lines"] if l["sku"] == sku), default=None
        )

    # ---------------------------------------------------------------- messages
    for n, r in enumerate(rows, 1):
        want = f"{ID_PREFIX}{n:03d}"
        if r.get("id") != want:
            fail(f"id {r.get('id')} where {want} expected")
    first_msg_date = {}
    for r in rows:
        rid = r["id"]
        for k in (
            "id",
            "channel",
            "text",
            "intent",
            "lines",
            "notes",
            "customer",
            "date",
            "language",
            "tags",
        ):
            if k not in r:
                fail(f"{rid}: missing {k}")
        if r["intent"] not in INTENTS:
            fail(f"{rid}: intent {r['intent']}")
        if r["channel"] not in CHANNELS:
            fail(f"{rid}: channel {r['channel']}")
        if r["language"] not in LANGS:
            fail(f"{rid}: language {r['language']}")
        if r["customer"] not in hist:
            fail(f"{rid}: customer {r['customer']} not in histories")
            continue
        if r["date"] <= MIN_DATE:
            fail(f"{rid}: date {r['date']}")
        c = r["customer"]
        first_msg_date[c] = min(first_msg_date.get(c, "9999"), r["date"])
        tags = set(r["tags"])
        notes = r["notes"].lower()
        is_order = r["intent"] == "ORDER"
        if not is_order:
            if r["lines"]:
                fail(f"{rid}: non-ORDER with lines")
            for k in ("expect_review", "lines_with_history", "expect_review_with_history"):
                if k in r:
                    fail(f"{rid}: non-ORDER with {k}")
        else:
            if "expect_review" not in r:
                fail(f"{rid}: ORDER without expect_review")
        if (r["intent"] == "CHANGE") != ("change_lines" in r):
            fail(f"{rid}: change_lines only and always on CHANGE")
        for l in r.get("change_lines", []):
            check_line(l, prods, variants, has_var, f"{rid} change_lines", complete=True)
        for l in r["lines"]:
            check_line(l, prods, variants, has_var, rid)
        review = r.get("expect_review")
        # open lines and notes
        for l in r["lines"]:
            open_ = l["sku"] is None or l.get("variant", "x") is None or l["quantity"] is None
            if open_ and review is not True:
                fail(f"{rid}: open line on a shippable row")
            if l["sku"] is None and "candidates" in l and "ambiguous" not in notes:
                fail(f"{rid}: candidates without 'ambiguous'")
            if l["sku"] is None and "candidates" not in l and "not in catalog" not in notes:
                fail(f"{rid}: unknown item without 'not in catalog'")
            if l["sku"] is not None and l.get("variant", "x") is None and "ambiguous" not in notes:
                fail(f"{rid}: null variant without 'ambiguous'")
            if l["quantity"] is None and not any(p in notes for p in PHRASES_NULLQ):
                fail(f"{rid}: null quantity without the note phrase")
            if (
                l["quantity"] is not None
                and float(l["quantity"]) != int(l["quantity"])
                and review is not True
            ):
                fail(f"{rid}: fractional quantity on a shippable row")
        # history fields
        has_lwh, has_ewh = "lines_with_history" in r, "expect_review_with_history" in r
        if has_lwh != has_ewh:
            fail(f"{rid}: history fields not together")
        if has_lwh:
            lwh, ewh = r["lines_with_history"], r["expect_review_with_history"]
            if lwh == r["lines"] and ewh == review:
                fail(f"{rid}: history fields that change nothing")
            for l in lwh:
                check_line(l, prods, variants, has_var, f"{rid} lines_with_history")
                open_ = l["sku"] is None or l.get("variant", "x") is None or l["quantity"] is None
                if open_ and ewh is not True:
                    fail(f"{rid}: open line with history on a shippable row")
                if (
                    l["quantity"] is not None
                    and float(l["quantity"]) != int(l["quantity"])
                    and ewh is not True
                ):
                    fail(f"{rid}: fractional quantity with history on a shippable row")
        if "reference" in tags and review is not True:
            fail(f"{rid}: reference row not in review")
        # clean and outliers
        is_out = "outlier" in tags
        shippable = is_order and review is False
        if ("clean" in tags) != (shippable and not is_out):
            fail(f"{rid}: clean tag wrong")
        if is_out:
            if review is not False or r.get("expect_review_with_history") is not True:
                fail(f"{rid}: outlier review fields")
            if not any((max_earlier(c, l["sku"]) or 10**9) * 4 <= l["quantity"] for l in r["lines"]):
                fail(f"{rid}: outlier not 4x the customer's largest earlier quantity")
        elif shippable:
            for l in r["lines"]:
                me = max_earlier(c, l["sku"])
                if me is not None and l["quantity"] >= 4 * me:
                    fail(f"{rid}: unflagged quantity {l['quantity']} of {l['sku']} >= 4x {me}")
        # training examples
        low = r["text"].lower()
        for t in training:
            if t in low:
                fail(f"{rid}: contains training example '{t}'")
    for c, d0 in first_msg_date.items():
        for o in hist[c]["orders"]:
            if o["date"] >= d0:
                fail(f"history {c}: order {o['date']} not before message {d0}")

    # ---------------------------------------------------------------- phones and e-mails
    phone_re = re.compile(r"(?<![\w-])(\+44[\d ]{9,13}\d|0\d[\d ]{8,12}\d)(?![\w-])")
    mail_re = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")

    def check_contacts(text, where):
        for m in phone_re.finditer(text):
            digits = re.sub(r"\D", "", m.group(1))
            if digits.startswith("44"):
                digits = "0" + digits[2:]
            if not (re.fullmatch(r"07700900\d{3}", digits) or re.fullmatch(r"02079460\d{3}", digits)):
                fail(f"{where}: phone number {m.group(1)} is not a drama number")
        for m in mail_re.finditer(text):
            if not m.group(1).lower().endswith(".example"):
                fail(f"{where}: e-mail domain {m.group(1)}")

    for r in rows:
        check_contacts(r["text"], r["id"])
    for h in hists:
        check_contacts(h["address"], f"history {h['customer']}")
        if "@" not in h["address"] and not re.fullmatch(r"\+447700900\d{3}", h["address"]):
            fail(f"history {h['customer']}: address {h['address']}")

    # ---------------------------------------------------------------- similarity
    texts = [(r["id"], r["text"]) for r in rows]
    best = (0.0, None, None)
    for i in range(len(texts)):
        sm = difflib.SequenceMatcher(autojunk=False)
        sm.set_seq2(texts[i][1])
        for j in range(i + 1, len(texts)):
            sm.set_seq1(texts[j][1])
            if sm.real_quick_ratio() < best[0] and sm.real_quick_ratio() < 0.7:
                continue
            if sm.quick_ratio() < best[0] and sm.quick_ratio() < 0.7:
                continue
            ratio = sm.ratio()
            if ratio >= 0.7:
                fail(f"{texts[i][0]} and {texts[j][0]}: difflib ratio {ratio:.2f}")
            if ratio > best[0]:
                best = (ratio, texts[i][0], texts[j][0])

    # ---------------------------------------------------------------- size
    n = len(rows)
    clean = sum("clean" in r["tags"] for r in rows)
    if n < 180:
        fail(f"{n} messages (at least 180 wanted)")
    if clean < 0.4 * n:
        fail(f"clean {clean}/{n} below 40%")

    if errors:
        print("FAILED:")
        for e in errors[:80]:
            print("  " + e)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    figures(cat, rows, hists, prods, has_var, best)
    print("\nall checks passed")


def check_line(l, prods, variants, has_var, where, complete=False):
    sku = l.get("sku")
    if "quantity" not in l:
        fail(f"{where}: line without quantity")
    q = l.get("quantity")
    if q is not None and (not isinstance(q, (int, float)) or q <= 0):
        fail(f"{where}: bad quantity {q}")
    if sku is None:
        if complete:
            fail(f"{where}: incomplete line")
        if "variant" in l:
            fail(f"{where}: variant key on a null-sku line")
        if "candidates" in l:
            cands = l["candidates"]
            if len(cands) < 2 or len(set(cands)) != len(cands):
                fail(f"{where}: a candidate line needs two or more distinct candidates")
            for c in cands:
                if c not in prods:
                    fail(f"{where}: unknown candidate {c}")
            cv = l.get("candidate_variant")
            if cv is not None and not any(cv in variants.get(c, []) for c in cands):
                fail(f"{where}: candidate_variant {cv} fits no candidate")
        elif "candidate_variant" in l:
            fail(f"{where}: candidate_variant without candidates")
        return
    if sku not in prods:
        fail(f"{where}: unknown sku {sku}")
        return
    if "candidates" in l or "candidate_variant" in l:
        fail(f"{where}: candidates on a line with a sku")
    if (sku in has_var) != ("variant" in l):
        fail(f"{where}: variant key wrong for {sku}")
    if "variant" in l and l["variant"] is not None and l["variant"] not in variants[sku]:
        fail(f"{where}: unknown variant {l['variant']} of {sku}")
    if complete and (q is None or l.get("variant", "x") is None):
        fail(f"{where}: incomplete line")


def figures(cat, rows, hists, prods, has_var, best):
    P = lambda *a: print(*a)  # noqa: E731
    n = len(rows)
    orders = [r for r in rows if r["intent"] == "ORDER"]
    P(
        f"catalog: {len(prods)} products, {len(has_var)} with variants, "
        f"{sum(len(p['variants']) for p in cat['products'])} variants, {len(cat['categories'])} categories "
        f"({sum(c['parent'] is None for c in cat['categories'])} top-level)"
    )
    P(
        "  units: "
        + ", ".join(f"{u} {c}" for u, c in Counter(p["unit"] for p in cat["products"]).most_common())
    )
    n_orders = sum(len(h["orders"]) for h in hists)
    n_lines = sum(len(o["lines"]) for h in hists for o in h["orders"])
    dates = sorted(o["date"] for h in hists for o in h["orders"])
    P(
        f"histories: {len(hists)} customers, {n_orders} orders, {n_lines} lines, {dates[0]} to {dates[-1]}; "
        f"first-time customers: {', '.join(h['customer'] for h in hists if not h['orders'])}"
    )
    P(f"messages: {n}, {rows and min(r['date'] for r in rows)} to {max(r['date'] for r in rows)}")
    ic = Counter(r["intent"] for r in rows)
    P(
        "  intents: "
        + ", ".join(f"{k} {v}" for k, v in ic.most_common())
        + f" (ORDER {100 * ic['ORDER'] / n:.0f}%)"
    )
    P("  channels: " + ", ".join(f"{k} {v}" for k, v in Counter(r["channel"] for r in rows).most_common()))
    P(
        "  languages: "
        + ", ".join(f"{k} {v}" for k, v in Counter(r["language"] for r in rows).most_common())
        + f"; non-English ORDER messages {sum(r['language'] != 'en' for r in orders)}"
    )
    lines = [l for r in orders for l in r["lines"]]
    nul = [l for l in lines if l["sku"] is None]
    var = [l for l in lines if l["sku"] in has_var]
    P(
        f"  order lines: {len(lines)}; null sku {len(nul)} ({sum('candidates' in l for l in nul)} ambiguous with "
        f"candidates, {sum('candidates' not in l for l in nul)} not in catalog); of a product with variants "
        f"{len(var)} ({sum(l['variant'] is None for l in var)} with no variant); null quantity "
        f"{sum(l['quantity'] is None for l in lines)}; fractional "
        f"{sum(l['quantity'] is not None and float(l['quantity']) != int(l['quantity']) for l in lines)}"
    )
    clean = sum("clean" in r["tags"] for r in rows)
    outl = sum("outlier" in r["tags"] for r in rows)
    rev = sum(r["expect_review"] for r in orders)
    P(
        f"  review: {len(orders) - rev} ORDER messages shippable as written ({clean} clean + {outl} outliers), "
        f"{rev} need a human; clean {clean}/{n} = {100 * clean / n:.1f}% of messages"
    )
    wh = [r for r in orders if "lines_with_history" in r]
    to_ok = sum(r["expect_review"] and not r["expect_review_with_history"] for r in wh)
    keep = sum(r["expect_review"] and r["expect_review_with_history"] for r in wh)
    up = sum((not r["expect_review"]) and r["expect_review_with_history"] for r in wh)
    unchanged = sum(r["expect_review"] and "lines_with_history" not in r for r in orders)
    ship_h = sum(not r.get("expect_review_with_history", r["expect_review"]) for r in orders)
    refs = [r for r in wh if "reference" in r["tags"]]
    fams = [r for r in wh if "family" in r["tags"] and "reference" not in r["tags"]]
    P(
        f"  history: lines_with_history on {len(wh)} rows: {to_ok} review -> no review, {keep} keep review, "
        f"{up} outliers no review -> review ({len(refs)} references, {len(fams)} with family words, "
        f"{len(wh) - len(refs) - len(fams) - up} with missing variants only); {unchanged} review rows without "
        f"history fields; with history {ship_h} of {len(orders)} orders shippable"
    )
    used = set()
    for r in rows:
        for l in r["lines"] + r.get("lines_with_history", []) + r.get("change_lines", []):
            if l["sku"]:
                used.add(l["sku"])
            used.update(l.get("candidates", []))
    P(f"  coverage: {len(used)} of {len(prods)} products appear in a label or as a candidate")
    unused = sorted(set(prods) - used)
    if unused:
        P("    not used: " + ", ".join(unused))
    tc = Counter(t for r in rows for t in r["tags"])
    P("  tags: " + ", ".join(f"{k} {v}" for k, v in sorted(tc.items(), key=lambda kv: (-kv[1], kv[0]))))
    nor = [r for r in rows if "non_order_request" in r["tags"]]
    P(
        "  non_order_request by intent: "
        + ", ".join(f"{k} {v}" for k, v in Counter(r["intent"] for r in nor).most_common())
    )
    P(f"  highest difflib ratio between two texts: {best[0]:.2f} ({best[1]}, {best[2]})")


if __name__ == "__main__":
    main()
