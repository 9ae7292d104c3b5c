# ruff: noqa  (hand-written data generator of blind set 62, kept as its writer left it)
#!/usr/bin/env python3
"""Rebuild catalog62.json, histories62.jsonl and holdout62.jsonl of the sixty-second blind set.

Usage: python3 build62.py [OUTPUT_DIR]
Without an argument the files are written next to this folder's parent (the folder that holds
holdout62_build/). Fixed seeds, no set iteration in the output: two runs, also under different
PYTHONHASHSEEDs, give the same bytes.

Labels come from msgs62.py (hand-written). This script only
  - adds the standard note phrases ("ambiguous", "not in catalog", "quantities not stated") where needed,
  - sets expect_review from the lines and flags, and `clean` on every shippable non-outlier order,
  - adds the intent, script, multilingual, family, variant, not_in_catalog, reference and outlier tags,
  - assigns ids (bd001...) after a fixed-seed shuffle and dates (per customer, in message order),
  - derives lines_with_history / expect_review_with_history from the generated histories by fixed rules.
"""

import collections
import datetime
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import cat62  # noqa: E402
import cust62  # noqa: E402
import msgs62  # noqa: E402

FIRST_DAY = datetime.date(2028, 8, 14)
SHUFFLE_SEED = 6202

PRODUCTS = {p["sku"]: p for p in cat62.PRODUCTS}


def has_variants(sku):
    return bool(PRODUCTS[sku]["variants"])


def variant_names(sku):
    return [v["name"] for v in PRODUCTS[sku]["variants"]]


# ------------------------------------------------------------------------------------------------ catalog
def build_catalog():
    cats = [
        {"name": n, "parent": p, "ai_keywords": list(cat62.CATEGORY_KEYWORDS.get(n, [n.lower()]))}
        for n, p in cat62.CATEGORIES
    ]
    prods = []
    for p in cat62.PRODUCTS:
        q = {"sku": p["sku"], "name": p["name"], "category": p["category"], "unit": p["unit"]}
        if p["variants"]:
            q["unit_price"] = min((v["unit_price"] for v in p["variants"]), key=lambda s: float(s))
        else:
            q["unit_price"] = p["unit_price"]
        q["aliases"] = list(p["aliases"])
        q["keywords"] = list(p["keywords"])
        q["ai_training_examples"] = list(p["ai_training_examples"])
        q["variants"] = [
            {
                "name": v["name"],
                "variant_type": v["variant_type"],
                "sku": v["sku"],
                "unit_price": v["unit_price"],
                "ai_aliases": list(v["ai_aliases"]),
            }
            for v in p["variants"]
        ]
        prods.append(q)
    return {"currency": cat62.CURRENCY, "categories": cats, "products": prods}


# ------------------------------------------------------------------------------------------------ lines
def clean_line(l):
    d = {"sku": l["sku"]}
    if "variant" in l:
        d["variant"] = l["variant"]
    d["quantity"] = l["quantity"]
    if "candidates" in l:
        d["candidates"] = list(l["candidates"])
    if "candidate_variant" in l:
        d["candidate_variant"] = l["candidate_variant"]
    return d


def is_open(l):
    if l["sku"] is None or l["quantity"] is None:
        return True
    if "variant" in l and l["variant"] is None:
        return True
    if isinstance(l["quantity"], float) and l["quantity"] != int(l["quantity"]):
        return True
    return False


def bought_map(orders):
    m = collections.OrderedDict()
    for o in orders:
        for l in o["lines"]:
            m.setdefault(l["sku"], [])
            v = l.get("variant")
            if v not in m[l["sku"]]:
                m[l["sku"]].append(v)
    return m


def resolve(l, bought):
    """Resolve one plain (uncleaned) line with the customer's history. Returns a cleaned line."""
    if l["sku"] is None and "candidates" in l:
        c = [s for s in l["candidates"] if s in bought]
        if len(c) != 1:
            return clean_line(l)
        s = c[0]
        d = {"sku": s}
        if has_variants(s):
            cv = l.get("candidate_variant")
            if cv is not None:
                d["variant"] = cv if cv in variant_names(s) else None
            else:
                vs = bought[s]
                d["variant"] = vs[0] if len(vs) == 1 else None
        d["quantity"] = l["quantity"]
        return d
    if l["sku"] is not None and has_variants(l["sku"]) and l.get("variant") is None and not l.get("_nofill"):
        vs = bought.get(l["sku"], [])
        d = clean_line(l)
        if len(vs) == 1:
            d["variant"] = vs[0]
        return d
    return clean_line(l)


