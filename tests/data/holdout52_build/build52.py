# ruff: noqa  (hand-written data generator of blind set 52, kept as its writer left it)
"""Build catalog52.json, holdout52.jsonl, histories52.jsonl into the parent folder. Deterministic."""

import collections
import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import cat52  # noqa: E402
import cust52  # noqa: E402
import msgs52  # noqa: E402

OUT = os.path.dirname(HERE)
PROD = {p["sku"]: p for p in cat52.PRODUCTS}


def has_var(sku):
    return bool(sku and PROD[sku]["variants"])


def mk_line(spec):
    if spec[0] == "F":
        _, cands, qty, cv = spec
        d = {"sku": None, "quantity": qty, "candidates": cands}
        if cv:
            d["candidate_variant"] = cv
        return d
    if spec[0] == "N":
        return {"sku": None, "quantity": spec[1]}
    sku, qty = spec[0], spec[1]
    d = {"sku": sku}
    if has_var(sku):
        d["variant"] = spec[2] if len(spec) > 2 else None
    d["quantity"] = qty
    return d


def norm(l):
    d = {"sku": l["sku"]}
    if "variant" in l:
        d["variant"] = l["variant"]
    d["quantity"] = l["quantity"]
    for k in ("candidates", "candidate_variant"):
        if k in l:
            d[k] = l[k]
    return d


def line_open(l):
    return l["sku"] is None or l["quantity"] is None or ("variant" in l and l["variant"] is None)


def bought(orders):
    """sku -> set of variants bought (None for products without variants)."""
    b = collections.defaultdict(set)
    for o in orders:
        for l in o["lines"]:
            b[l["sku"]].add(l.get("variant"))
    return b


def resolve(l, b):
    l = dict(l)
    if l["sku"] is None and l.get("candidates"):
        hits = [c for c in l["candidates"] if c in b]
        if len(hits) != 1:
            return l
        sku = hits[0]
        cv = l.get("candidate_variant")
        nl = {"sku": sku}
        if has_var(sku):
            if cv and any(v["name"] == cv for v in PROD[sku]["variants"]):
                nl["variant"] = cv
            elif len(b[sku]) == 1:
                nl["variant"] = next(iter(b[sku]))
            else:
                nl["variant"] = None
        nl["quantity"] = l["quantity"]
        return nl
    if l["sku"] and "variant" in l and l["variant"] is None and len(b.get(l["sku"], ())) == 1:
        l["variant"] = next(iter(b[l["sku"]]))
    return l


def usual_basket(orders):
    cnt = collections.Counter(json.dumps(o["lines"], sort_keys=True) for o in orders)
    top = cnt.most_common()
    if not top or (len(top) > 1 and top[0][1] == top[1][1]) or top[0][1] < 2:
        return None
    return json.loads(top[0][0])


def key(l):
    return (l["sku"], l.get("variant"))


def apply_ref(base, lines, ref, b):
    basket = [dict(x) for x in base]
    for sku in ref.get("remove", []):
        basket = [x for x in basket if x["sku"] != sku]
    for sku in ref.get("double", []):
        for x in basket:
            if x["sku"] == sku:
                x["quantity"] = x["quantity"] * 2
    sets = set(ref.get("set", []))
    for l in lines:
        rl = resolve(l, b)
        if rl["sku"] is not None and rl["sku"] in sets and any(x["sku"] == rl["sku"] for x in basket):
            for x in basket:
                if x["sku"] == rl["sku"]:
                    x["quantity"] = rl["quantity"]
            continue
        for x in basket:
            if rl["sku"] is not None and key(x) == key(rl):
                x["quantity"] = x["quantity"] + rl["quantity"]
                break
        else:
            basket.append(rl)
    return basket


