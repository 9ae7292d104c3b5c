# ruff: noqa  (hand-written data generator for the eleventh blind set, kept as its writer left it)
"""Rewrites catalog11.json, histories11.jsonl and holdout11.jsonl identically (fixed seeds).

usage: /usr/bin/python3 build11.py [outdir]   (default: the folder above this one)

History-dependent labels are derived from the generated histories by these rules (never by running a system):
- a family line (null sku with candidates) is resolved when exactly one candidate is in the customer's earlier
  orders; it gets the variant named in the text (candidate_variant) or, failing that, the only variant of that
  product the customer has bought; its quantity is the stated one or, where the quantity depended on the product,
  the one for the resolved product;
- a missing variant is filled when the customer has bought exactly one variant of the product;
- "the usual" is the customer's unique most frequent exact basket, "same as last week/Monday/time" the last order;
  removals, new quantities, additions (added to the same line), multiplications and variant swaps are applied;
  first-time customers and customers with no unique usual basket stay unresolved (no history fields);
- not-in-catalog lines, null quantities and variants the catalog lacks stay open;
- an outlier (>= 4 x the customer's largest earlier quantity, no reason given) is review with history.
"""

import collections
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import cat11  # noqa: E402
import cust11  # noqa: E402
import msgs11  # noqa: E402

SHUFFLE_SEED = 1111
CHANNEL_DEFAULT = {k: c["channel"] for k, c in cust11.CUSTOMERS.items()}


def product_index(catalog):
    return {p["sku"]: p for p in catalog["products"]}


def has_variants(products, sku):
    return bool(products[sku]["variants"])


def line_key(l):
    return (l["sku"], l.get("variant"))


def basket_lines(order):
    return [dict(l) for l in order["lines"]]


def usual_basket(orders):
    if not orders:
        return None
    counts = collections.Counter(json.dumps(sorted(map(line_key_q, o["lines"]))) for o in orders)
    top = counts.most_common()
    if len(top) > 1 and top[0][1] == top[1][1]:
        return None
    if top[0][1] < 2:
        return None
    for o in orders:
        if json.dumps(sorted(map(line_key_q, o["lines"]))) == top[0][0]:
            return o
    return None


def line_key_q(l):
    return [l["sku"], l.get("variant") or "", l["quantity"]]


def hist_info(orders):
    skus = set()
    variants = collections.defaultdict(set)
    maxq = collections.defaultdict(float)
    for o in orders:
        for l in o["lines"]:
            skus.add(l["sku"])
            if "variant" in l:
                variants[l["sku"]].add(l["variant"])
            maxq[l["sku"]] = max(maxq[l["sku"]], l["quantity"])
    return skus, variants, maxq


def clean_line(l):
    return {k: v for k, v in l.items() if not k.startswith("_")}


def resolve_line(l, products, skus, variants):
    l = dict(l)
    if l["sku"] is None:
        if "candidates" not in l or l.get("_nohist"):
            return clean_line(l)
        inter = [c for c in l["candidates"] if c in skus]
        if len(inter) != 1:
            return clean_line(l)
        s = inter[0]
        out = {"sku": s}
        if has_variants(products, s):
            names = {v["name"] for v in products[s]["variants"]}
            if l.get("candidate_variant") in names:
                out["variant"] = l["candidate_variant"]
            elif len(variants[s]) == 1:
                out["variant"] = next(iter(variants[s]))
            else:
                out["variant"] = None
        q = l["quantity"]
        if q is None and l.get("_qty_by"):
            q = l["_qty_by"].get(s)
        out["quantity"] = q
        return out
    if has_variants(products, l["sku"]) and l.get("variant") is None and not l.get("_nohist"):
        if len(variants[l["sku"]]) == 1:
            l["variant"] = next(iter(variants[l["sku"]]))
    return clean_line(l)