def basket_key(lines):
    return tuple((l["sku"], l.get("variant"), l["quantity"]) for l in lines)


def usual_basket(orders):
    if not orders:
        return None
    cnt = collections.Counter(basket_key(o["lines"]) for o in orders)
    top = cnt.most_common()
    if top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    for o in orders:
        if basket_key(o["lines"]) == top[0][0]:
            return [dict(l) for l in o["lines"]]
    return None


def apply_ref(ref, orders, bought):
    if ref["base"] == "usual":
        base = usual_basket(orders)
    else:
        base = [dict(l) for l in orders[-1]["lines"]] if orders else None
    if base is None:
        return None
    basket = [dict(l) for l in base]
    basket = [l for l in basket if l["sku"] not in ref["remove"]]
    for raw in ref["set"]:
        r = resolve(raw, bought)
        if is_open(r):
            basket.append(r)
            continue
        hit = [l for l in basket if l["sku"] == r["sku"] and l.get("variant") == r.get("variant")]
        if hit:
            for l in hit:
                l["quantity"] = r["quantity"]
        else:
            basket.append(r)
    for raw in ref["add"]:
        r = resolve(raw, bought)
        if is_open(r):
            basket.append(r)
            continue
        hit = [l for l in basket if l["sku"] == r["sku"] and l.get("variant") == r.get("variant")]
        if hit:
            hit[0]["quantity"] = hit[0]["quantity"] + r["quantity"]
        else:
            basket.append(r)
    for sku in ref["double"]:
        for l in basket:
            if l["sku"] == sku:
                l["quantity"] = l["quantity"] * 2
    return [clean_line(l) for l in basket]


# ------------------------------------------------------------------------------------------------ messages
BENGALI = re.compile(r"[\u0980-\u09FF]")
DEVANAGARI = re.compile(r"[\u0900-\u097F]")
INTENT_TAG = {
    "QUESTION": "question",
    "COMPLAINT": "complaint",
    "OTHER": "other",
    "CANCEL": "cancel",
    "CHANGE": "change",
}
FIELD_ORDER = [
    "id",
    "channel",
    "customer",
    "date",
    "language",
    "text",
    "intent",
    "lines",
    "notes",
    "expect_review",
    "lines_with_history",
    "expect_review_with_history",
    "change_lines",
    "tags",
]


def add_phrase(notes, phrase):
    if phrase in notes:
        return notes
    return (notes + "; " + phrase) if notes else phrase


