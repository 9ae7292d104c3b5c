# ruff: noqa  (hand-written data generator of blind set 37, kept as its writer left it)
"""Validate set 37 and print its figures. Standard library only."""

import collections
import decimal
import difflib
import json
import os
import re
import sys

import cat37

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
ERR = []


def err(msg):
    ERR.append(msg)


def load():
    with open(os.path.join(OUT, "catalog37.json"), encoding="utf-8") as f:
        cat = json.load(f)
    rows = []
    with open(os.path.join(OUT, "holdout37.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err(f"holdout line {n}: bad JSON {e}")
    hists = []
    with open(os.path.join(OUT, "histories37.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                hists.append(json.loads(line))
            except ValueError as e:
                err(f"histories line {n}: bad JSON {e}")
    return cat, rows, hists


UNITS = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tray", "box", "tub"}
VTYPES = {"SIZE", "COLOR", "VOLUME", "WEIGHT"}
INTENTS = {"ORDER", "QUESTION", "COMPLAINT", "OTHER", "CANCEL", "CHANGE"}
OPEN_PHRASES = ("ambiguous", "not in catalog", "quantities not stated", "not a whole number")


def check_catalog(cat):
    names = set()
    for c in cat["categories"]:
        if c["parent"] is not None and c["parent"] not in names:
            err(f"category {c['name']}: parent {c['parent']} not listed before it")
        names.add(c["name"])
    prods = {}
    skus = set()
    aliases = {}
    fam = {w.lower() for w in cat37.FAMILY_WORDS}
    for p in cat["products"]:
        if p["sku"] in skus:
            err(f"duplicate sku {p['sku']}")
        skus.add(p["sku"])
        prods[p["sku"]] = p
        if p["category"] not in names:
            err(f"{p['sku']}: unknown category")
        if p["unit"] not in UNITS:
            err(f"{p['sku']}: bad unit {p['unit']}")
        if not re.fullmatch(r"\d+\.\d\d", p["unit_price"]) or decimal.Decimal(p["unit_price"]) <= 0:
            err(f"{p['sku']}: bad price {p['unit_price']}")
        als = list(p["aliases"])
        for v in p["variants"]:
            if v["variant_type"] not in VTYPES:
                err(f"{p['sku']}/{v['name']}: bad variant type")
            if not re.fullmatch(r"\d+\.\d\d", v["unit_price"]) or decimal.Decimal(v["unit_price"]) <= 0:
                err(f"{p['sku']}/{v['name']}: bad price")
            if v["sku"] in skus:
                err(f"variant sku {v['sku']} not unique")
            skus.add(v["sku"])
            als += v["ai_aliases"]
        if len({v["name"] for v in p["variants"]}) != len(p["variants"]):
            err(f"{p['sku']}: duplicate variant names")
        for a in als:
            k = a.lower()
            if k in aliases and aliases[k] != p["sku"]:
                err(f"alias {a!r} shared by {aliases[k]} and {p['sku']}")
            aliases[k] = p["sku"]
            if k in fam:
                err(f"alias {a!r} of {p['sku']} is a bare family word")
    n = len(cat["products"])
    nv = sum(1 for p in cat["products"] if p["variants"])
    if not 90 <= n <= 120:
        err(f"{n} products, want 90-120")
    if not 12 <= nv <= 18:
        err(f"{nv} products with variants, want 12-18")
    return prods


def check_line(where, d, prods, allow_open=True):
    if d["sku"] is None:
        if "variant" in d:
            err(f"{where}: variant on a null-sku line")
        if "candidates" in d:
            if len(d["candidates"]) < 2:
                err(f"{where}: fewer than 2 candidates")
            for c in d["candidates"]:
                if c not in prods:
                    err(f"{where}: unknown candidate {c}")
            cv = d.get("candidate_variant")
            if cv is not None and not any(
                cv in [v["name"] for v in prods[c]["variants"]] for c in d["candidates"] if c in prods
            ):
                err(f"{where}: candidate_variant {cv} fits no candidate")
        elif "candidate_variant" in d:
            err(f"{where}: candidate_variant without candidates")
    else:
        p = prods.get(d["sku"])
        if p is None:
            err(f"{where}: unknown sku {d['sku']}")
            return
        if p["variants"]:
            if "variant" not in d:
                err(f"{where}: {d['sku']} has variants but the line has no variant key")
            elif d["variant"] is not None and d["variant"] not in [v["name"] for v in p["variants"]]:
                err(f"{where}: unknown variant {d['variant']} of {d['sku']}")
        elif "variant" in d:
            err(f"{where}: variant key on {d['sku']}, which has no variants")
        if "candidates" in d:
            err(f"{where}: candidates on a line with a sku")
    q = d.get("quantity", "missing")
    if q == "missing":
        err(f"{where}: no quantity")
    elif q is not None and (not isinstance(q, (int, float)) or q <= 0):
        err(f"{where}: bad quantity {q}")


def is_open(d):
    q = d["quantity"]
    return (
        d["sku"] is None
        or ("variant" in d and d["variant"] is None)
        or q is None
        or (isinstance(q, float) and not q.is_integer())
    )


PHONE = re.compile(r"\+?\d[\d ]{8,}\d")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def drama(num):
    d = re.sub(r"\D", "", num)
    return d.startswith("447700900") or d.startswith("07700900") or d.startswith("02079460")


def main():
    cat, rows, hists = load()
    prods = check_catalog(cat)
    hmap = {h["customer"]: h for h in hists}
    # histories
    nlines = 0
    for h in hists:
        for k in ("customer", "name", "kind", "channel", "address", "language", "orders"):
            if k not in h:
                err(f"history {h.get('customer')}: missing {k}")
        a = h["address"]
        if "@" in a:
            if not a.endswith(".example"):
                err(f"history {h['customer']}: address not under .example")
        elif not drama(a):
            err(f"history {h['customer']}: address not a drama number")
        prev = ""
        for o in h["orders"]:
            if o["date"] <= "2028-01-01" or o["date"] <= prev:
                err(f"history {h['customer']}: bad date order {o['date']}")
            prev = o["date"]
            for l in o["lines"]:
                nlines += 1
                check_line(f"history {h['customer']} {o['date']}", l, prods)
                if l["sku"] is None or l["quantity"] is None or is_open(l):
                    err(f"history {h['customer']} {o['date']}: incomplete line {l}")
    # rows
    ids = [r.get("id") for r in rows]
    if ids != [f"jk{i:03d}" for i in range(1, len(rows) + 1)]:
        err("ids do not run jk001... without gaps")
    train = [e.lower() for p in cat["products"] for e in p["ai_training_examples"]]
    used = set()
    fig = collections.Counter()
    tags = collections.Counter()
    for r in rows:
        w = r["id"]
        for k in ("channel", "customer", "date", "language", "text", "intent", "lines", "tags", "notes"):
            if k not in r:
                err(f"{w}: missing {k}")
        if r["intent"] not in INTENTS:
            err(f"{w}: bad intent")
        if r["channel"] not in ("WHATSAPP", "SMS", "EMAIL"):
            err(f"{w}: bad channel")
        h = hmap.get(r["customer"])
        if h is None:
            err(f"{w}: unknown customer")
        elif h["orders"] and h["orders"][-1]["date"] >= r["date"]:
            err(f"{w}: history not before message date")
        if r["date"] <= "2028-01-01":
            err(f"{w}: date before 2028")
        tl = r["text"].lower()
        for e in train:
            if e in tl:
                err(f"{w}: training example inside text")
        for num in PHONE.findall(r["text"]):
            if len(re.sub(r"\D", "", num)) >= 10 and not drama(num):
                err(f"{w}: phone-like number not a drama number: {num}")
        for em in EMAIL.findall(r["text"]):
            if not em.endswith(".example"):
                err(f"{w}: e-mail not under .example: {em}")
        tags.update(r["tags"])
        notes = r["notes"].lower()
        has_h = ("lines_with_history" in r, "expect_review_with_history" in r)
        if has_h[0] != has_h[1]:
            err(f"{w}: history fields not together")
        if ("change_lines" in r) != (r["intent"] == "CHANGE"):
            err(f"{w}: change_lines only and always on CHANGE rows")
        for d in r.get("change_lines", []):
            check_line(f"{w} change", d, prods)
        if r["intent"] != "ORDER":
            if r["lines"] or "expect_review" in r or has_h[0]:
                err(f"{w}: non-ORDER row with lines or review fields")
            if "clean" in r["tags"]:
                err(f"{w}: clean on a non-order")
            continue
        if "expect_review" not in r:
            err(f"{w}: ORDER without expect_review")
            continue
        er = r["expect_review"]
        for d in r["lines"]:
            check_line(w, d, prods)
            if d["sku"]:
                used.add(d["sku"])
            for c in d.get("candidates", []):
                used.add(c)
            if is_open(d):
                if not er:
                    err(f"{w}: open line on a shippable row")
                if not any(p in notes for p in OPEN_PHRASES):
                    err(f"{w}: open line but notes lack the standard phrase")
        if "reference" in r["tags"] and not er:
            err(f"{w}: reference row not in review")
        if has_h[0]:
            lwh, erh = r["lines_with_history"], r["expect_review_with_history"]
            for d in lwh:
                check_line(f"{w} history", d, prods)
                if d["sku"]:
                    used.add(d["sku"])
                if is_open(d) and not erh:
                    err(f"{w}: open history line on a row shippable with history")
            if lwh == r["lines"] and erh == er:
                err(f"{w}: history fields that change nothing")
        outlier = "outlier" in r["tags"]
        if outlier:
            if er or not has_h[0] or not r["expect_review_with_history"]:
                err(f"{w}: outlier must be review false, with history true")
            ok = False
            for d in r["lines"]:
                m = max(
                    [
                        l["quantity"]
                        for o in h["orders"]
                        for l in o["lines"]
                        if l["sku"] == d["sku"] and l.get("variant") == d.get("variant")
                    ]
                    or [0]
                )
                if m and d["quantity"] >= 4 * m:
                    ok = True
            if not ok:
                err(f"{w}: outlier not 4x the largest earlier quantity")
        if ("clean" in r["tags"]) != (not er and not outlier):
            err(f"{w}: clean tag does not match the shippable non-outlier orders")
    # similarity
    texts = [(r["id"], r["text"]) for r in rows]
    best = (0, None, None)
    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            sm = difflib.SequenceMatcher(None, texts[i][1], texts[j][1], autojunk=False)
            if sm.real_quick_ratio() < best[0] or sm.quick_ratio() < best[0]:
                continue
            rt = sm.ratio()
            if rt > best[0]:
                best = (rt, texts[i][0], texts[j][0])
            if rt >= 0.7:
                err(f"{texts[i][0]} / {texts[j][0]}: difflib similarity {rt:.2f}")
    n = len(rows)
    clean = sum(1 for r in rows if "clean" in r["tags"])
    if n < 170:
        err(f"only {n} messages, want at least 170")
    if clean < 0.4 * n:
        err(f"clean {clean}/{n} below 40%")
    # figures
    orders = [r for r in rows if r["intent"] == "ORDER"]
    ic = collections.Counter(r["intent"] for r in rows)
    cc = collections.Counter(r["channel"] for r in rows)
    lc = collections.Counter(r["language"] for r in rows)
    lo = collections.Counter(r["language"] for r in orders)
    lines = [d for r in orders for d in r["lines"]]
    null = [d for d in lines if d["sku"] is None]
    amb = [d for d in null if "candidates" in d]
    withvar = [d for d in lines if d["sku"] and prods[d["sku"]]["variants"]]
    novar = [d for d in withvar if d["variant"] is None]
    nullq = [d for d in lines if d["quantity"] is None]
    ship = [r for r in orders if not r["expect_review"]]
    outl = [r for r in orders if "outlier" in r["tags"]]
    hrows = [r for r in orders if "lines_with_history" in r]
    to_ship = sum(1 for r in hrows if r["expect_review"] and not r["expect_review_with_history"])
    keep = sum(1 for r in hrows if r["expect_review"] and r["expect_review_with_history"])
    ship_h = sum(1 for r in orders if not r.get("expect_review_with_history", r["expect_review"]))
    print(f"messages {n}; intents " + ", ".join(f"{c} {k}" for k, c in ic.most_common()))
    print(
        f"ORDER share {len(orders) / n:.0%}; channels " + ", ".join(f"{c} {k}" for k, c in cc.most_common())
    )
    print(
        "languages "
        + ", ".join(f"{c} {k}" for k, c in lc.most_common())
        + f" ({sum(c for k, c in lo.items() if k != 'en')} ORDER not English)"
    )
    print(
        f"order lines {len(lines)}: {len(null)} null sku ({len(amb)} ambiguous with candidates, {len(null) - len(amb)} not in catalog), "
        f"{len(withvar)} of a product with variants ({len(novar)} with no variant), {len(nullq)} null quantity"
    )
    print(
        f"review: {len(ship)} ORDER shippable as written ({clean} clean + {len(outl)} outliers), {len(orders) - len(ship)} need a human; "
        f"clean {clean}/{n} = {clean / n:.1%}"
    )
    print(
        f"history: lines_with_history on {len(hrows)} rows: {to_ship} review->no review, {keep} keep review, {len(outl)} outliers; "
        f"with history {ship_h} of {len(orders)} orders shippable"
    )
    print(
        f"histories: {len(hists)} customers, {sum(len(h['orders']) for h in hists)} orders, {nlines} lines, "
        f"{min(o['date'] for h in hists for o in h['orders'])} to {max(o['date'] for h in hists for o in h['orders'])}"
    )
    print(
        f"catalog: {len(cat['categories'])} categories, {len(prods)} products, {sum(1 for p in prods.values() if p['variants'])} with "
        f"{sum(len(p['variants']) for p in prods.values())} variants; coverage {len(used & set(prods))}/{len(prods)}"
    )
    print(
        "units "
        + ", ".join(
            f"{k} {c}" for k, c in collections.Counter(p["unit"] for p in prods.values()).most_common()
        )
    )
    print("tags " + ", ".join(f"{k} {c}" for k, c in tags.most_common()))
    print(f"highest difflib similarity {best[0]:.2f} ({best[1]} / {best[2]})")
    missing = sorted(set(prods) - used)
    if missing:
        print("not covered: " + ", ".join(missing))
    if ERR:
        print(f"\nFAILED: {len(ERR)} problem(s)")
        for e in ERR:
            print(" -", e)
        sys.exit(1)
    print("OK: all checks pass")


if __name__ == "__main__":
    main()
