# ruff: noqa  (hand-written data generator of blind set 35, kept as its writer left it)
"""Build catalog35.json, holdout35.jsonl and histories35.jsonl (byte-identical on every run)."""

import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import cat35  # noqa: E402
import cust35  # noqa: E402
import msgs35  # noqa: E402

SHUFFLE_SEED = 35
FIRST_DAY = datetime.date(2028, 5, 8)
PRODUCTS = {p["sku"]: p for p in cat35.PRODUCTS}
CUST = {c["key"]: c for c in cust35.CUSTOMERS}
AUTO_TAGS = {
    "clean",
    "multilingual",
    "family",
    "variant",
    "not_in_catalog",
    "reference",
    "outlier",
    "question",
    "complaint",
    "other",
    "cancel",
    "change",
}


def has_variants(sku):
    return bool(sku) and bool(PRODUCTS[sku]["variants"])


def catalog():
    cats = [{"name": n, "parent": p, "ai_keywords": k} for n, p, k in cat35.CATEGORIES]
    return {"currency": cat35.CURRENCY, "categories": cats, "products": cat35.PRODUCTS}


def histories():
    out = []
    for c in cust35.CUSTOMERS:
        orders = cust35.generate(c)
        out.append(
            {
                "customer": c["key"],
                "name": c["name"],
                "kind": c["kind"],
                "channel": c["channel"],
                "address": c["address"],
                "language": c["language"],
                "orders": orders,
            }
        )
    return out


def label_line(l):
    """Hand-written line -> label line (JSON shape)."""
    if l["kind"] == "P":
        d = {"sku": l["sku"], "quantity": l["qty"]}
        if has_variants(l["sku"]):
            v = l["variant"]
            d["variant"] = None if v == "__none__" else v
        elif l["variant"] != "__none__":
            raise ValueError(f"variant on product without variants: {l}")
        return d
    if l["kind"] == "A":
        d = {"sku": None, "quantity": l["qty"], "candidates": sorted(l["cands"])}
        if l["cv"]:
            d["candidate_variant"] = l["cv"]
        return d
    return {"sku": None, "quantity": l["qty"]}


def is_open(d):
    if d["sku"] is None or d["quantity"] is None:
        return True
    if has_variants(d["sku"]) and d.get("variant") is None:
        return True
    return False


def fractional(d):
    q = d["quantity"]
    return q is not None and float(q) != int(q)


def hist_index(orders):
    skus = {}
    for o in orders:
        for l in o["lines"]:
            skus.setdefault(l["sku"], set())
            if "variant" in l:
                skus[l["sku"]].add(l["variant"])
    return skus


def resolve(l, d, idx):
    """Resolve one label line with the customer's history (rules of the earlier sets)."""
    d = dict(d)
    if l["kind"] == "A":
        inh = [s for s in l["cands"] if s in idx]
        if len(inh) != 1:
            return d
        sku = inh[0]
        nd = {"sku": sku, "quantity": d["quantity"]}
        if has_variants(sku):
            names = [v["name"] for v in PRODUCTS[sku]["variants"]]
            if l["cv"] and l["cv"] in names:
                nd["variant"] = l["cv"]
            elif len(idx[sku]) == 1:
                nd["variant"] = next(iter(idx[sku]))
            else:
                nd["variant"] = None
        return nd
    if l["kind"] == "P" and has_variants(l["sku"]) and d.get("variant") is None and not l["nofill"]:
        vs = idx.get(l["sku"], set())
        if len(vs) == 1:
            d["variant"] = next(iter(vs))
    return d


def same(a, b):
    return a["sku"] == b["sku"] and a.get("variant") == b.get("variant")


