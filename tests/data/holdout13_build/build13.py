# ruff: noqa  (hand-written data generator of blind set 13, kept as its writer left it)
"""Rewrites catalog13.json, histories13.jsonl and holdout13.jsonl (in the folder above this one).

Standard library only; fixed seeds, so two runs give the same bytes.
The history-dependent labels are derived here from the generated histories by the rules of the README
section (never by running the system).
"""

import copy
import json
import os
import random
from collections import Counter, defaultdict

import cat13
import cust13
import msgs13

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SHUFFLE_SEED = 13013
ID_PREFIX = "j"

INTENT_TAG = {
    "QUESTION": "question",
    "COMPLAINT": "complaint",
    "OTHER": "other",
    "CANCEL": "cancel",
    "CHANGE": "change",
}


# ---------------------------------------------------------------- catalog
def build_catalog():
    cats = [{"name": n, "parent": p, "ai_keywords": kw} for n, p, kw in cat13.CATEGORIES]
    prods = []
    for sku, name, cat, unit, price, aliases, kws, examples, variants in cat13.PRODUCTS:
        prods.append(
            {
                "sku": sku,
                "name": name,
                "category": cat,
                "unit": unit,
                "unit_price": price,
                "aliases": aliases,
                "keywords": kws,
                "ai_training_examples": examples,
                "variants": [
                    {"name": vn, "variant_type": vt, "sku": vs, "unit_price": vp, "ai_aliases": va}
                    for vn, vt, vs, vp, va in variants
                ],
            }
        )
    return {"currency": cat13.CURRENCY, "categories": cats, "products": prods}


CATALOG = build_catalog()
PRODUCT = {p["sku"]: p for p in CATALOG["products"]}


def has_variants(sku):
    return bool(PRODUCT[sku]["variants"])


def variant_names(sku):
    return [v["name"] for v in PRODUCT[sku]["variants"]]


# ---------------------------------------------------------------- history rules
def basket_key(lines):
    return tuple(sorted((l["sku"], l.get("variant") or "", l["quantity"]) for l in lines))


class Info:
    def __init__(self, rec):
        orders = rec["orders"]
        self.skus = {l["sku"] for o in orders for l in o["lines"]}
        self.variants = defaultdict(set)
        for o in orders:
            for l in o["lines"]:
                if l.get("variant"):
                    self.variants[l["sku"]].add(l["variant"])
        self.last = copy.deepcopy(orders[-1]["lines"]) if orders else None
        self.usual = None
        if orders:
            cnt = Counter(basket_key(o["lines"]) for o in orders)
            (top, n), *rest = cnt.most_common()
            if n >= 2 and not (rest and rest[0][1] == n):
                for o in orders:
                    if basket_key(o["lines"]) == top:
                        self.usual = copy.deepcopy(o["lines"])
                        break


def resolve_line(line, info, locked):
    l = copy.deepcopy(line)
    if l["sku"] is None and "candidates" in l:
        inh = [c for c in l["candidates"] if c in info.skus]
        if len(inh) != 1:
            return l
        sku = inh[0]
        new = {"sku": sku}
        if has_variants(sku):
            cv = l.get("candidate_variant")
            if locked:
                var = None
            elif cv and cv in variant_names(sku):
                var = cv
            else:
                bought = info.variants.get(sku, set())
                var = next(iter(bought)) if len(bought) == 1 else None
            new["variant"] = var
        new["quantity"] = l["quantity"]
        return new
    if l["sku"] is not None and has_variants(l["sku"]) and l.get("variant") is None and not locked:
        bought = info.variants.get(l["sku"], set())
        if len(bought) == 1:
            l["variant"] = next(iter(bought))
    return l


def has_null(lines):
    for l in lines:
        if l["sku"] is None or l["quantity"] is None:
            return True
        if "variant" in l and l["variant"] is None:
            return True
    return False


def same_line(a, b):
    return a["sku"] == b["sku"] and a.get("variant") == b.get("variant")


def with_history(row, info):
    """returns (lines_with_history, expect_review_with_history)"""
    h = row["hist"]
    locked = set(h.get("locked", []))
    rl = [resolve_line(l, info, i in locked) for i, l in enumerate(row["lines"])]
    if h.get("outlier"):
        return rl, True
    if "ref" not in h:
        return rl, has_null(rl)
    base = info.usual if h["ref"] == "usual" else info.last
    if base is None:
        return rl, True
    base = copy.deepcopy(base)
    for sku, var in h.get("remove", []):
        n = len(base)
        base = [b for b in base if not (b["sku"] == sku and (var is None or b.get("variant") == var))]
        assert len(base) < n, (row["text"], sku)
    for sku in h.get("double", []):
        hit = [b for b in base if b["sku"] == sku]
        assert hit, (row["text"], sku)
        for b in hit:
            b["quantity"] *= 2
    for i in h.get("set", []):
        l = rl[i]
        hit = [b for b in base if l["sku"] is not None and same_line(b, l)]
        if hit:
            hit[0]["quantity"] = l["quantity"]
        else:
            base.append(copy.deepcopy(l))
    for i in h.get("add", []):
        l = rl[i]
        hit = [b for b in base if l["sku"] is not None and same_line(b, l)]
        if hit and l["quantity"] is not None:
            hit[0]["quantity"] += l["quantity"]
        else:
            base.append(copy.deepcopy(l))
    return base, has_null(base)


# ---------------------------------------------------------------- rows
def build_rows(histories):
    infos = {h["customer"]: Info(h) for h in histories}
    out = []
    for r in msgs13.ROWS:
        row = {
            "customer": r["customer"],
            "date": r["date"],
            "channel": r["channel"],
            "language": r["language"],
            "text": r["text"],
            "intent": r["intent"],
            "lines": copy.deepcopy(r["lines"]),
        }
        tags = list(r["tags"])
        if r["intent"] == "ORDER":
            er = bool(r["review"]) or has_null(r["lines"])
            row["expect_review"] = er
            if r["hist"]:
                lwh, erwh = with_history(r, infos[r["customer"]])
                if lwh != r["lines"] or erwh != er:
                    row["lines_with_history"] = lwh
                    row["expect_review_with_history"] = erwh
            if not er and "outlier" not in tags:
                tags.append("clean")
            if any(l["sku"] is None and "candidates" in l for l in r["lines"]):
                tags.append("family")
            if any(l["sku"] is None and "candidates" not in l for l in r["lines"]):
                tags.append("not_in_catalog")
        else:
            tags.append(INTENT_TAG[r["intent"]])
        if r["intent"] == "CHANGE":
            row["change_lines"] = copy.deepcopy(r["change"])
        if r["language"] != "en":
            tags.append("multilingual")
        row["notes"] = r["notes"]
        row["tags"] = sorted(set(tags))
        out.append(row)
    rng = random.Random(SHUFFLE_SEED)
    rng.shuffle(out)
    final = []
    for i, row in enumerate(out, 1):
        final.append({"id": f"{ID_PREFIX}{i:03d}", **row})
    return final


def main():
    histories = cust13.build_histories(has_variants)
    rows = build_rows(histories)
    with open(os.path.join(OUT, "catalog13.json"), "w", encoding="utf-8") as f:
        json.dump(CATALOG, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(OUT, "histories13.jsonl"), "w", encoding="utf-8") as f:
        for h in histories:
            f.write(json.dumps(h, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "holdout13.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(CATALOG['products'])} products, {len(histories)} customers, {len(rows)} messages")


if __name__ == "__main__":
    main()
