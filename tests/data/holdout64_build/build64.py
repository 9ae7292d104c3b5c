# ruff: noqa  (hand-written data generator of blind set 64, kept as its writer left it)
"""Write catalog64.json, holdout64.jsonl and histories64.jsonl.

Usage: python3 build64.py [output-directory]   (default: the parent folder, /work/coord/blind64/)

Fixed seeds and no set iteration, so the bytes are the same under any PYTHONHASHSEED. The history-dependent
fields are derived here from the generated histories by the rules of the README section, never by running
the system.
"""

import datetime
import json
import os
import random
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import cat64  # noqa: E402
import cust64  # noqa: E402
import msgs64  # noqa: E402

MSG_START = datetime.date(2028, 7, 31)
MSG_DAYS = 7
ID_PREFIX = "cn"
SHUFFLE_SEED = 6464

CJK = re.compile(r"[\u4e00-\u9fff]")


# ----------------------------------------------------------------------------------------------- catalog
def build_catalog():
    cats = [dict(name=n, parent=p, ai_keywords=list(k)) for n, p, k in cat64.CATEGORIES]
    products = []
    for sku, name, cat, unit, price, aliases, keywords, variants in cat64.PRODUCTS:
        zh = next((a for a in aliases if CJK.search(a)), aliases[0])
        examples = [
            "Put %s on our standing weekly list" % name,
            "仓库每周补货单里加上%s这一项" % zh,
        ]
        products.append(
            dict(
                sku=sku,
                name=name,
                category=cat,
                unit=unit,
                unit_price=price,
                aliases=list(aliases),
                keywords=list(keywords),
                ai_training_examples=examples,
                variants=[
                    dict(name=vn, variant_type=vt, sku=vs, unit_price=vp, ai_aliases=list(va))
                    for vn, vt, vs, vp, va in variants
                ],
            )
        )
    return dict(currency=cat64.CURRENCY, categories=cats, products=products)


PRODUCTS = {p[0]: p for p in cat64.PRODUCTS}


def has_variants(sku):
    return bool(PRODUCTS[sku][7])


def variant_names(sku):
    return [v[0] for v in PRODUCTS[sku][7]]


# ----------------------------------------------------------------------------------------------- lines
def line_json(sku, variant, qty, cands=None, cv=None):
    d = {"sku": sku}
    if sku is not None and has_variants(sku):
        d["variant"] = variant
    d["quantity"] = qty
    if cands is not None:
        d["candidates"] = list(cands)
        if cv is not None:
            d["candidate_variant"] = cv
    return d


def plain_line(spec):
    k = spec["kind"]
    if k == "sku":
        sku = spec["sku"]
        if has_variants(sku):
            assert spec["v"] is not msgs64._UNSET, "variant missing on %s" % sku
            if spec["v"] is not None:
                assert spec["v"] in variant_names(sku), (sku, spec["v"])
            return line_json(sku, spec["v"], spec["qty"])
        assert spec["v"] is msgs64._UNSET, "variant given on %s" % sku
        return line_json(sku, None, spec["qty"])
    if k == "family":
        return line_json(None, None, spec["qty"], spec["cands"], spec["cv"])
    return line_json(None, None, spec["qty"])


def is_open(d):
    if d["sku"] is None or d["quantity"] is None:
        return True
    if "variant" in d and d["variant"] is None:
        return True
    q = d["quantity"]
    return q != int(q)


def norm(lines):
    out = []
    for d in lines:
        out.append(
            (
                d["sku"] or "",
                d.get("variant", "<none>") or "",
                d["quantity"],
                tuple(d.get("candidates", ())),
                d.get("candidate_variant") or "",
            )
        )
    return sorted(out, key=repr)


# ----------------------------------------------------------------------------------------------- history
def usual_basket(orders):
    if not orders:
        return None
    cnt = Counter(tuple(o["lines"]) for o in orders)
    ranked = cnt.most_common()
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    if ranked[0][1] < 2:
        return None
    return [list(x) for x in ranked[0][0]]


def resolve(spec, bought):
    """Resolve one label line with the customer's history. Returns (resolved?, (sku, variant, qty) or json)."""
    k = spec["kind"]
    if k == "family":
        hits = [c for c in spec["cands"] if c in bought]
        if len(hits) == 1:
            sku = hits[0]
            if has_variants(sku):
                if spec["cv"] is not None and spec["cv"] in variant_names(sku):
                    return True, (sku, spec["cv"], spec["qty"])
                vs = sorted(bought[sku])
                if len(vs) == 1:
                    return True, (sku, vs[0], spec["qty"])
                return False, line_json(sku, None, spec["qty"])
            return True, (sku, None, spec["qty"])
        return False, plain_line(spec)
    if k == "sku":
        sku = spec["sku"]
        if has_variants(sku) and spec["v"] is None:
            if not spec["nofill"]:
                vs = sorted(bought.get(sku, []))
                if len(vs) == 1:
                    return True, (sku, vs[0], spec["qty"])
            return False, plain_line(spec)
        return True, (sku, None if not has_variants(sku) else spec["v"], spec["qty"])
    return False, plain_line(spec)


