# ruff: noqa  (hand-written data generator for the seventh blind set, kept as its writer left it)
"""Build the seventh blind set: catalog7.json, histories7.jsonl, holdout7.jsonl.
Run: python3 build7.py   (deterministic; rewrites the three files identically), then python3 validate7.py"""

import copy
import json
import os
import random

from cat7 import build_catalog
from cust7 import C
from hist7 import bought, build_histories, last_basket, max_qty, usual_basket
from msgs7 import ROWS

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # tests/data
SHUFFLE_SEED = 20260601
PREFIX = "k"


def clean_line(l, variant_products):
    out = {"sku": l["sku"], "quantity": l["quantity"]}
    if l["sku"] is not None and l["sku"] in variant_products:
        out["variant"] = l.get("variant")
    if l["sku"] is None and l.get("candidates"):
        out["candidates"] = [c.split("|")[0] for c in l["candidates"]]
        vs = sorted({c.split("|")[1] for c in l["candidates"] if "|" in c})
        if vs:
            out["candidate_variant"] = vs[0]
    return out


def needs_review(lines):
    for l in lines:
        if l["sku"] is None or l["quantity"] is None or ("variant" in l and l["variant"] is None):
            return True
    return False


def resolve(l, b, variant_products):
    """A line as a human who knows the customer's history would read it."""
    l = dict(l)
    if l["sku"] is None and l.get("candidates"):
        specs = [(c.split("|") + [None])[:2] for c in l["candidates"]]
        hits = [s for s in specs if s[0] in b]
        if len(hits) == 1:
            sku, v = hits[0]
            new = {"sku": sku, "quantity": l["quantity"], "_op": l.get("_op", "add")}
            if sku in variant_products:
                if v is None:
                    vs = b[sku]
                    v = next(iter(vs)) if len(vs) == 1 else None
                new["variant"] = v
            return new
        return l
    if l["sku"] in variant_products and l.get("variant") is None and not l.get("_nofill"):
        vs = b.get(l["sku"], set())
        if len(vs) == 1:
            l["variant"] = next(iter(vs))
    return l


def apply_ref(base, ref, explicit, variant_products):
    b = [dict(x) for x in base]
    b = [x for x in b if x["sku"] not in ref.get("remove", [])]
    for x in b:
        if x["sku"] in ref.get("mult", {}):
            x["quantity"] = x["quantity"] * ref["mult"][x["sku"]]
    for sku, f, t in ref.get("swap", []):
        for x in b:
            if x["sku"] == sku and x.get("variant") == f:
                x["variant"] = t
    for l in explicit:
        if l.get("_op") == "swap":
            continue
        if l["sku"] is None:
            b.append(l)
            continue
        m = [x for x in b if x["sku"] == l["sku"] and x.get("variant") == l.get("variant")]
        if m and l["quantity"] is not None:
            if l.get("_op") == "set":
                m[0]["quantity"] = l["quantity"]
            else:
                m[0]["quantity"] = m[0]["quantity"] + l["quantity"]
        elif m:
            m[0]["quantity"] = None
        else:
            b.append(l)
    return b


def build():
    cat = build_catalog()
    variant_products = {p["sku"] for p in cat["products"] if p["variants"]}
    hists = build_histories()
    H = {h["customer"]: h for h in hists}
    cust = {c["key"]: c for c in C}
    rows = []
    for r in ROWS:
        h = H[r["customer"]]
        lines = [clean_line(l, variant_products) for l in r["lines"]]
        row = {
            "id": None,
            "channel": r["channel"] or cust[r["customer"]]["channel"],
            "text": r["text"],
            "intent": r["intent"],
            "lines": lines if r["intent"] == "ORDER" else [],
            "notes": r["notes"],
            "customer": r["customer"],
            "date": "2026-06-%02d" % r["day"],
            "language": r["language"],
        }
        if r["intent"] == "ORDER":
            er = bool(r["review"]) or r["ref"] is not None or needs_review(lines)
            row["expect_review"] = er
            # ---- with history
            b = bought(h)
            explicit = [resolve(l, b, variant_products) for l in r["lines"]]
            unresolved = False
            if r["ref"] is not None:
                base = usual_basket(h) if r["ref"]["kind"] == "usual" else last_basket(h)
                if base is None:
                    unresolved = True
                    hl = explicit
                else:
                    hl = apply_ref(base, r["ref"], explicit, variant_products)
            else:
                hl = explicit
            hl = [clean_line(l, variant_products) for l in hl]
            ewh = bool(r["review"]) or unresolved or r["outlier"] or needs_review(hl)
            if r["outlier"]:
                for l in lines:
                    mq = max_qty(h, l["sku"])
                    assert mq and l["quantity"] >= 4 * mq, ("outlier too small", r["text"], mq)
            if hl != lines or ewh != er:
                row["lines_with_history"] = hl
                row["expect_review_with_history"] = ewh
        if r["intent"] == "CHANGE":
            row["change_lines"] = [clean_line(l, variant_products) for l in (r["change"] or [])]
        row["tags"] = r["tags"]
        rows.append(row)
    random.Random(SHUFFLE_SEED).shuffle(rows)
    for i, row in enumerate(rows, 1):
        row["id"] = "%s%03d" % (PREFIX, i)
    with open(os.path.join(HERE, "catalog7.json"), "w", encoding="utf-8") as f:
        json.dump(cat, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(HERE, "histories7.jsonl"), "w", encoding="utf-8") as f:
        for h in hists:
            f.write(json.dumps(h, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "holdout7.jsonl"), "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return cat, hists, rows


if __name__ == "__main__":
    cat, hists, rows = build()
    print("catalog: %d categories, %d products" % (len(cat["categories"]), len(cat["products"])))
    print("histories: %d customers" % len(hists))
    print("holdout: %d messages" % len(rows))
