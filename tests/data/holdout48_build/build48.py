# ruff: noqa  (hand-written data generator of blind set 48, kept as its writer left it)
"""Build catalog48.json, holdout48.jsonl and histories48.jsonl into the parent folder. Deterministic. Written by blind48."""

import datetime
import json
import os
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import cat48  # noqa: E402
import cust48  # noqa: E402
import msgs48  # noqa: E402

BASE_DATE = datetime.date(2028, 7, 24)
PREFIX = "yp"


def build_catalog():
    cats = [{"name": n, "parent": p, "ai_keywords": kw} for n, p, kw in cat48.CATEGORIES]
    prods = []
    for sku, name, cat, unit, price, aliases, kw, ex, variants in cat48.PRODUCTS:
        prods.append(
            {
                "sku": sku,
                "name": name,
                "category": cat,
                "unit": unit,
                "unit_price": price,
                "aliases": aliases,
                "keywords": kw,
                "ai_training_examples": ex,
                "variants": [
                    {"name": vn, "variant_type": vt, "sku": vs, "unit_price": vp, "ai_aliases": va}
                    for vn, vt, vs, vp, va in variants
                ],
            }
        )
    return {
        "currency": cat48.CURRENCY,
        "distributor": cat48.DISTRIBUTOR,
        "categories": cats,
        "products": prods,
    }


CAT = build_catalog()
PROD = {p["sku"]: p for p in CAT["products"]}


def has_variants(sku):
    return bool(PROD[sku]["variants"])


def vnames(sku):
    return [v["name"] for v in PROD[sku]["variants"]]


def is_fraction(line):
    q = line.get("quantity")
    if q is None or line.get("sku") is None:
        return False
    return PROD[line["sku"]]["unit"] != "kg" and q != int(q)


def num(q):
    if q is None:
        return None
    return int(q) if q == int(q) else q


def to_line(h, notes):
    """Turn a helper line into a label line; append the standard note phrases."""
    k = h["kind"]
    q = num(h["quantity"])
    if k == "sku":
        sku = h["sku"]
        assert sku in PROD, sku
        d = {"sku": sku}
        if has_variants(sku):
            assert h["variant"] is not msgs48.NOV, "variant must be given for " + sku
            assert h["variant"] is None or h["variant"] in vnames(sku), (sku, h["variant"])
            d["variant"] = h["variant"]
            if h["variant"] is None:
                notes.append("ambiguous: %s variant not given (%s)" % (sku, " / ".join(vnames(sku))))
        else:
            assert h["variant"] is msgs48.NOV, "no variants on " + sku
        d["quantity"] = q
    elif k == "family":
        d = {"sku": None, "quantity": q, "candidates": list(h["candidates"])}
        if h["cv"] is not None:
            d["candidate_variant"] = h["cv"]
        notes.append("ambiguous: '%s' could be %s" % (h["word"], ", ".join(h["candidates"])))
    else:
        d = {"sku": None, "quantity": q}
        notes.append("not in catalog: %s" % h["what"])
    if q is None:
        why = h.get("why")
        assert why in ("count", "none", "range"), h
        notes.append(
            {
                "count": "quantity not a whole number of selling units, a human must ask",
                "none": "quantities not stated",
                "range": "a range: quantities not stated exactly",
            }[why]
        )
    return d


def line_open(l):
    if l["sku"] is None or l["quantity"] is None:
        return True
    if "variant" in l and l["variant"] is None:
        return True
    return is_fraction(l)


def bought(orders):
    skus = {}
    for o in orders:
        for l in o["lines"]:
            skus.setdefault(l["sku"], set()).add(l.get("variant"))
    return skus


def resolve(l, hist, nofill):
    l = dict(l)
    if l["sku"] is None and "candidates" in l:
        inter = [c for c in l["candidates"] if c in hist]
        if len(inter) != 1:
            return l
        s = inter[0]
        d = {"sku": s}
        if has_variants(s):
            cv = l.get("candidate_variant")
            if cv in vnames(s):
                d["variant"] = cv
            elif len(hist[s]) == 1:
                d["variant"] = next(iter(hist[s]))
            else:
                d["variant"] = None
        d["quantity"] = l["quantity"]
        return d
    if l["sku"] is not None and "variant" in l and l["variant"] is None and l["sku"] not in nofill:
        vs = hist.get(l["sku"], set())
        if len(vs) == 1:
            l["variant"] = next(iter(vs))
    return l


def usual_basket(orders):
    c = Counter(json.dumps(o["lines"], sort_keys=True) for o in orders)
    top = c.most_common()
    if not top or top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    return json.loads(top[0][0])


def key(l):
    return (l["sku"], l.get("variant"))


