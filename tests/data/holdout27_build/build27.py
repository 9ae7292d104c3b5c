# ruff: noqa  (hand-written data generator of blind set 27, kept as its writer left it)
"""Rewrite catalog27.json, histories27.jsonl and holdout27.jsonl (fixed seeds; byte-identical rebuilds).

The messages and their plain labels are hand-written in msgs27.py; the histories are generated from the
hand-written usual baskets in cust27.py; the labels that depend on history are derived here, never by running the
system.
"""

import copy
import datetime
import json
import os
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import cat27  # noqa: E402
import cust27  # noqa: E402
import msgs27  # noqa: E402

CATALOG = cat27.build_catalog()
PRODUCTS = {p["sku"]: p for p in CATALOG["products"]}


def has_variants(sku):
    return bool(PRODUCTS[sku]["variants"])


def variant_names(sku):
    return [v["name"] for v in PRODUCTS[sku]["variants"]]


HARD_TAGS = {"credit", "conditional", "range"}


def clean_line(l):
    """public shape of a label line"""
    d = {"sku": l["sku"]}
    if l["sku"] is not None and has_variants(l["sku"]):
        assert "variant" in l, ("variant key missing", l)
        d["variant"] = l["variant"]
    else:
        assert "variant" not in l or l["sku"] is None, ("variant on a product without variants", l)
    d["quantity"] = l["quantity"]
    if l["sku"] is None and l.get("candidates"):
        d["candidates"] = l["candidates"]
        if l.get("candidate_variant"):
            d["candidate_variant"] = l["candidate_variant"]
    return d


def is_open(l):
    if l["quantity"] is None or l["quantity"] != int(l["quantity"]):
        return True
    if l["sku"] is None:
        return True
    if has_variants(l["sku"]) and l.get("variant") is None:
        return True
    return False


def bought(hist):
    skus, variants = set(), {}
    for o in hist["orders"]:
        for l in o["lines"]:
            skus.add(l["sku"])
            if "variant" in l:
                variants.setdefault(l["sku"], set()).add(l["variant"])
    return skus, variants


def resolve(l, hist):
    """a label line as a human who knows the customer's history would enter it"""
    l = dict(l)
    if l.get("_nofill"):
        return l
    skus, variants = bought(hist)
    if l["sku"] is None and l.get("candidates"):
        hits = [c for c in l["candidates"] if c in skus]
        if len(hits) == 1:
            sku = hits[0]
            cv = l.get("candidate_variant")
            nl = {"sku": sku, "quantity": l["quantity"], "_set": l["_set"], "_nofill": False}
            if has_variants(sku):
                if cv and cv in variant_names(sku):
                    nl["variant"] = cv
                elif len(variants.get(sku, ())) == 1:
                    nl["variant"] = next(iter(variants[sku]))
                else:
                    nl["variant"] = None
            return nl
        return l
    if l["sku"] is not None and has_variants(l["sku"]) and l.get("variant") is None:
        vs = variants.get(l["sku"], set())
        if len(vs) == 1:
            l["variant"] = next(iter(vs))
    return l


def usual_basket(hist):
    keys = [json.dumps(o["lines"], sort_keys=True) for o in hist["orders"]]
    if not keys:
        return None
    c = Counter(keys).most_common()
    if len(c) > 1 and c[0][1] == c[1][1]:
        return None
    if c[0][1] < 2:
        return None
    return json.loads(c[0][0])


def last_basket(hist):
    return copy.deepcopy(hist["orders"][-1]["lines"]) if hist["orders"] else None


def apply_reference(msg, hist):
    kind, mods = msg["ref"]
    base = usual_basket(hist) if kind == "usual" else last_basket(hist)
    if base is None:
        return None
    basket = [dict(l, _set=False, _nofill=False) for l in base]
    for sku in mods.get("rm", []):
        basket = [l for l in basket if l["sku"] != sku]
    for sku in mods.get("dbl", []):
        for l in basket:
            if l["sku"] == sku:
                l["quantity"] *= 2
    for l in msg["lines"]:
        if l["_set"]:
            hit = [
                b
                for b in basket
                if b["sku"] == l["sku"] and (l.get("variant") is None or b.get("variant") == l.get("variant"))
            ]
            if hit:
                hit[0]["quantity"] = l["quantity"]
            else:
                basket.append(resolve(l, hist))
        else:
            r = resolve(l, hist)
            hit = [
                b
                for b in basket
                if r["sku"] is not None and b["sku"] == r["sku"] and b.get("variant") == r.get("variant")
            ]
            if hit and not is_open(r):
                hit[0]["quantity"] += r["quantity"]
            else:
                basket.append(r)
    return basket