def build_rows(hist_by_customer):
    msgs = msgs62.MESSAGES
    # dates: per customer in message order, spread over the week
    per_cust = collections.defaultdict(list)
    for i, m in enumerate(msgs):
        per_cust[m["customer"]].append(i)
    date_of = {}
    for c, idxs in per_cust.items():
        k = len(idxs)
        for j, i in enumerate(idxs):
            date_of[i] = (FIRST_DAY + datetime.timedelta(days=(j * 7) // k)).isoformat()

    rows = []
    for i, m in enumerate(msgs):
        cust = cust62.BY_KEY[m["customer"]]
        orders = hist_by_customer[m["customer"]]
        bought = bought_map(orders)
        lang = m.get("lang", cust["language"])
        text = m["text"]
        intent = m["intent"]
        raw = m["lines"]
        lines = [clean_line(l) for l in raw]
        notes = m["notes"]
        tags = list(m["tags"])
        row = {
            "channel": m.get("channel", cust["channel"]),
            "customer": m["customer"],
            "date": date_of[i],
            "language": lang,
            "text": text,
            "intent": intent,
            "lines": lines,
        }
        if intent != "ORDER":
            assert not lines, text
        # note phrases
        if any(l["sku"] is None and "candidates" in l for l in raw) or any(
            l["sku"] is not None and "variant" in l and l["variant"] is None for l in raw
        ):
            notes = add_phrase(notes, "ambiguous")
        if any("_nic" in l for l in raw):
            notes = add_phrase(notes, "not in catalog: " + ", ".join(l["_nic"] for l in raw if "_nic" in l))
        if any(l["quantity"] is None for l in raw) and "not a whole number" not in notes:
            notes = add_phrase(notes, "quantities not stated")
        if m.get("ref") and "reference" not in notes:
            notes = add_phrase(notes, "reference to earlier orders")
        row["notes"] = notes
        outlier = bool(m.get("outlier"))
        if intent == "ORDER":
            review = bool(m.get("review")) or bool(m.get("ref")) or any(is_open(l) for l in lines)
            if outlier:
                assert not review
            row["expect_review"] = review
            # history
            lwh, erwh = None, None
            blocked = (
                m.get("nohist") or any("_nic" in l for l in raw) or any(l["quantity"] is None for l in raw)
            )
            if outlier:
                lwh, erwh = [dict(l) for l in lines], True
            elif m.get("ref"):
                if not blocked:
                    res = apply_ref(m["ref"], orders, bought)
                    if res is not None:
                        lwh = res
                        erwh = any(is_open(l) for l in res) or bool(m.get("review"))
            elif not blocked:
                res = [resolve(l, bought) for l in raw]
                rv = any(is_open(l) for l in res) or bool(m.get("review"))
                if res != lines or rv != review:
                    lwh, erwh = res, rv
            if lwh is not None:
                row["lines_with_history"] = lwh
                row["expect_review_with_history"] = erwh
        if intent == "CHANGE":
            row["change_lines"] = [clean_line(l) for l in m["change_lines"]]
        else:
            assert "change_lines" not in m, text
        # tags
        auto = []
        if intent in INTENT_TAG:
            auto.append(INTENT_TAG[intent])
        if intent == "ORDER" and not row["expect_review"] and not outlier:
            auto.append("clean")
        if lang != "en":
            auto.append("multilingual")
        if BENGALI.search(text):
            auto.append("bengali_script")
        elif DEVANAGARI.search(text):
            auto.append("devanagari")
        elif lang == "bn":
            auto.append("banglish")
        elif lang in ("hi", "ur", "ne"):
            auto.append("romanised")
        all_lines = list(raw) + list(m.get("change_lines", []))
        if m.get("ref"):
            all_lines += list(m["ref"]["set"]) + list(m["ref"]["add"])
        if any(l["sku"] is None and "candidates" in l for l in all_lines):
            auto.append("family")
        if any(
            (l["sku"] is not None and has_variants(l["sku"])) or "candidate_variant" in l for l in all_lines
        ):
            auto.append("variant")
        if any("_nic" in l for l in raw):
            auto.append("not_in_catalog")
        if m.get("ref"):
            auto.append("reference")
        if outlier:
            auto.append("outlier")
        out_tags = []
        for t in tags + auto:
            if t not in out_tags:
                out_tags.append(t)
        row["tags"] = out_tags
        rows.append(row)

    order = list(range(len(rows)))
    random.Random(SHUFFLE_SEED).shuffle(order)
    out = []
    for n, i in enumerate(order, 1):
        r = dict(rows[i])
        r["id"] = "bd%03d" % n
        out.append({k: r[k] for k in FIELD_ORDER if k in r})
    return out


def main(argv):
    outdir = os.path.abspath(argv[1]) if len(argv) > 1 else os.path.dirname(HERE)
    os.makedirs(outdir, exist_ok=True)
    catalog = build_catalog()
    hist = cust62.histories()
    hist_by = {h["customer"]: h["orders"] for h in hist}
    rows = build_rows(hist_by)
    with open(os.path.join(outdir, "catalog62.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(catalog, ensure_ascii=False, indent=2) + "\n")
    with open(os.path.join(outdir, "histories62.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for h in hist:
            f.write(json.dumps(h, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "holdout62.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(
        "wrote %d products, %d customers, %d messages to %s"
        % (len(catalog["products"]), len(hist), len(rows), outdir)
    )


if __name__ == "__main__":
    main(sys.argv)