def history_fields(m, row, orders):
    """Return (lines_with_history, expect_review_with_history) or None."""
    if m["intent"] != "ORDER" or m["nohist"]:
        return None
    specs = m["lines"]
    if any(s["kind"] == "nic" for s in specs):
        return None
    if any(s["qty"] is None or s["qty"] != int(s["qty"]) for s in specs):
        return None
    if m["outlier"]:
        return [dict(d) for d in row["lines"]], True
    bought = {}
    for o in orders:
        for sku, variant, qty in o["lines"]:
            bought.setdefault(sku, set())
            if variant is not None:
                bought[sku].add(variant)
    resolved = [(s, resolve(s, bought)) for s in specs]
    if m["ref"]:
        if m["ref"] == "first" or not orders:
            return None
        base = usual_basket(orders) if m["ref"] == "usual" else [list(x) for x in orders[-1]["lines"]]
        if base is None:
            return None
        basket = [b for b in base if b[0] not in m["remove"]]
        extra_open = []
        for s, (ok, val) in resolved:
            if not ok:
                extra_open.append(val)
                continue
            sku, variant, qty = val
            hit = next((b for b in basket if b[0] == sku and b[1] == variant), None)
            if s.get("role") == "set":
                if hit is not None:
                    hit[2] = qty
                else:
                    basket.append([sku, variant, qty])
            else:
                if hit is not None:
                    hit[2] = hit[2] + qty
                else:
                    basket.append([sku, variant, qty])
        for b in basket:
            if b[0] in m["double"]:
                b[2] = b[2] * 2
        lines_h = [line_json(b[0], b[1], b[2]) for b in basket] + extra_open
    else:
        lines_h = []
        for s, (ok, val) in resolved:
            lines_h.append(line_json(val[0], val[1], val[2]) if ok else val)
    review_h = any(is_open(d) for d in lines_h)
    if norm(lines_h) == norm(row["lines"]) and review_h == row["expect_review"]:
        return None
    return lines_h, review_h


# ----------------------------------------------------------------------------------------------- notes
def ensure_phrase(notes, present, phrase_sentence, *phrases):
    low = notes.lower()
    if present and not any(p in low for p in phrases):
        notes = (notes + " " if notes else "") + phrase_sentence
    return notes


def build_rows(histories):
    custs = {c["key"]: c for c in cust64.CUSTOMERS}
    per_cust = Counter(m["cust"] for m in msgs64.MESSAGES)
    seen = Counter()
    rows = []
    for m in msgs64.MESSAGES:
        c = custs[m["cust"]]
        i = seen[m["cust"]]
        seen[m["cust"]] += 1
        day = (i * MSG_DAYS) // per_cust[m["cust"]]
        date = (MSG_START + datetime.timedelta(days=day)).isoformat()
        lang = m["lang"] or c["language"]
        row = dict(
            id=None,
            channel=m["ch"] or c["channel"],
            customer=c["key"],
            date=date,
            language=lang,
            text=m["text"],
            intent=m["intent"],
        )
        lines = [plain_line(s) for s in m["lines"]]
        if m["intent"] != "ORDER":
            assert not lines
        row["lines"] = lines
        tags = list(m["tags"])
        notes = m["notes"]
        if m["intent"] == "ORDER":
            review = bool(m["review"]) or bool(m["ref"]) or any(is_open(d) for d in lines)
            row["expect_review"] = review
            fam = any(d["sku"] is None and "candidates" in d for d in lines)
            nvar = any("variant" in d and d["variant"] is None for d in lines)
            nic = any(d["sku"] is None and "candidates" not in d for d in lines)
            nq = any(d["quantity"] is None for d in lines)
            notes = ensure_phrase(notes, fam or nvar, "Marked ambiguous for a human.", "ambiguous")
            notes = ensure_phrase(notes, nic, "Not in catalog.", "not in catalog")
            notes = ensure_phrase(
                notes,
                nq,
                "Quantities not stated.",
                "quantities not stated",
                "not a whole number",
                "ambiguous",
            )
            if fam:
                tags.append("family")
            if any(d["sku"] is not None and has_variants(d["sku"]) for d in lines):
                tags.append("variant")
            if nic:
                tags.append("not_in_catalog")
            if m["ref"]:
                tags.append("reference")
            if m["outlier"]:
                tags.append("outlier")
            hf = history_fields(m, row, histories[c["key"]])
            if hf is not None:
                row["lines_with_history"], row["expect_review_with_history"] = hf
            if not review and not m["outlier"]:
                tags.append("clean")
        else:
            tags.append(m["intent"].lower())
        if m["intent"] == "CHANGE":
            row["change_lines"] = [plain_line(s) for s in m["change"]]
        if lang != "en":
            tags.append("multilingual")
        row["notes"] = notes
        row["tags"] = sorted(set(tags))
        rows.append(row)
    order = list(range(len(rows)))
    random.Random(SHUFFLE_SEED).shuffle(order)
    out = []
    for n, idx in enumerate(order, 1):
        r = rows[idx]
        r["id"] = "%s%03d" % (ID_PREFIX, n)
        out.append(r)
    return out


def build_histories():
    gen = cust64.generate(has_variants)
    out = []
    for c in cust64.CUSTOMERS:
        orders = []
        for o in gen[c["key"]]:
            orders.append(dict(date=o["date"], lines=[line_json(s, v, q) for s, v, q in o["lines"]]))
        out.append(
            dict(
                customer=c["key"],
                name=c["name"],
                kind=c["kind"],
                channel=c["channel"],
                address=c["address"],
                language=c["language"],
                orders=orders,
            )
        )
    return gen, out


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
    os.makedirs(outdir, exist_ok=True)
    catalog = build_catalog()
    gen, hist = build_histories()
    rows = build_rows(gen)
    with open(os.path.join(outdir, "catalog64.json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(catalog, ensure_ascii=False, indent=2) + "\n")
    with open(os.path.join(outdir, "histories64.jsonl"), "w", encoding="utf-8") as f:
        for h in hist:
            f.write(json.dumps(h, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "holdout64.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(
        "wrote %d products, %d customers, %d messages to %s"
        % (len(catalog["products"]), len(hist), len(rows), outdir)
    )


if __name__ == "__main__":
    main()
