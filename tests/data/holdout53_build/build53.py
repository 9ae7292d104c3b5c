# ruff: noqa  (hand-written data generator of blind set 53, kept as its writer left it)
"""Write catalog53.json, holdout53.jsonl and histories53.jsonl into the parent folder (byte-identical runs)."""

import collections
import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

from cat53 import PRODUCTS, build_catalog  # noqa: E402
from cust53 import CUSTOMERS, generate_histories  # noqa: E402
from msgs53 import MESSAGES, NV  # noqa: E402

DAY0 = datetime.date(2028, 7, 31)
INTENT_TAG = {
    "QUESTION": "question",
    "COMPLAINT": "complaint",
    "OTHER": "other",
    "CANCEL": "cancel",
    "CHANGE": "change",
}


def has_var(sku):
    return bool(sku) and bool(PRODUCTS[sku][6])


def out_line(l):
    """Label line -> JSON line (key order sku, variant, quantity, candidates, candidate_variant)."""
    d = {"sku": l["sku"]}
    if has_var(l["sku"]):
        v = l.get("variant", NV)
        d["variant"] = None if v is NV else v
    d["quantity"] = l["quantity"]
    if l["sku"] is None and l.get("candidates"):
        d["candidates"] = list(l["candidates"])
        if l.get("candidate_variant"):
            d["candidate_variant"] = l["candidate_variant"]
    return d


def is_open(d):
    return d["sku"] is None or d["quantity"] is None or ("variant" in d and d["variant"] is None)


def basket_key(lines):
    return tuple(sorted((l["sku"], l.get("variant") or "", l["quantity"]) for l in lines))


def resolve_line(d, hist_skus, hist_vars):
    """Resolve a family line / missing variant from history. Returns a new dict."""
    d = dict(d)
    if d["sku"] is None and d.get("candidates"):
        bought = [c for c in d["candidates"] if c in hist_skus]
        if len(bought) == 1:
            sku = bought[0]
            cv = d.get("candidate_variant")
            nd = {"sku": sku}
            if has_var(sku):
                names = [v[0] for v in PRODUCTS[sku][6]]
                if cv and cv in names:
                    nd["variant"] = cv
                else:
                    vs = sorted(hist_vars.get(sku, ()))
                    nd["variant"] = vs[0] if len(vs) == 1 else None
            nd["quantity"] = d["quantity"]
            return nd
        return d
    if d["sku"] and "variant" in d and d["variant"] is None:
        vs = sorted(hist_vars.get(d["sku"], ()))
        if len(vs) == 1:
            d["variant"] = vs[0]
    return d


def history_fields(m, lines, hist):
    """Return (lines_with_history, review_with_history) or None."""
    if m["intent"] != "ORDER" or m["nohist"] or m["hold"]:
        return None
    if any(l["quantity"] is None for l in lines) or any(l.get("nic") for l in m["lines"]):
        return None
    if m["outlier"]:
        return [dict(l) for l in lines], True
    orders = hist["orders"]
    hist_skus = {l["sku"] for o in orders for l in o["lines"]}
    hist_vars = collections.defaultdict(set)
    for o in orders:
        for l in o["lines"]:
            if l.get("variant"):
                hist_vars[l["sku"]].add(l["variant"])
    res = [resolve_line(l, hist_skus, hist_vars) for l in lines]
    if m["ref"]:
        if not orders:
            return None
        if m["ref"] == "last":
            base = orders[-1]["lines"]
        else:
            cnt = collections.Counter(basket_key(o["lines"]) for o in orders)
            top = cnt.most_common()
            if top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
                return None
            base = next(o["lines"] for o in orders if basket_key(o["lines"]) == top[0][0])
        out = [dict(l) for l in base]
        mods = m["mods"]
        out = [l for l in out if l["sku"] not in mods.get("remove", [])]
        for l in out:
            if l["sku"] in mods.get("double", []):
                l["quantity"] = l["quantity"] * 2
        for l in res:
            same = [
                b
                for b in out
                if b["sku"] == l["sku"]
                and l["sku"] is not None
                and (l.get("variant") in (None, b.get("variant")))
            ]
            if l["sku"] in mods.get("set", []) and same:
                same[0]["quantity"] = l["quantity"]
                if l.get("variant"):
                    same[0]["variant"] = l["variant"]
            elif same:
                same[0]["quantity"] = same[0]["quantity"] + l["quantity"]
            else:
                out.append(dict(l))
        return out, any(is_open(l) for l in out)
    if res == lines:
        return None
    return res, any(is_open(l) for l in res)


