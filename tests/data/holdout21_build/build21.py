# ruff: noqa  (hand-written data generator of blind set 21, kept as its writer left it)
"""Rewrites catalog21.json, histories21.jsonl and holdout21.jsonl (byte-identical; fixed seeds)."""

import json
import os
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import cat21  # noqa: E402
import cust21  # noqa: E402

NOV = "__no_variant_key__"


def load_msgs():
    try:
        import msgs21
    except ImportError:
        return []
    return msgs21.MSGS


def basket_key(lines):
    return tuple(sorted((l["sku"], l.get("variant") or "", l["quantity"]) for l in lines))


def main():
    cat = cat21.catalog()
    hv = {p["sku"] for p in cat["products"] if p["variants"]}
    hist = cust21.histories(cat)
    with open(os.path.join(OUT, "catalog21.json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(cat, ensure_ascii=False, indent=1) + "\n")
    with open(os.path.join(OUT, "histories21.jsonl"), "w", encoding="utf-8") as f:
        for h in hist:
            f.write(json.dumps(h, ensure_ascii=False) + "\n")
    H = {h["customer"]: h for h in hist}
    msgs = load_msgs()
    if not msgs:
        return
    rows = [build_row(m, hv, H) for m in msgs]
    rng = random.Random(2121)
    rng.shuffle(rows)
    with open(os.path.join(OUT, "holdout21.jsonl"), "w", encoding="utf-8") as f:
        for i, r in enumerate(rows, 1):
            r = dict([("id", "v%03d" % i)] + list(r.items()))
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def out_line(l, hv):
    d = {"sku": l["sku"]}
    if l["sku"] is not None and l["sku"] in hv:
        assert l["variant"] != NOV, ("variant missing on", l)
        d["variant"] = l["variant"]
    else:
        assert l["variant"] == NOV or l["sku"] is None, ("variant on product without variants", l)
    d["quantity"] = l["quantity"]
    if l.get("candidates"):
        d["candidates"] = list(l["candidates"])
        if l.get("cv"):
            d["candidate_variant"] = l["cv"]
    return d


def is_open(d):
    return d["sku"] is None or d["quantity"] is None or ("variant" in d and d["variant"] is None)


def bought(h):
    skus, variants = set(), {}
    for o in h["orders"]:
        for l in o["lines"]:
            skus.add(l["sku"])
            if "variant" in l:
                variants.setdefault(l["sku"], set()).add(l["variant"])
    return skus, variants


def resolve(d, h, hv):
    """Resolve a family line or a missing variant from the customer's history (README rule)."""
    skus, variants = bought(h)
    d = dict(d)
    if d["sku"] is None and d.get("candidates"):
        present = [c for c in d["candidates"] if c in skus]
        if len(present) == 1:
            s = present[0]
            cv = d.get("candidate_variant")
            nd = {"sku": s}
            if s in hv:
                vs = variants.get(s, set())
                nd["variant"] = cv if cv else (next(iter(vs)) if len(vs) == 1 else None)
            nd["quantity"] = d["quantity"]
            d = nd
    elif d["sku"] is not None and d.get("variant", "x") is None:
        vs = variants.get(d["sku"], set())
        if len(vs) == 1:
            d["variant"] = next(iter(vs))
    return d


def base_basket(h, ref):
    if not h["orders"]:
        return None
    if ref == "last":
        return [dict(l) for l in h["orders"][-1]["lines"]]
    cnt = Counter(basket_key(o["lines"]) for o in h["orders"])
    top = cnt.most_common()
    if len(top) > 1 and top[0][1] == top[1][1]:
        return None
    for o in h["orders"]:
        if basket_key(o["lines"]) == top[0][0]:
            return [dict(l) for l in o["lines"]]


def build_row(m, hv, H):
    r = {"channel": m["channel"], "text": m["text"], "intent": m["intent"]}
    lines = [out_line(l, hv) for l in m["lines"]]
    r["lines"] = lines
    r["notes"] = m["notes"]
    r["customer"] = m["customer"]
    r["date"] = m["date"]
    r["language"] = m["language"]
    tags = list(m["tags"])
    if m["intent"] == "ORDER":
        reason = m["review"]
        review = bool(reason) or any(is_open(d) for d in lines) or bool(m.get("hist"))
        r["expect_review"] = review
        h = H[m["customer"]]
        lwh = None
        rwh = None
        if m.get("outlier"):
            mx = 0
            for o in h["orders"]:
                for l in o["lines"]:
                    if l["sku"] == m["outlier"]:
                        mx = max(mx, l["quantity"])
            q = [d["quantity"] for d in lines if d["sku"] == m["outlier"]][0]
            assert mx and q >= 4 * mx, (m["text"], q, mx)
            assert not review
            lwh, rwh = [dict(d) for d in lines], True
            tags.append("outlier")
        elif review and not isinstance(reason, str):
            spec = m.get("hist")
            if spec:
                base = base_basket(h, spec["ref"])
                if base is not None:
                    for s in spec.get("remove", []):
                        base = [l for l in base if l["sku"] != s]
                    for s in spec.get("double", []):
                        for l in base:
                            if l["sku"] == s:
                                l["quantity"] = l["quantity"] * 2
                    for src, d in zip(m["lines"], lines):
                        d = resolve(d, h, hv)
                        same = [
                            l
                            for l in base
                            if l["sku"] == d["sku"]
                            and l.get("variant") == d.get("variant")
                            and d["sku"] is not None
                        ]
                        if src["role"] == "set":
                            same = [l for l in base if l["sku"] == d["sku"] and d["sku"] is not None]
                            if same:
                                same[0]["quantity"] = d["quantity"]
                                if "variant" in d:
                                    same[0]["variant"] = d["variant"]
                            else:
                                base.append(dict(d))
                        elif same and d["quantity"] is not None:
                            same[0]["quantity"] = same[0]["quantity"] + d["quantity"]
                        else:
                            base.append(dict(d))
                    lwh = base
                    rwh = any(is_open(d) for d in lwh)
            else:
                lwh = [resolve(d, h, hv) for d in lines]
                rwh = any(is_open(d) for d in lwh)
                if lwh == lines and rwh == review:
                    lwh = rwh = None
        r["expect_review_with_history_tmp"] = None
        del r["expect_review_with_history_tmp"]
        if lwh is not None:
            r["lines_with_history"] = lwh
            r["expect_review_with_history"] = rwh
        if m.get("hist"):
            tags.append("reference")
        if not review and not m.get("outlier"):
            tags.append("clean")
        if any(d["sku"] is None and d.get("candidates") for d in lines):
            tags.append("family")
        if any("nic" in l for l in m["lines"]):
            tags.append("not_in_catalog")
        if any("variant" in d for d in lines):
            tags.append("variant")
    else:
        assert not lines
        tags.append(m["intent"].lower())
    if m["intent"] == "CHANGE":
        r["change_lines"] = [out_line(l, hv) for l in m["change"]]
    else:
        assert m["change"] is None
    if m["language"] != "en":
        tags.append("multilingual")
    seen = []
    for t in tags:
        if t not in seen:
            seen.append(t)
    r["tags"] = seen
    return r


if __name__ == "__main__":
    main()