def apply_ref(kind, mods, orders, hist, nofill, notes):
    if not orders:
        return None
    base = usual_basket(orders) if kind == "usual" else orders[-1]["lines"]
    if base is None:
        return None
    out = [dict(l) for l in base]
    for m in mods:
        op = m[0]
        if op == "rm":
            out = [l for l in out if l["sku"] != m[1]]
        elif op == "double":
            for l in out:
                if l["sku"] == m[1]:
                    l["quantity"] = l["quantity"] * 2
        else:
            nl = resolve(to_line(m[1], []), hist, nofill)
            if op == "set":
                if nl["sku"] is not None and any(l["sku"] == nl["sku"] for l in out):
                    out = [nl if l["sku"] == nl["sku"] else l for l in out]
                else:
                    out.append(nl)
            else:  # add
                for l in out:
                    if nl["sku"] is not None and key(l) == key(nl):
                        l["quantity"] = l["quantity"] + nl["quantity"]
                        break
                else:
                    out.append(nl)
    for l in out:
        l["quantity"] = num(l["quantity"])
    return out


def build():
    cust = cust48.cust_dict()
    histories = cust48.generate(has_variants)
    rows = []
    for m in msgs48.MSGS:
        c = cust[m["customer"]]
        orders = histories[c["key"]]
        hist = bought(orders)
        kw = m.get("kw", {})
        notes = [m["note"]] if m["note"] else []
        date = (BASE_DATE + datetime.timedelta(days=m["day"])).isoformat()
        row = {
            "id": None,
            "channel": m["channel"] or c["channel"],
            "customer": c["key"],
            "date": date,
            "language": m["language"],
            "text": m["text"],
            "intent": m["intent"],
        }
        tags = list(m["tags"])
        if m["intent"] == "ORDER":
            ref = kw.get("ref")
            src = m["lines"]
            if ref and not src:
                src = [mm[1] for mm in ref[1] if mm[0] in ("set", "add")]
            lines = [to_line(h, notes) for h in src]
            row["lines"] = lines
            review = (
                bool(kw.get("review"))
                or any(line_open(l) for l in lines)
                or bool(ref)
                or bool(kw.get("credit"))
                or bool(kw.get("cond"))
            )
            if ref:
                notes.append("ambiguous: refers to an earlier order the text does not list")
            if kw.get("credit"):
                notes.append("on credit: depends on an account being approved")
            if kw.get("cond"):
                notes.append("conditional order")
            if any(is_fraction(l) for l in lines):
                notes.append("fraction of a selling unit")
            row["expect_review"] = review
            nofill = set(kw.get("nofill", []))
            skip = (
                any(h["kind"] == "nic" for h in src)
                or any(l["quantity"] is None for l in lines)
                or any(is_fraction(l) for l in lines)
                or kw.get("credit")
                or kw.get("cond")
                or not orders
            )
            lwh = erwh = None
            if kw.get("outlier"):
                assert not review
                lwh, erwh = lines, True
                notes.append("outlier: far above the customer's usual quantity")
            elif ref:
                if not skip:
                    lwh = apply_ref(ref[0], ref[1], orders, hist, nofill, notes)
                    if lwh is not None:
                        erwh = any(line_open(l) for l in lwh)
            elif not skip:
                lwh = [resolve(l, hist, nofill) for l in lines]
                erwh = any(line_open(l) for l in lwh)
            if lwh is not None and (lwh != lines or erwh != review):
                row["lines_with_history"] = lwh
                row["expect_review_with_history"] = erwh
            # automatic tags
            if any("candidates" in l for l in lines):
                tags.append("family")
            if any("variant" in l for l in lines):
                tags.append("variant")
            if any(h["kind"] == "nic" for h in src):
                tags.append("not_in_catalog")
            if ref:
                tags.append("reference")
            if kw.get("outlier"):
                tags.append("outlier")
            if not review and not kw.get("outlier"):
                tags.append("clean")
        else:
            row["lines"] = []
            if m["intent"] == "CHANGE":
                row["change_lines"] = [to_line(h, []) for h in m["change_lines"]]
            tags.append(m["intent"].lower())
        if m["language"] != "en":
            tags.append("multilingual")
        seen = []
        for t in tags:
            if t not in seen:
                seen.append(t)
        row["notes"] = "; ".join(notes)
        row["tags"] = seen
        rows.append(row)
    rng = random.Random(4848)
    order = list(range(len(rows)))
    rng.shuffle(order)
    out = []
    for i, idx in enumerate(order, 1):
        r = rows[idx]
        r["id"] = "%s%03d" % (PREFIX, i)
        out.append(r)
    hist_rows = []
    for c in cust48.CUSTOMERS:
        cd = dict(zip(cust48.FIELDS, c))
        hist_rows.append(
            {
                "customer": cd["key"],
                "name": cd["name"],
                "kind": cd["kind"],
                "channel": cd["channel"],
                "address": cd["address"],
                "language": cd["language"],
                "orders": histories[cd["key"]],
            }
        )
    with open(os.path.join(OUT, "catalog48.json"), "w", encoding="utf-8") as f:
        json.dump(CAT, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(OUT, "holdout48.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "histories48.jsonl"), "w", encoding="utf-8") as f:
        for r in hist_rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d messages, %d products, %d customers" % (len(out), len(CAT["products"]), len(hist_rows)))


if __name__ == "__main__":
    build()
