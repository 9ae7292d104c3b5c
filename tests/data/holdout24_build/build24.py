# ruff: noqa  (hand-written data generator of blind set 24, kept as its writer left it)
#!/usr/bin/env python3
"""Rewrites catalog24.json, holdout24.jsonl and histories24.jsonl in the folder above, byte-identically.
No project imports. Labels that depend on history are derived here from the generated histories."""

import json, os, random, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import cat24, cust24, msgs24

OUT = os.path.dirname(HERE)

PROD = {p["sku"]: p for p in cat24.PRODUCTS}
HASV = {s for s, p in PROD.items() if p["variants"]}


def catalog():
    return {
        "currency": cat24.CURRENCY,
        "distributor": cat24.NAME,
        "categories": [{"name": n, "parent": par, "ai_keywords": kw} for n, par, kw in cat24.CATEGORIES],
        "products": cat24.PRODUCTS,
    }


def mkline(spec):
    """spec: ('L', sku, qty, variant|MISSING) / ('A', qty, cands, cv) / ('N', qty, what)"""
    if spec[0] == "L":
        _, sku, q, v = spec
        d = {"sku": sku}
        if sku in HASV:
            d["variant"] = None if v is msgs24.MISSING else v
        d["quantity"] = q
        return d
    if spec[0] == "A":
        _, q, cands, cv = spec
        d = {"sku": None, "quantity": q, "candidates": list(cands)}
        if cv:
            d["candidate_variant"] = cv
        return d
    _, q, what = spec
    return {"sku": None, "quantity": q}


def line_open(l):
    return l["sku"] is None or l["quantity"] is None or ("variant" in l and l["variant"] is None)


def bought(hist):
    skus, variants = set(), {}
    for o in hist["orders"]:
        for l in o["lines"]:
            skus.add(l["sku"])
            if "variant" in l:
                variants.setdefault(l["sku"], set()).add(l["variant"])
    return skus, variants


def resolve(l, hist, nofill):
    skus, variants = bought(hist)
    l = dict(l)
    if l["sku"] is None and l.get("candidates"):
        hit = [c for c in l["candidates"] if c in skus]
        if len(hit) == 1:
            cv = l.get("candidate_variant")
            n = {"sku": hit[0]}
            if hit[0] in HASV:
                if cv and any(v["name"] == cv for v in PROD[hit[0]]["variants"]):
                    n["variant"] = cv
                elif len(variants.get(hit[0], ())) == 1:
                    n["variant"] = next(iter(variants[hit[0]]))
                else:
                    n["variant"] = None
            n["quantity"] = l["quantity"]
            l = n
    if l["sku"] is not None and "variant" in l and l["variant"] is None and not nofill:
        vs = variants.get(l["sku"], set())
        if len(vs) == 1:
            l = {"sku": l["sku"], "variant": next(iter(vs)), "quantity": l["quantity"]}
    return l


def key(l):
    return (l["sku"], l.get("variant"))


def apply_ref(ref, hist, nofill):
    kind, ch = ref
    orders = hist["orders"]
    if not orders:
        return None
    if kind == "usual":
        cnt = Counter(json.dumps(o["lines"], sort_keys=True) for o in orders)
        top = cnt.most_common()
        if len(top) > 1 and top[0][1] == top[1][1]:
            return None
        if top[0][1] < 2:
            return None
        base = json.loads(top[0][0])
    else:
        base = orders[-1]["lines"]
    base = [dict(l) for l in base]
    for sku in ch.get("remove", []):
        base = [l for l in base if l["sku"] != sku]
    for sku in ch.get("double", []):
        for l in base:
            if l["sku"] == sku:
                l["quantity"] = l["quantity"] * 2
    for spec in ch.get("set", []):
        n = resolve(mkline(spec), hist, nofill)
        for l in base:
            if l["sku"] is not None and key(l) == key(n):
                l["quantity"] = n["quantity"]
                break
        else:
            base.append(n)
    for spec in ch.get("add", []):
        n = resolve(mkline(spec), hist, nofill)
        for l in base:
            if n["sku"] is not None and key(l) == key(n) and n["quantity"] is not None:
                l["quantity"] = l["quantity"] + n["quantity"]
                break
        else:
            base.append(n)
    return base


def main():
    cat = catalog()
    hists = cust24.histories()
    H = {h["customer"]: h for h in hists}
    rows = []
    for m in msgs24.MSGS:
        r = {
            "channel": m["ch"],
            "customer": m["cust"],
            "date": m["date"],
            "language": m["lang"] or H[m["cust"]]["language"],
            "text": m["text"],
            "intent": m["intent"],
        }
        lines = [mkline(s) for s in m["lines"]]
        r["lines"] = lines
        notes = m["notes"]
        tags = list(m["tags"])
        if m["intent"] == "ORDER":
            rev = any(line_open(l) for l in lines) or bool(m["ref"]) or m["review"] is True
            if m["review"] is False:
                assert not rev, m["text"]
            r["expect_review"] = rev
            add = []
            if any(l["sku"] is None and l.get("candidates") for l in lines) and "ambiguous" not in notes:
                add.append("ambiguous")
            if any(
                "variant" in l and l["variant"] is None for l in lines
            ) and "ambiguous" not in notes + " ".join(add):
                add.append("ambiguous: variant not given")
            if (
                any(l["sku"] is None and not l.get("candidates") for l in lines)
                and "not in catalog" not in notes
            ):
                add.append("not in catalog")
            if (
                any(l["quantity"] is None for l in lines)
                and "quantities not stated" not in notes
                and "not a whole number" not in notes
            ):
                add.append("quantities not stated")
            if add:
                notes = (notes + "; " if notes else "") + "; ".join(add)
            # history
            h = H[m["cust"]]
            if m["outlier"]:
                r["lines_with_history"] = [dict(l) for l in lines]
                r["expect_review_with_history"] = True
                if "outlier" not in tags:
                    tags.append("outlier")
            elif rev and not m["nohist"]:
                if m["ref"]:
                    lw = apply_ref(m["ref"], h, m["nofill"])
                else:
                    lw = [resolve(l, h, m["nofill"]) for l in lines]
                if lw is not None:
                    rw = any(line_open(l) for l in lw) or m["review"] is True and not m["ref"]
                    if lw != lines or rw != rev:
                        r["lines_with_history"] = lw
                        r["expect_review_with_history"] = rw
            if not rev and not m["outlier"] and "clean" not in tags:
                tags.insert(0, "clean")
        else:
            assert not lines, m["text"]
        if m["intent"] == "CHANGE":
            r["change_lines"] = [mkline(s) for s in m["change"]]
        r["notes"] = notes
        r["tags"] = tags
        rows.append(r)
    rng = random.Random(24024)
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append(dict([("id", "e%03d" % i)] + list(r.items())))
    with open(os.path.join(OUT, "catalog24.json"), "w", encoding="utf-8") as f:
        json.dump(cat, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(OUT, "histories24.jsonl"), "w", encoding="utf-8") as f:
        for h in hists:
            f.write(json.dumps(h, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "holdout24.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(cat["products"]), "products,", len(hists), "histories,", len(out), "messages")


if __name__ == "__main__":
    main()