def notes_for(msg, lines):
    n = msg["notes"]
    add = []
    if any(l["sku"] is None and l.get("candidates") for l in lines) or any(
        l["sku"] is not None and has_variants(l["sku"]) and l.get("variant") is None for l in lines
    ):
        if "ambiguous" not in n:
            add.append("ambiguous")
    if any(l["sku"] is None and not l.get("candidates") for l in lines) and "not in catalog" not in n:
        add.append("not in catalog")
    if any(l["quantity"] is None for l in lines) and "quantities not stated" not in n:
        add.append("quantities not stated")
    if (
        any(l["quantity"] is not None and l["quantity"] != int(l["quantity"]) for l in lines)
        and "not a whole number" not in n
    ):
        add.append("not a whole number")
    if add:
        n = (n + "; " if n else "") + "; ".join(add)
    return n


def build():
    hists = cust27.gen_histories(has_variants)
    H = {h["customer"]: h for h in hists}
    rows = []
    for msg in msgs27.MSGS:
        date = cust27.MSG_START + datetime.timedelta(days=msg["day"])
        row = {
            "channel": msg["channel"],
            "customer": msg["customer"],
            "date": date.isoformat(),
            "language": msg["language"],
            "text": msg["text"],
            "intent": msg["intent"],
        }
        tags = list(msg["tags"])
        assert ("reference" in tags) == (msg["ref"] is not None), (
            "reference tag and ref disagree",
            msg["text"],
        )
        if msg["language"] != "en":
            tags.append("multilingual")
        if msg["intent"] != "ORDER":
            tags.append(msg["intent"].lower())
            assert not msg["lines"]
            row["lines"] = []
            if msg["intent"] == "CHANGE":
                row["change_lines"] = [clean_line(l) for l in msg["change"]]
            row["notes"] = msg["notes"]
        else:
            lines = [clean_line(l) for l in msg["lines"]]
            row["lines"] = lines
            rv = msg["review"]
            assert rv in (True, False), msg["text"]
            if any(is_open(l) for l in msg["lines"]) or msg["ref"]:
                assert rv, ("open line or reference on a shippable row", msg["text"])
            row["expect_review"] = rv
            hard = (
                any(l["quantity"] is None or l["quantity"] != int(l["quantity"]) for l in msg["lines"])
                or any(l["sku"] is None and not l.get("candidates") for l in msg["lines"])
                or HARD_TAGS & set(tags)
            )
            hist = H[msg["customer"]]
            if not hard:
                if msg["ref"]:
                    lwh = apply_reference(msg, hist)
                else:
                    lwh = [resolve(l, hist) for l in msg["lines"]]
                if lwh is not None:
                    rwh = any(is_open(l) for l in lwh) or msg["outlier"]
                    lwh_c = [clean_line(l) for l in lwh]
                    if lwh_c != lines or rwh != rv:
                        row["lines_with_history"] = lwh_c
                        row["expect_review_with_history"] = rwh
            if not rv and not msg["outlier"]:
                tags.append("clean")
            row["notes"] = notes_for(msg, msg["lines"])
        row["tags"] = sorted(set(tags))
        rows.append(row)
    rng = random.Random(2727)
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        d = {"id": "n%03d" % i}
        d.update(r)
        out.append(d)
    return hists, out


def main():
    hists, rows = build()
    with open(os.path.join(OUT, "catalog27.json"), "w", encoding="utf-8") as f:
        json.dump(CATALOG, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(OUT, "histories27.jsonl"), "w", encoding="utf-8") as f:
        for h in hists:
            f.write(json.dumps(h, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "holdout27.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d products, %d customers, %d messages" % (len(CATALOG["products"]), len(hists), len(rows)))


if __name__ == "__main__":
    main()
