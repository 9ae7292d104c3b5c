# ruff: noqa  (hand-written data generator of blind set 41, kept as its writer left it)
"""Check catalog41.json, histories41.jsonl and holdout41.jsonl and print the figures of the README section."""

import collections
import difflib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import cat41  # noqa: E402

ERRORS = []


def err(msg):
    ERRORS.append(msg)


def load():
    with open(os.path.join(OUT, "catalog41.json"), encoding="utf-8") as f:
        cat = json.load(f)
    rows, hist = [], []
    with open(os.path.join(OUT, "holdout41.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err(f"holdout41.jsonl line {n}: invalid JSON ({e})")
    with open(os.path.join(OUT, "histories41.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                hist.append(json.loads(line))
            except ValueError as e:
                err(f"histories41.jsonl line {n}: invalid JSON ({e})")
    return cat, rows, hist


def check_catalog(cat):
    units = cat41.UNITS
    seen_cats = set()
    for c in cat["categories"]:
        if c["parent"] is not None and c["parent"] not in seen_cats:
            err(f"category {c['name']}: parent {c['parent']} not listed before it")
        if c["name"] in seen_cats:
            err(f"category {c['name']} listed twice")
        seen_cats.add(c["name"])
    prods = {}
    aliases = {}
    vskus = set()
    price = re.compile(r"^\d+\.\d{2}$")
    family = {w.lower() for w in cat41.FAMILY_WORDS}
    for p in cat["products"]:
        if p["sku"] in prods:
            err(f"duplicate sku {p['sku']}")
        prods[p["sku"]] = p
        if p["category"] not in seen_cats:
            err(f"{p['sku']}: unknown category {p['category']}")
        if p["unit"] not in units:
            err(f"{p['sku']}: unit {p['unit']}")
        if not price.match(p["unit_price"]):
            err(f"{p['sku']}: price {p['unit_price']}")
        names = [(a, p["sku"]) for a in p["aliases"]]
        vnames = set()
        for v in p["variants"]:
            if v["variant_type"] not in cat41.VARIANT_TYPES:
                err(f"{p['sku']}: variant type {v['variant_type']}")
            if not price.match(v["unit_price"]):
                err(f"{p['sku']}/{v['name']}: price")
            if v["sku"] in vskus or v["sku"] in prods:
                err(f"variant sku {v['sku']} not unique")
            vskus.add(v["sku"])
            if v["name"] in vnames:
                err(f"{p['sku']}: variant name {v['name']} twice")
            vnames.add(v["name"])
            names += [(a, p["sku"]) for a in v.get("ai_aliases", [])]
        for a, sku in names:
            k = a.lower()
            if k in aliases and aliases[k] != sku:
                err(f"alias {a!r} shared by {aliases[k]} and {sku}")
            if k in aliases and aliases[k] == sku and k not in {x.lower() for x in p["aliases"]}:
                pass
            aliases[k] = sku
            if k in family:
                err(f"alias {a!r} of {sku} is a bare family word")
    clash = vskus & set(prods)
    if clash:
        err(f"variant skus clash with product skus: {clash}")
    n = len(prods)
    nv = sum(1 for p in prods.values() if p["variants"])
    if not 90 <= n <= 120:
        err(f"{n} products (want 90-120)")
    if not 12 <= nv <= 18:
        err(f"{nv} products with variants (want 12-18)")
    return prods


def check_line(ln, prods, where, allow_candidates=True):
    sku = ln.get("sku")
    if "quantity" not in ln:
        err(f"{where}: line without quantity")
    if sku is None:
        if "variant" in ln:
            err(f"{where}: variant key on a null-sku line")
        if "candidates" in ln:
            if not allow_candidates:
                err(f"{where}: candidates here")
            c = ln["candidates"]
            if len(c) < 2:
                err(f"{where}: fewer than two candidates")
            for s in c:
                if s not in prods:
                    err(f"{where}: unknown candidate {s}")
            cv = ln.get("candidate_variant")
            if cv and not any(cv in [v["name"] for v in prods[s]["variants"]] for s in c if s in prods):
                err(f"{where}: candidate_variant {cv!r} fits no candidate")
        return
    if sku not in prods:
        err(f"{where}: unknown sku {sku}")
        return
    vnames = [v["name"] for v in prods[sku]["variants"]]
    if vnames:
        if "variant" not in ln:
            err(f"{where}: {sku} has variants but the line has no variant key")
        elif ln["variant"] is not None and ln["variant"] not in vnames:
            err(f"{where}: {sku} unknown variant {ln['variant']!r}")
    elif "variant" in ln:
        err(f"{where}: variant key on {sku}, which has no variants")
    if "candidates" in ln:
        err(f"{where}: candidates on a line with a sku")


def is_open(ln, prods):
    return (
        ln["sku"] is None
        or ln["quantity"] is None
        or (ln["sku"] in prods and prods[ln["sku"]]["variants"] and ln.get("variant") is None)
    )


PHONE = re.compile(r"(?:\+44\s?\d[\d ]{8,13}\d|\b0\d{2,4}[ ]?\d{3,4}[ ]?\d{3,4}\b)")
DRAMA = re.compile(r"^(?:\+?447700900\d{3}|07700900\d{3}|02079460\d{3})$")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def check_contacts(text, where):
    for mt in PHONE.findall(text):
        digits = mt.replace(" ", "")
        if not DRAMA.match(digits):
            err(f"{where}: phone-like number {mt!r} is not a drama number")
    for mt in EMAIL.findall(text):
        if not mt.lower().endswith(".example"):
            err(f"{where}: e-mail {mt!r} not under .example")


def main():
    cat, rows, hist = load()
    prods = check_catalog(cat)
    examples = [(e.lower(), p["sku"]) for p in prods.values() for e in p["ai_training_examples"]]
    hist_by = {}
    for h in hist:
        check_contacts(h["address"], f"history {h['customer']}")
        if h["customer"] in hist_by:
            err(f"history {h['customer']} twice")
        hist_by[h["customer"]] = h
        prev = ""
        for o in h["orders"]:
            if o["date"] <= prev:
                err(f"history {h['customer']}: dates not increasing")
            prev = o["date"]
            if o["date"] < "2028-01-01":
                err(f"history {h['customer']}: date {o['date']} before 2028")
            for ln in o["lines"]:
                check_line(ln, prods, f"history {h['customer']} {o['date']}", allow_candidates=False)
                if ln["sku"] is None or ln["quantity"] is None or is_open(ln, prods):
                    err(f"history {h['customer']} {o['date']}: incomplete line {ln}")
    # ids
    for n, r in enumerate(rows, 1):
        if r["id"] != f"pz{n:03d}":
            err(f"row {n}: id {r['id']} (want pz{n:03d})")
    first_msg = {}
    for r in rows:
        first_msg[r["customer"]] = min(first_msg.get(r["customer"], "9999"), r["date"])
    for c, h in hist_by.items():
        if h["orders"] and c in first_msg and h["orders"][-1]["date"] >= first_msg[c]:
            err(f"history {c}: an order on or after the first message date")
    for r in rows:
        w = r["id"]
        if r["customer"] not in hist_by:
            err(f"{w}: customer {r['customer']} has no history record")
        if r["date"] < "2028-01-01":
            err(f"{w}: date before 2028")
        check_contacts(r["text"], w)
        low = r["text"].lower()
        for e, sku in examples:
            if e in low:
                err(f"{w}: training example of {sku} inside the text: {e!r}")
        intent = r["intent"]
        if intent not in {"ORDER", "QUESTION", "COMPLAINT", "OTHER", "CANCEL", "CHANGE"}:
            err(f"{w}: intent {intent}")
        tags = set(r["tags"])
        hist_fields = ("lines_with_history" in r, "expect_review_with_history" in r)
        if hist_fields[0] != hist_fields[1]:
            err(f"{w}: history fields do not come together")
        if intent == "CHANGE":
            if "change_lines" not in r:
                err(f"{w}: CHANGE without change_lines")
            for ln in r.get("change_lines", []):
                check_line(ln, prods, f"{w} change_lines")
        elif "change_lines" in r:
            err(f"{w}: change_lines on a {intent} row")
        if intent != "ORDER":
            if r["lines"] or "expect_review" in r or any(hist_fields):
                err(f"{w}: non-ORDER row with lines or review fields")
            if "clean" in tags:
                err(f"{w}: clean on a non-order")
            continue
        if "expect_review" not in r:
            err(f"{w}: ORDER without expect_review")
            continue
        rv = r["expect_review"]
        notes = r["notes"]
        for ln in r["lines"]:
            check_line(ln, prods, f"{w} lines")
            if is_open(ln, prods) and not rv:
                err(f"{w}: open line on a row not in review")
            if ln["quantity"] is not None and ln["quantity"] != int(ln["quantity"]) and not rv:
                err(f"{w}: fractional quantity on a shippable row")
            if ln["sku"] is None and "candidates" in ln and "ambiguous" not in notes:
                err(f"{w}: family line but notes lack 'ambiguous'")
            if ln["sku"] is None and "candidates" not in ln and "not in catalog" not in notes:
                err(f"{w}: unstocked line but notes lack 'not in catalog'")
            if (
                ln["sku"] is not None
                and is_open(ln, prods)
                and ln["quantity"] is not None
                and "ambiguous" not in notes
            ):
                err(f"{w}: missing variant but notes lack 'ambiguous'")
            if (
                ln["quantity"] is None
                and "quantities not stated" not in notes
                and "not a whole number" not in notes
            ):
                err(f"{w}: null quantity but notes lack the phrase")
        if any(hist_fields):
            lh, rh = r["lines_with_history"], r["expect_review_with_history"]
            for ln in lh:
                check_line(ln, prods, f"{w} lines_with_history")
                if is_open(ln, prods) and not rh:
                    err(f"{w}: open history line on a row not in review with history")
            if lh == r["lines"] and rh == rv:
                err(f"{w}: history fields that change nothing")
        if "reference" in tags and not rv:
            err(f"{w}: reference row not in review")
        outlier = "outlier" in tags
        want_clean = not rv and not outlier
        if want_clean != ("clean" in tags):
            err(f"{w}: clean tag wrong")
        if outlier:
            if rv or not r.get("expect_review_with_history"):
                err(f"{w}: outlier review flags")
            orders = hist_by[r["customer"]]["orders"]
            for ln in r["lines"]:
                prev = [x["quantity"] for o in orders for x in o["lines"] if x["sku"] == ln["sku"]]
                if not prev or ln["quantity"] < 4 * max(prev):
                    err(
                        f"{w}: outlier {ln['sku']} {ln['quantity']} not 4x the largest earlier {prev and max(prev)}"
                    )
    # similarity
    texts = [(r["id"], r["text"]) for r in rows]
    best = (0.0, None, None)
    for i in range(len(texts)):
        sm = difflib.SequenceMatcher(None, "", texts[i][1], autojunk=False)
        for j in range(i + 1, len(texts)):
            sm.set_seq1(texts[j][1])
            if sm.real_quick_ratio() < 0.7 and sm.real_quick_ratio() < best[0]:
                continue
            if sm.quick_ratio() < 0.7 and sm.quick_ratio() < best[0]:
                continue
            rt = sm.ratio()
            if rt > best[0]:
                best = (rt, texts[i][0], texts[j][0])
            if rt >= 0.7:
                err(f"{texts[i][0]} and {texts[j][0]}: difflib similarity {rt:.2f}")
    n = len(rows)
    orders = [r for r in rows if r["intent"] == "ORDER"]
    clean = sum(1 for r in rows if "clean" in r["tags"])
    if n < 170:
        err(f"only {n} messages (want at least 170)")
    if clean < 0.4 * n:
        err(f"clean share {clean}/{n} below 40%")
    # coverage
    used = set()
    for r in rows:
        for key in ("lines", "lines_with_history", "change_lines"):
            for ln in r.get(key, []):
                if ln["sku"]:
                    used.add(ln["sku"])
                used.update(ln.get("candidates", []))
    # figures
    C = collections.Counter
    print(
        f"messages {n}; products {len(prods)}, with variants {sum(1 for p in prods.values() if p['variants'])}, "
        f"variants {sum(len(p['variants']) for p in prods.values())}; categories {len(cat['categories'])} "
        f"({sum(1 for c in cat['categories'] if c['parent'] is None)} top-level)"
    )
    print("units", dict(C(p["unit"] for p in prods.values()).most_common()))
    print("intents", dict(C(r["intent"] for r in rows).most_common()))
    print("channels", dict(C(r["channel"] for r in rows).most_common()))
    print(
        "languages",
        dict(C(r["language"] for r in rows).most_common()),
        "; non-English ORDER",
        sum(1 for r in orders if r["language"] != "en"),
    )
    lines = [ln for r in orders for ln in r["lines"]]
    vp = {s for s, p in prods.items() if p["variants"]}
    print(
        f"order lines {len(lines)}: null sku {sum(1 for x in lines if x['sku'] is None)} "
        f"(ambiguous {sum(1 for x in lines if x['sku'] is None and 'candidates' in x)}, not in catalog "
        f"{sum(1 for x in lines if x['sku'] is None and 'candidates' not in x)}), of a product with variants "
        f"{sum(1 for x in lines if x['sku'] in vp)} (no variant {sum(1 for x in lines if x['sku'] in vp and x.get('variant') is None)}), "
        f"null quantity {sum(1 for x in lines if x['quantity'] is None)}"
    )
    ship = sum(1 for r in orders if not r["expect_review"])
    print(
        f"review: {ship} shippable ({clean} clean + {sum(1 for r in rows if 'outlier' in r['tags'])} outliers), "
        f"{len(orders) - ship} expect_review; clean share {clean}/{n} = {clean / n:.1%}"
    )
    hr = [r for r in orders if "lines_with_history" in r]
    to_ok = sum(1 for r in hr if r["expect_review"] and not r["expect_review_with_history"])
    keep = sum(1 for r in hr if r["expect_review"] and r["expect_review_with_history"])
    to_rv = sum(1 for r in hr if not r["expect_review"] and r["expect_review_with_history"])
    ship_h = sum(1 for r in orders if not r.get("expect_review_with_history", r["expect_review"]))
    print(
        f"history: lines_with_history on {len(hr)} rows: {to_ok} review->no review, {keep} keep review, "
        f"{to_rv} outliers no review->review; with history {ship_h} of {len(orders)} orders ship as written"
    )
    print(
        f"histories: {len(hist)} customers, {sum(len(h['orders']) for h in hist)} orders, "
        f"{sum(len(o['lines']) for h in hist for o in h['orders'])} lines, "
        f"{min(o['date'] for h in hist for o in h['orders'])} to {max(o['date'] for h in hist for o in h['orders'])}; "
        f"first-time {sum(1 for h in hist if not h['orders'])}"
    )
    print(f"messages dated {min(r['date'] for r in rows)} to {max(r['date'] for r in rows)}")
    print(f"coverage: {len(used & set(prods))} of {len(prods)} products in a label or as a candidate")
    print("tags", ", ".join(f"{k} {v}" for k, v in C(t for r in rows for t in r["tags"]).most_common()))
    print(f"highest difflib similarity {best[0]:.2f} ({best[1]}, {best[2]})")
    if ERRORS:
        print(f"\n{len(ERRORS)} ERRORS")
        for e in ERRORS:
            print(" ", e)
        sys.exit(1)
    print("\nOK: all checks pass")


if __name__ == "__main__":
    main()