def build():
    cat = build_catalog()
    hists = generate_histories()
    hmap = {h["customer"]: h for h in hists}
    cust = {c[0]: c for c in CUSTOMERS}
    rows = []
    for m in MESSAGES:
        c = cust[m["cust"]]
        lines = [out_line(l) for l in m["lines"]]
        tags = list(m["tags"])
        notes = m["notes"]
        row = {
            "channel": m["ch"] or c[3],
            "customer": m["cust"],
            "date": (DAY0 + datetime.timedelta(days=m["day"])).isoformat(),
            "language": m["lang"],
            "text": m["text"],
            "intent": m["intent"],
            "lines": lines,
        }
        extra = []
        if any(l["sku"] is None and l.get("candidates") for l in lines) and "ambiguous" not in notes:
            extra.append("ambiguous")
        if any(l.get("nic") for l in m["lines"]) and "not in catalog" not in notes:
            extra.append("not in catalog")
        if any(l["quantity"] is None for l in lines) and "quantities not stated" not in notes:
            extra.append("quantities not stated")
        if (
            any("variant" in l and l["variant"] is None for l in lines)
            and "ambiguous" not in notes
            and "ambiguous" not in extra
        ):
            extra.append("variant not stated: ambiguous")
        if m["ref"] and "reference" not in notes:
            extra.append("reference to earlier orders: review")
        notes = "; ".join([n for n in [notes] + extra if n])
        if m["intent"] == "ORDER":
            review = bool(m["hold"] or m["ref"] or any(is_open(l) for l in lines))
            row["expect_review"] = review
            hf = history_fields(m, lines, hmap[m["cust"]])
            if hf is not None:
                lwh, rwh = hf
                if lwh != lines or rwh != review:
                    row["lines_with_history"] = lwh
                    row["expect_review_with_history"] = rwh
            if not review and not m["outlier"]:
                tags.append("clean")
        else:
            tags.append(INTENT_TAG[m["intent"]])
        if m["change"] is not None:
            row["change_lines"] = [out_line(l) for l in m["change"]]
        if m["lang"] != "en":
            tags.append("multilingual")
        if any(l["sku"] is None and l.get("candidates") for l in lines):
            tags.append("family")
        if any("variant" in l for l in lines):
            tags.append("variant")
        if any(l.get("nic") for l in m["lines"]):
            tags.append("not_in_catalog")
        if m["ref"]:
            tags.append("reference")
        if m["outlier"]:
            tags.append("outlier")
        row["notes"] = notes
        row["tags"] = sorted(set(tags))
        rows.append(row)
    random.Random(5301).shuffle(rows)
    final = []
    for i, r in enumerate(rows, 1):
        d = {"id": "gk%03d" % i}
        d.update(r)
        final.append(d)
    with open(os.path.join(OUT, "catalog53.json"), "w", encoding="utf-8") as f:
        json.dump(cat, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(OUT, "histories53.jsonl"), "w", encoding="utf-8") as f:
        for h in hists:
            f.write(json.dumps(h, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "holdout53.jsonl"), "w", encoding="utf-8") as f:
        for r in final:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d messages, %d customers, %d products" % (len(final), len(hists), len(cat["products"])))


if __name__ == "__main__":
    build()