def main():
    # catalog
    catalog = {
        "currency": cat52.CURRENCY,
        "categories": [{"name": n, "parent": p, "ai_keywords": k} for n, p, k in cat52.CATEGORIES],
        "products": cat52.PRODUCTS,
    }
    hists = cust52.generate_histories()
    H = {h["customer"]: h for h in hists}
    rows = []
    for ms in msgs52.MSGS:
        cust = ms["cust"]
        date = (cust52.MSG_START + datetime.timedelta(days=ms["day"])).isoformat()
        row = {"channel": ms["ch"], "text": ms["text"], "intent": ms["intent"]}
        lines = [mk_line(s) for s in ms["lines"]] if ms["intent"] == "ORDER" else []
        row["lines"] = lines
        notes = ms["notes"]
        tags = list(ms["tags"])
        if ms["intent"] == "ORDER":
            review = (
                bool(ms["review"])
                or bool(ms["ref"])
                or any(line_open(l) for l in lines)
                or any(l["quantity"] is not None and l["quantity"] != int(l["quantity"]) for l in lines)
            )
            if any(l["sku"] is None and l.get("candidates") for l in lines) or any(
                "variant" in l and l["variant"] is None for l in lines
            ):
                if "ambiguous" not in notes:
                    notes = (notes + "; " if notes else "") + "ambiguous"
                if any(l.get("candidates") for l in lines):
                    tags.append("family")
            if any(l["sku"] is None and not l.get("candidates") for l in lines):
                if "not in catalog" not in notes:
                    notes = (notes + "; " if notes else "") + "not in catalog"
                tags.append("not_in_catalog")
            if any(l["quantity"] is None for l in lines) and "quantities not stated" not in notes:
                notes = (notes + "; " if notes else "") + "quantities not stated"
            row["expect_review"] = review
            orders = H[cust]["orders"]
            b = bought(orders)
            skip = (
                (not ms["hist"])
                or any(l["quantity"] is None for l in lines)
                or any(l["sku"] is None and not l.get("candidates") for l in lines)
            )
            lwh = None
            if ms["outlier"]:
                lwh, erwh = lines, True
                tags.append("outlier")
            elif skip:
                pass
            elif ms["ref"]:
                ref = ms["ref"]
                base = None
                if orders:
                    base = usual_basket(orders) if ref["kind"] == "usual" else orders[-1]["lines"]
                if base is not None:
                    lwh = apply_ref(base, lines, ref, b)
                    erwh = any(line_open(l) for l in lwh)
            elif review:
                res = [resolve(l, b) for l in lines]
                if res != lines:
                    lwh = res
                    erwh = any(line_open(l) for l in res)
            if lwh is not None:
                lwh = [norm(l) for l in lwh]
                row["lines_with_history"] = lwh
                row["expect_review_with_history"] = erwh
            if not review and not ms["outlier"]:
                tags.append("clean")
        if ms["intent"] == "CHANGE":
            row["change_lines"] = [mk_line(s) for s in ms["change"]]
        if ms["ref"]:
            tags.append("reference")
        if ms["intent"] != "ORDER":
            tags.append(ms["intent"].lower())
        if ms["lang"] != "en":
            tags.append("multilingual")
        if any("variant" in l for l in lines + row.get("change_lines", [])):
            tags.append("variant")
        row["notes"] = notes
        row["customer"] = cust
        row["date"] = date
        row["language"] = ms["lang"]
        seen = []
        for t in tags:
            if t and t not in seen:
                seen.append(t)
        row["tags"] = sorted(seen)
        rows.append(row)
    random.Random(52052).shuffle(rows)
    out_rows = []
    for i, r in enumerate(rows, 1):
        out_rows.append(dict([("id", "ks%03d" % i)] + list(r.items())))
    with open(os.path.join(OUT, "catalog52.json"), "w", encoding="utf-8") as fh:
        json.dump(catalog, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    with open(os.path.join(OUT, "holdout52.jsonl"), "w", encoding="utf-8") as fh:
        for r in out_rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "histories52.jsonl"), "w", encoding="utf-8") as fh:
        for h in hists:
            fh.write(json.dumps(h, ensure_ascii=False) + "\n")
    print("wrote %d products, %d messages, %d customers" % (len(cat52.PRODUCTS), len(out_rows), len(hists)))


if __name__ == "__main__":
    main()