def apply_ref(base, ref, products):
    lines = [dict(l) for l in base]

    def find(sku, var):
        for l in lines:
            if l["sku"] == sku and l.get("variant") == var:
                return l
        return None

    def new(sku, var, q):
        d = {"sku": sku}
        if has_variants(products, sku):
            d["variant"] = var
        d["quantity"] = q
        return d

    for sku, var in ref.get("remove", []):
        l = find(sku, var)
        assert l is not None, ("remove of a line not in the basket", sku, var)
        lines.remove(l)
    for sku, var, q in ref.get("set", []):
        l = find(sku, var)
        if l is None:
            lines.append(new(sku, var, q))
        else:
            l["quantity"] = q
    for sku, var, q in ref.get("add", []):
        l = find(sku, var)
        if l is None:
            lines.append(new(sku, var, q))
        else:
            l["quantity"] = l["quantity"] + q
    for sku, var, f in ref.get("mult", []):
        l = find(sku, var)
        assert l is not None, ("mult of a line not in the basket", sku, var)
        l["quantity"] = l["quantity"] * f
    for sku, vfrom, vto in ref.get("swap", []):
        l = find(sku, vfrom)
        assert l is not None, ("swap of a line not in the basket", sku, vfrom)
        l["variant"] = vto
    return lines


def has_null(lines, products):
    for l in lines:
        if l["sku"] is None or l["quantity"] is None:
            return True
        if has_variants(products, l["sku"]) and l.get("variant") is None:
            return True
    return False


def build(outdir):
    catalog = cat11.catalog()
    products = product_index(catalog)
    hists = cust11.histories()
    hist_by = {h["customer"]: h for h in hists}

    rows = []
    for m in msgs11.MESSAGES:
        c = m["customer"]
        orders = hist_by[c]["orders"]
        skus, variants, maxq = hist_info(orders)
        lines = [clean_line(l) for l in m["lines"]]
        row = collections.OrderedDict()
        row["id"] = None
        row["channel"] = m["channel"] or CHANNEL_DEFAULT[c]
        row["text"] = m["text"]
        row["intent"] = m["intent"]
        row["lines"] = lines
        row["notes"] = m["notes"]
        row["customer"] = c
        row["date"] = m["date"]
        row["language"] = m["language"]
        if m["intent"] == "ORDER":
            er = bool(m["ref"]) or bool(m["why"]) or has_null(lines, products)
            if m["outlier"]:
                assert not er
            row["expect_review"] = er
            lwh = None
            if m["ref"]:
                base = None
                if m["ref"]["kind"] == "usual":
                    o = usual_basket(orders)
                    base = basket_lines(o) if o else None
                else:
                    base = basket_lines(orders[-1]) if orders else None
                if base is not None:
                    # every explicit line of the message must be what the ops say, once resolved
                    for l in m["lines"]:
                        r = resolve_line(l, products, skus, variants)
                        op_skus = {x[0] for k in ("set", "add", "swap") for x in m["ref"].get(k, [])}
                        assert r["sku"] in op_skus, (m["text"], r)
                    lwh = apply_ref(base, m["ref"], products)
            else:
                lwh = [resolve_line(l, products, skus, variants) for l in m["lines"]]
            if lwh is not None:
                erh = bool(m["why"]) or m["outlier"] or has_null(lwh, products)
                if lwh != lines or erh != er:
                    row["lines_with_history"] = lwh
                    row["expect_review_with_history"] = erh
        if m["change_lines"] is not None:
            row["change_lines"] = [clean_line(l) for l in m["change_lines"]]
        tags = list(m["tags"])
        if m["intent"] == "ORDER" and not row["expect_review"] and not m["outlier"]:
            tags.insert(0, "clean")
        if m["language"] != "en":
            tags.append("multilingual")
        if m["intent"] != "ORDER":
            tags.append(m["intent"].lower())
        if m["intent"] == "ORDER" and any(l["sku"] is None and "candidates" not in l for l in lines):
            if "not_in_catalog" not in tags:
                tags.append("not_in_catalog")
        row["tags"] = list(dict.fromkeys(tags))
        rows.append(row)

    rng = random.Random(SHUFFLE_SEED)
    rng.shuffle(rows)
    for i, r in enumerate(rows, 1):
        r["id"] = "f%03d" % i

    os.makedirs(outdir, exist_ok=True)
    with open(os.path.join(outdir, "catalog11.json"), "w", encoding="utf-8") as f:
        json.dump(catalog, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(outdir, "histories11.jsonl"), "w", encoding="utf-8") as f:
        for h in hists:
            f.write(json.dumps(h, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "holdout11.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
    rows = build(out)
    print("wrote", len(rows), "messages to", out)
