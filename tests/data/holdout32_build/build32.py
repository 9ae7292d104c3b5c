# ruff: noqa  (hand-written data generator of blind set 32, kept as its writer left it)
"""Rebuild catalog32.json, histories32.jsonl and holdout32.jsonl (fixed seeds, byte-identical output).

Run from anywhere: python3 build32.py. Labels that depend on history are derived here from the generated
histories, never by running the system."""

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

import cat32  # noqa: E402
import cust32  # noqa: E402
import msgs32  # noqa: E402

FIRST_DAY = datetime.date(2028, 3, 6)
BLOCKING = {"conditional", "credit", "fraction", "range"}


def catalog():
    cats = [{"name": n, "parent": p, "ai_keywords": kw} for n, p, kw in cat32.CATEGORIES]
    return {
        "distributor": cat32.DISTRIBUTOR,
        "currency": cat32.CURRENCY,
        "categories": cats,
        "products": cat32.PRODUCTS,
    }


PROD = {p["sku"]: p for p in cat32.PRODUCTS}
VSKUS = {p["sku"] for p in cat32.PRODUCTS if p["variants"]}
cust32.VARIANT_SKUS.update(VSKUS)


def variant_names(sku):
    return [v["name"] for v in PROD[sku]["variants"]]


def clean_line(ln):
    out = {"sku": ln["sku"]}
    if ln["sku"] is None:
        out["quantity"] = ln["quantity"]
        if "candidates" in ln:
            out["candidates"] = ln["candidates"]
            if ln.get("candidate_variant"):
                out["candidate_variant"] = ln["candidate_variant"]
        return out
    if ln["sku"] in VSKUS:
        out["variant"] = ln.get("variant")
    out["quantity"] = ln["quantity"]
    return out


def is_open(ln):
    return ln["sku"] is None or (ln["sku"] in VSKUS and ln.get("variant") is None) or ln["quantity"] is None


def usual_basket(orders):
    keys = Counter()
    first = {}
    for o in orders:
        k = tuple(sorted((l["sku"], l.get("variant") or "", l["quantity"]) for l in o["lines"]))
        keys[k] += 1
        first.setdefault(k, o)
    if not keys:
        return None
    top = keys.most_common()
    if top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    return first[top[0][0]]["lines"]


def resolve(ln, orders, nofill=False):
    """Resolve one label line with the customer's history (family word or missing variant)."""
    bought = {}
    for o in orders:
        for l in o["lines"]:
            bought.setdefault(l["sku"], set()).add(l.get("variant"))
    ln = dict(ln)
    if ln["sku"] is None and "candidates" in ln:
        hits = [c for c in ln["candidates"] if c in bought]
        if len(hits) != 1:
            return ln
        c = hits[0]
        new = {"sku": c}
        if c in VSKUS:
            cv = ln.get("candidate_variant")
            if cv and cv in variant_names(c):
                new["variant"] = cv
            elif len(bought[c]) == 1:
                new["variant"] = next(iter(bought[c]))
            else:
                new["variant"] = None
        new["quantity"] = ln["quantity"]
        return new
    if ln["sku"] in VSKUS and ln.get("variant") is None and not nofill:
        vs = bought.get(ln["sku"], set())
        if len(vs) == 1:
            ln["variant"] = next(iter(vs))
    return ln


def same(a, b):
    return a["sku"] == b["sku"] and a.get("variant") == b.get("variant") and a["sku"] is not None