def build_rows():
    hist = {h["customer"]: h["orders"] for h in histories()}
    rows = []
    for m in msgs35.MSGS:
        c = CUST[m["c"]]
        row = {"channel": m["ch"] or c["channel"], "text": m["t"], "intent": m["i"]}
        lines = [label_line(l) for l in m["L"]]
        notes = m["n"]
        tags = list(m["g"])
        row["lines"] = lines if m["i"] == "ORDER" else []
        row["customer"] = m["c"]
        row["date"] = (FIRST_DAY + datetime.timedelta(days=m["d"])).isoformat()
        row["language"] = m["lang"] or c["language"]
        if m["i"] == "ORDER":
            if not lines and not m["ref"]:
                raise ValueError("ORDER without lines or reference: " + m["t"][:40])
            review = bool(m["ref"]) or bool(m["rr"]) or any(is_open(d) or fractional(d) for d in lines)
            if m["out"] and review:
                raise ValueError("outlier with review: " + m["t"][:40])
            row["expect_review"] = review
            # standard note phrases
            add = []
            if any(d["sku"] is None and "candidates" in d for d in lines) or any(
                d["sku"] and has_variants(d["sku"]) and d.get("variant") is None for d in lines
            ):
                if "ambiguous" not in notes:
                    add.append("ambiguous")
            if any(l["kind"] == "N" for l in m["L"]) and "not in catalog" not in notes:
                add.append("not in catalog")
            if any(d["quantity"] is None for d in lines) and "quantities not stated" not in notes:
                add.append("quantities not stated")
            if add:
                notes = (notes + "; " if notes else "") + "; ".join(add)
            # history
            orders = hist[m["c"]]
            idx = hist_index(orders)
            hard = (
                bool(m["rr"])
                or any(l["kind"] == "N" for l in m["L"])
                or any(d["quantity"] is None or fractional(d) for d in lines)
            )
            hl = None
            if m["out"]:
                hl = [dict(d) for d in lines]
            elif not hard and orders and not (m["ref"] and c["pattern"] == "never"):
                res = [resolve(l, d, idx) for l, d in zip(m["L"], lines)]
                if m["ref"]:
                    base = (
                        cust35.usual_basket(orders)
                        if m["ref"]["base"] == "usual"
                        else [dict(x) for x in orders[-1]["lines"]]
                    )
                    if base is None:
                        raise ValueError("no usual basket for " + m["c"])
                    base = [dict(x) for x in base]
                    base = [x for x in base if x["sku"] not in m["ref"].get("remove", [])]
                    for x in base:
                        if x["sku"] in m["ref"].get("double", []):
                            x["quantity"] *= 2
                    for l, d in zip(m["L"], res):
                        hit = [x for x in base if d["sku"] and same(x, d)] if not is_open(d) else []
                        if hit and l["op"] == "set":
                            hit[0]["quantity"] = d["quantity"]
                        elif hit:
                            hit[0]["quantity"] += d["quantity"]
                        else:
                            base.append(dict(d))
                    res = base
                rev_h = any(is_open(d) for d in res)
                if res != lines or rev_h != review:
                    hl = res
            if hl is not None:
                row["lines_with_history"] = hl
                row["expect_review_with_history"] = True if m["out"] else any(is_open(d) for d in hl)
        if m["i"] == "CHANGE":
            row["change_lines"] = [label_line(l) for l in (m["cl"] or [])]
        # tags
        t = set(tags)
        t.add(m["i"].lower()) if m["i"] != "ORDER" else None
        if row["language"] != "en":
            t.add("multilingual")
        if m["i"] == "ORDER":
            if any("candidates" in d for d in lines):
                t.add("family")
            if any(d["sku"] and has_variants(d["sku"]) for d in lines):
                t.add("variant")
            if any(l["kind"] == "N" for l in m["L"]):
                t.add("not_in_catalog")
            if m["ref"]:
                t.add("reference")
            if m["out"]:
                t.add("outlier")
            if not row["expect_review"] and not m["out"]:
                t.add("clean")
        row["tags"] = sorted(t)
        row["notes"] = notes
        rows.append(row)
    rng = random.Random(SHUFFLE_SEED)
    rng.shuffle(rows)
    out = []
    for n, r in enumerate(rows, 1):
        o = {"id": f"vn{n:03d}"}
        for k in ("lines", "lines_with_history", "change_lines"):
            if k in r:
                r[k] = [ordered(d) for d in r[k]]
        o.update(r)
        out.append(o)
    return out


KEY_ORDER = ["sku", "variant", "quantity", "candidates", "candidate_variant"]


def ordered(d):
    return {k: d[k] for k in KEY_ORDER if k in d}


def dump(obj):
    return json.dumps(obj, ensure_ascii=False)


def main():
    with open(os.path.join(OUT, "catalog35.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(catalog(), ensure_ascii=False, indent=1) + "\n")
    with open(os.path.join(OUT, "histories35.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for h in histories():
            f.write(dump(h) + "\n")
    with open(os.path.join(OUT, "holdout35.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in build_rows():
            f.write(dump(r) + "\n")


if __name__ == "__main__":
    main()
