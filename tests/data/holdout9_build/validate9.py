# ruff: noqa  (hand-written data generator for the ninth blind set, kept as its writer left it)
"""Checks catalog9.json, holdout9.jsonl and histories9.jsonl (run after build9.py). Exit code 1 on any error."""

import collections
import difflib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # tests/data
ERR = []


def err(msg):
    ERR.append(msg)


def load():
    with open(os.path.join(HERE, "catalog9.json"), encoding="utf-8") as f:
        cat = json.load(f)
    rows, hist = [], []
    for name, dest in (("holdout9.jsonl", rows), ("histories9.jsonl", hist)):
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            for i, line in enumerate(f, 1):
                try:
                    dest.append(json.loads(line))
                except json.JSONDecodeError as e:
                    err(f"{name}:{i} invalid JSON: {e}")
    return cat, rows, hist


UNITS = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tray", "box", "tub"}
VTYPES = {"SIZE", "COLOR", "VOLUME", "WEIGHT"}
INTENTS = {"ORDER", "QUESTION", "COMPLAINT", "OTHER", "CHANGE", "CANCEL"}
PRICE = re.compile(r"^\d+\.\d\d$")


def check_catalog(cat):
    seen = set()
    for c in cat["categories"]:
        if c["parent"] is not None and c["parent"] not in seen:
            err(f"category {c['name']}: parent {c['parent']} not listed before it")
        seen.add(c["name"])
    prods = {}
    alias_owner = {}
    skus = set()
    for p in cat["products"]:
        if p["sku"] in skus:
            err(f"duplicate sku {p['sku']}")
        skus.add(p["sku"])
        prods[p["sku"]] = p
        if p["category"] not in seen:
            err(f"{p['sku']}: unknown category {p['category']}")
        if p["unit"] not in UNITS:
            err(f"{p['sku']}: unit {p['unit']}")
        if not PRICE.match(p["unit_price"]):
            err(f"{p['sku']}: price {p['unit_price']}")
        names = [a.lower() for a in p["aliases"]] + [
            a.lower() for v in p["variants"] for a in v["ai_aliases"]
        ]
        for a in set(names):
            if a in alias_owner:
                err(f"alias '{a}' shared by {alias_owner[a]} and {p['sku']}")
            alias_owner[a] = p["sku"]
        vn = set()
        for v in p["variants"]:
            if v["variant_type"] not in VTYPES:
                err(f"{p['sku']} variant {v['name']}: type {v['variant_type']}")
            if not PRICE.match(v["unit_price"]):
                err(f"{p['sku']} variant {v['name']}: price")
            if v["sku"] in skus:
                err(f"duplicate variant sku {v['sku']}")
            skus.add(v["sku"])
            if v["name"] in vn:
                err(f"{p['sku']}: duplicate variant name {v['name']}")
            vn.add(v["name"])
        if not p.get("ai_training_examples"):
            err(f"{p['sku']}: no training examples")
    return prods


def check_line(where, l, prods, allow_null=True):
    sku = l.get("sku")
    if sku is None:
        if not allow_null:
            err(f"{where}: null sku not allowed here")
        if "variant" in l:
            err(f"{where}: variant on a null-sku line")
        if "candidates" in l:
            if len(l["candidates"]) < 2:
                err(f"{where}: fewer than 2 candidates")
            for c in l["candidates"]:
                if c not in prods:
                    err(f"{where}: unknown candidate {c}")
        return
    if sku not in prods:
        err(f"{where}: unknown sku {sku}")
        return
    if "candidates" in l:
        err(f"{where}: candidates on a resolved line")
    p = prods[sku]
    if p["variants"]:
        if "variant" not in l:
            err(f"{where}: {sku} has variants but the line has no variant key")
        elif l["variant"] is not None and l["variant"] not in {v["name"] for v in p["variants"]}:
            err(f"{where}: {sku} unknown variant {l['variant']}")
    elif "variant" in l:
        err(f"{where}: variant key on {sku}, which has no variants")
    q = l.get("quantity")
    if q is not None and (not isinstance(q, (int, float)) or q <= 0):
        err(f"{where}: bad quantity {q}")