def build_rows():
    hist = {h["customer"]: h for h in cust32.histories()}
    custs = {c[0]: c for c in cust32.CUSTOMERS}
    rows = []
    for m in msgs32.MSGS:
        c = custs[m["customer"]]
        row = {
            "channel": m.get("ch", c[3]),
            "customer": m["customer"],
            "date": (FIRST_DAY + datetime.timedelta(days=m["day"])).isoformat(),
            "language": m.get("lang", c[5]),
            "text": m["text"],
            "intent": m["intent"],
        }
        raw = m["lines"]
        lines = [clean_line(l) for l in raw]
        row["lines"] = lines
        notes = m["notes"]
        extra = []
        if any(l["sku"] is None and "candidates" in l for l in lines) or any(
            l["sku"] in VSKUS and l.get("variant") is None for l in lines
        ):
            if "ambiguous" not in notes:
                extra.append("ambiguous")
        nic = [l["_nic"] for l in raw if "_nic" in l]
        if nic and "not in catalog" not in notes:
            extra.append("not in catalog: " + ", ".join(nic))
        if any(l["quantity"] is None for l in lines) and "quantities not stated" not in notes:
            extra.append("quantities not stated")
        if extra:
            notes = (notes + " " if notes else "") + "; ".join(extra) + "."
        row["notes"] = notes
        tags = list(m["tags"])
        reason = m.get("review")
        if m["intent"] == "ORDER":
            frac = any(l["quantity"] is not None and l["quantity"] != int(l["quantity"]) for l in lines)
            review = bool(reason) or any(is_open(l) for l in lines) or frac
            row["expect_review"] = review
            # history
            orders = hist[m["customer"]]["orders"]
            blocked = (reason in BLOCKING) or any(l["quantity"] is None for l in lines) or bool(nic) or frac
            lwh, erwh = None, None
            if not blocked and orders:
                if m.get("ref"):
                    ref = m["ref"]
                    base = usual_basket(orders) if ref["kind"] == "usual" else orders[-1]["lines"]
                    if base is not None:
                        basket = [dict(l) for l in base if l["sku"] not in ref.get("remove", [])]
                        for i, l in enumerate(raw):
                            r = resolve(clean_line(l), orders, l.get("_nofill", False))
                            hit = [b for b in basket if same(b, r)]
                            if i in ref.get("set", []):
                                if hit:
                                    hit[0]["quantity"] = r["quantity"]
                                else:
                                    basket.append(r)
                            else:
                                if hit:
                                    hit[0]["quantity"] = hit[0]["quantity"] + r["quantity"]
                                else:
                                    basket.append(r)
                        for b in basket:
                            if b["sku"] in ref.get("double", []):
                                b["quantity"] = b["quantity"] * 2
                        lwh = [clean_line(b) for b in basket]
                        erwh = any(is_open(l) for l in lwh)
                else:
                    lwh = [clean_line(resolve(clean_line(l), orders, l.get("_nofill", False))) for l in raw]
                    erwh = any(is_open(l) for l in lwh) or (bool(reason) and reason != "reference")
                    if m.get("outlier"):
                        erwh = True
            if lwh is not None and (lwh != lines or erwh != review):
                row["lines_with_history"] = lwh
                row["expect_review_with_history"] = erwh
            if not review and not m.get("outlier"):
                tags.append("clean")
            if m.get("outlier"):
                tags.append("outlier")
            if m.get("ref"):
                tags.append("reference")
        if m["intent"] == "CHANGE":
            row["change_lines"] = [clean_line(l) for l in m["change"]]
        if m["intent"] != "ORDER":
            tags.append(m["intent"].lower())
        if row["language"] != "en":
            tags.append("multilingual")
        if any(l["sku"] is None and "candidates" in l for l in lines):
            tags.append("family")
        if any(l["sku"] in VSKUS for l in lines):
            tags.append("variant")
        if nic:
            tags.append("not_in_catalog")
        seen = []
        for t in tags:
            if t not in seen:
                seen.append(t)
        row["tags"] = seen
        rows.append(row)
    rng = random.Random(32032)
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        d = {"id": "br%03d" % i}
        d.update(r)
        out.append(d)
    return out, list(hist.values())


def dump_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    rows, hists = build_rows()
    with open(os.path.join(OUT, "catalog32.json"), "w", encoding="utf-8") as f:
        json.dump(catalog(), f, ensure_ascii=False, indent=1)
        f.write("\n")
    dump_jsonl(os.path.join(OUT, "histories32.jsonl"), hists)
    dump_jsonl(os.path.join(OUT, "holdout32.jsonl"), rows)
    print("wrote %d messages, %d customers, %d products" % (len(rows), len(hists), len(cat32.PRODUCTS)))


if __name__ == "__main__":
    main()