def is_open(lines, prods):
    return any(
        l["sku"] is None
        or l["quantity"] is None
        or (prods[l["sku"]]["variants"] and l.get("variant") is None)
        for l in lines
    )


def main():
    cat, rows, hist = load()
    prods = check_catalog(cat)
    H = {h["customer"]: h for h in hist}
    if len(H) != len(hist):
        err("duplicate customer in histories")
    # histories
    for h in hist:
        dates = [o["date"] for o in h["orders"]]
        if dates != sorted(dates):
            err(f"{h['customer']}: orders not oldest first")
        for o in h["orders"]:
            for l in o["lines"]:
                check_line(f"history {h['customer']} {o['date']}", l, prods, allow_null=False)
                if l["quantity"] is None:
                    err(f"history {h['customer']}: null quantity")
    # messages
    ids = set()
    texts = [r["text"] for r in rows]
    lowtexts = [t.lower() for t in texts]
    for r in rows:
        w = r.get("id")
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
                err(f"{w}: missing {k}")
        if w in ids:
            err(f"duplicate id {w}")
        ids.add(w)
        if r["intent"] not in INTENTS:
            err(f"{w}: intent {r['intent']}")
        if r["channel"] not in ("WHATSAPP", "SMS", "EMAIL"):
            err(f"{w}: channel")
        if r["customer"] not in H:
            err(f"{w}: customer {r['customer']} has no history entry")
        else:
            for o in H[r["customer"]]["orders"]:
                if o["date"] >= r["date"]:
                    err(f"{w}: history order {o['date']} not before message date {r['date']}")
        if r["intent"] != "ORDER":
            if r["lines"]:
                err(f"{w}: non-ORDER with lines")
            if "expect_review" in r:
                err(f"{w}: expect_review on a non-ORDER row")
        else:
            if "expect_review" not in r:
                err(f"{w}: ORDER without expect_review")
            for i, l in enumerate(r["lines"]):
                check_line(f"{w} line {i}", l, prods)
            if is_open(r["lines"], prods) and not r.get("expect_review"):
                err(f"{w}: a null sku/quantity/variant line but expect_review is not true")
            if (
                any(l["sku"] is None and "candidates" in l for l in r["lines"])
                and "ambiguous" not in r["notes"]
            ):
                err(f"{w}: ambiguous line without 'ambiguous' in notes")
            if (
                any(l["sku"] is None and "candidates" not in l for l in r["lines"])
                and "not in catalog" not in r["notes"]
            ):
                err(f"{w}: not-in-catalog line without note")
            if any(l["quantity"] is None for l in r["lines"]) and "quantities not stated" not in r["notes"]:
                err(f"{w}: null quantity without note")
            if not r["lines"] and not r["expect_review"]:
                err(f"{w}: ORDER with no lines must be reviewed")
            if "lines_with_history" in r:
                for i, l in enumerate(r["lines_with_history"]):
                    check_line(f"{w} lwh {i}", l, prods)
                if "expect_review_with_history" not in r:
                    err(f"{w}: lines_with_history without expect_review_with_history")
                elif is_open(r["lines_with_history"], prods) and not r["expect_review_with_history"]:
                    err(f"{w}: open line with history but expect_review_with_history false")
                if not H[r["customer"]]["orders"]:
                    err(f"{w}: history labels for a customer with no orders")
        if r["intent"] == "CHANGE":
            if "change_lines" not in r:
                err(f"{w}: CHANGE without change_lines")
            for i, l in enumerate(r.get("change_lines", [])):
                check_line(f"{w} change {i}", l, prods, allow_null=False)
    # training examples never inside a message
    for p in cat["products"]:
        for ex in p["ai_training_examples"]:
            for r, t in zip(rows, lowtexts):
                if ex.lower() in t:
                    err(f"training example '{ex}' of {p['sku']} occurs in {r['id']}")
    # similarity
    best = (0.0, None, None)
    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            sm = difflib.SequenceMatcher(None, texts[i], texts[j])
            if sm.real_quick_ratio() <= best[0] or sm.quick_ratio() <= best[0]:
                continue
            ratio = sm.ratio()
            if ratio > best[0]:
                best = (ratio, rows[i]["id"], rows[j]["id"])
    if best[0] >= 0.7:
        err(f"texts {best[1]} and {best[2]} too similar ({best[0]:.2f})")

    # usual baskets
    def key(lines):
        return tuple(sorted((l["sku"], l.get("variant") or "", l["quantity"]) for l in lines))

    styles = collections.Counter()
    for h in hist:
        c = collections.Counter(key(o["lines"]) for o in h["orders"])
        if not h["orders"]:
            styles["new"] += 1
            continue
        top = c.most_common()
        if top[0][1] >= 2 and (len(top) == 1 or top[1][1] < top[0][1]):
            usual = top[0][0]
            styles["steady" if key(h["orders"][-1]["lines"]) == usual else "regular"] += 1
        else:
            styles["no usual basket"] += 1
    # stats
    S = collections.Counter
    orders = [r for r in rows if r["intent"] == "ORDER"]
    lines = [l for r in orders for l in r["lines"]]
    print(f"messages {len(rows)}  intents {dict(S(r['intent'] for r in rows))}")
    print(f"channels {dict(S(r['channel'] for r in rows))}  languages {dict(S(r['language'] for r in rows))}")
    print(f"non-English ORDER {sum(1 for r in orders if r['language'] != 'en')}")
    print(
        f"order lines {len(lines)}: null sku {sum(1 for l in lines if l['sku'] is None)} "
        f"(ambiguous {sum(1 for l in lines if l['sku'] is None and 'candidates' in l)}, not in catalog "
        f"{sum(1 for l in lines if l['sku'] is None and 'candidates' not in l)}), of a product with variants "
        f"{sum(1 for l in lines if l['sku'] and prods[l['sku']]['variants'])} (no variant "
        f"{sum(1 for l in lines if l['sku'] and prods[l['sku']]['variants'] and l['variant'] is None)}), "
        f"null quantity {sum(1 for l in lines if l['quantity'] is None)}"
    )
    clean = sum(1 for r in orders if not r["expect_review"])
    print(f"review: {clean} ORDER clean ({clean / len(orders):.0%}), {len(orders) - clean} expect_review")
    wh = [r for r in orders if "lines_with_history" in r]
    print(
        f"with history: {len(wh)} rows carry lines_with_history; review->no review "
        f"{sum(1 for r in wh if r['expect_review'] and not r['expect_review_with_history'])}, stays review "
        f"{sum(1 for r in wh if r['expect_review'] and r['expect_review_with_history'])}, no review->review "
        f"{sum(1 for r in wh if not r['expect_review'] and r['expect_review_with_history'])}; shippable with "
        f"history {sum(1 for r in orders if not r.get('expect_review_with_history', r['expect_review']))}"
        f"/{len(orders)}"
    )
    print(f"tags {dict(S(t for r in rows for t in r['tags']).most_common())}")
    used = {l["sku"] for r in orders for l in r["lines"] + r.get("lines_with_history", []) if l["sku"]}
    used |= {c for r in orders for l in r["lines"] for c in l.get("candidates", [])}
    used |= {l["sku"] for r in rows for l in r.get("change_lines", [])}
    print(
        f"catalog: {len(cat['categories'])} categories, {len(prods)} products, "
        f"{sum(1 for p in prods.values() if p['variants'])} with {sum(len(p['variants']) for p in prods.values())} "
        f"variants; units {dict(S(p['unit'] for p in prods.values()))}; products in a label or candidate "
        f"{len(used)}"
    )
    ho = [o for h in hist for o in h["orders"]]
    print(
        f"histories: {len(hist)} customers {dict(styles)}, {len(ho)} orders, "
        f"{sum(len(o['lines']) for o in ho)} lines, {min(o['date'] for o in ho)} to {max(o['date'] for o in ho)}; "
        f"messages {min(r['date'] for r in rows)} to {max(r['date'] for r in rows)}"
    )
    print(f"max difflib similarity {best[0]:.2f} ({best[1]}, {best[2]})")
    if ERR:
        print(f"\n{len(ERR)} ERRORS")
        for e in ERR:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
