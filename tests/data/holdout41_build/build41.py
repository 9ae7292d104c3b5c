# ruff: noqa  (hand-written data generator of blind set 41, kept as its writer left it)
"""Rewrite catalog41.json, histories41.jsonl and holdout41.jsonl (fixed seeds; the same bytes on every run).

The messages and their plain labels are hand-written in msgs41.py. This script adds the standard note phrases
and the derived tags, and derives lines_with_history / expect_review_with_history from the generated histories
by the rules of the README section, never by running the system.
"""

import collections
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import cat41  # noqa: E402
import cust41  # noqa: E402
import msgs41  # noqa: E402

VP = {p["sku"]: [v["name"] for v in p["variants"]] for p in cat41.PRODUCTS if p["variants"]}
SKUS = {p["sku"] for p in cat41.PRODUCTS}


def catalog():
    cats = [{"name": n, "parent": par, "ai_keywords": kw} for (n, par, kw) in cat41.CATEGORIES]
    return {"currency": cat41.CURRENCY, "categories": cats, "products": cat41.PRODUCTS}


def norm_line(ln):
    """Canonical key order: sku, variant, quantity, candidates, candidate_variant."""
    out = {"sku": ln["sku"]}
    if "variant" in ln:
        out["variant"] = ln["variant"]
    out["quantity"] = ln["quantity"]
    if "candidates" in ln:
        out["candidates"] = list(ln["candidates"])
    if ln.get("candidate_variant"):
        out["candidate_variant"] = ln["candidate_variant"]
    return out


def check_line(ln, where):
    sku = ln["sku"]
    if sku is None:
        assert "variant" not in ln, where
        return
    assert sku in SKUS, (where, sku)
    if sku in VP:
        assert "variant" in ln, (where, sku, "variant key missing")
        assert ln["variant"] is None or ln["variant"] in VP[sku], (where, sku, ln["variant"])
    else:
        assert "variant" not in ln, (where, sku, "variant on a product without variants")


def basket_key(lines):
    return tuple(sorted((ln["sku"], ln.get("variant") or "", ln["quantity"]) for ln in lines))


def usual_basket(orders):
    if not orders:
        return None
    cnt = collections.Counter(basket_key(o["lines"]) for o in orders)
    top = cnt.most_common()
    if top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    for o in reversed(orders):
        if basket_key(o["lines"]) == top[0][0]:
            return [dict(x) for x in o["lines"]]
    return None


def bought_skus(orders):
    return {ln["sku"] for o in orders for ln in o["lines"]}


def bought_variants(orders, sku):
    return sorted({ln.get("variant") for o in orders for ln in o["lines"] if ln["sku"] == sku})


def resolve(ln, orders, nofill):
    ln = dict(ln)
    if ln["sku"] is None and "candidates" in ln:
        got = [c for c in ln["candidates"] if c in bought_skus(orders)]
        if len(got) != 1:
            return ln
        sku = got[0]
        new = {"sku": sku}
        if sku in VP:
            cv = ln.get("candidate_variant")
            if cv:
                new["variant"] = cv if cv in VP[sku] else None
            else:
                vs = bought_variants(orders, sku)
                new["variant"] = vs[0] if len(vs) == 1 else None
        new["quantity"] = ln["quantity"]
        return new
    if ln["sku"] in VP and ln.get("variant") is None and not nofill:
        vs = bought_variants(orders, ln["sku"])
        if len(vs) == 1:
            ln["variant"] = vs[0]
    return ln


def is_open(ln):
    return ln["sku"] is None or ln["quantity"] is None or (ln["sku"] in VP and ln.get("variant") is None)


def with_history(row, spec, orders):
    """Return (lines_with_history, review_with_history) or None when history settles nothing new."""
    nofill = spec.get("nofill", False)
    resolved = [resolve(ln, orders, nofill) for ln in row["lines"]]
    ref = spec.get("ref")
    if ref:
        base = (
            usual_basket(orders)
            if ref["kind"] == "usual"
            else ([dict(x) for x in orders[-1]["lines"]] if orders else None)
        )
        if base is None:
            return None  # unresolved reference: stays in review, lines unchanged
        base = [dict(x) for x in base if x["sku"] not in ref.get("remove", [])]
        for x in base:
            if x["sku"] in ref.get("double", []):
                x["quantity"] = x["quantity"] * 2
        for ln in resolved:
            match = None
            if ln["sku"] is not None:
                for x in base:
                    if x["sku"] == ln["sku"] and (
                        ln["sku"] not in VP or ln.get("variant") in (None, x.get("variant"))
                    ):
                        match = x
                        break
            if match is None:
                base.append(dict(ln))
            elif ln["sku"] in ref.get("set", []):
                match["quantity"] = ln["quantity"]
            else:
                match["quantity"] = match["quantity"] + ln["quantity"]
        resolved = base
    resolved = [norm_line(x) for x in resolved]
    review_h = any(is_open(x) for x in resolved) or bool(spec.get("outlier"))
    if resolved == row["lines"] and review_h == row["expect_review"]:
        return None
    return resolved, review_h


def build_rows(histories):
    hist = {h["customer"]: h["orders"] for h in histories}
    rows = []
    for i, spec in enumerate(msgs41.MSGS):
        where = f"msg {i} ({spec['customer']}: {spec['text'][:40]!r})"
        assert spec["customer"] in hist, where
        lines = [norm_line(ln) for ln in spec["lines"]]
        for ln in lines:
            check_line(ln, where)
        intent = spec["intent"]
        notes = spec.get("notes", "")
        tags = list(spec.get("tags", []))
        row = {
            "channel": spec["channel"],
            "customer": spec["customer"],
            "date": spec["date"],
            "language": spec["language"],
            "text": spec["text"],
            "intent": intent,
            "lines": lines,
        }
        if intent == "ORDER":
            has_open = any(is_open(x) for x in lines)
            frac = any(x["quantity"] is not None and x["quantity"] != int(x["quantity"]) for x in lines)
            review = has_open or frac or bool(spec.get("rv")) or bool(spec.get("ref"))
            if spec.get("outlier"):
                assert not review, where
            row["expect_review"] = review
            if not spec.get("nohist"):
                h = with_history(row, spec, hist[spec["customer"]])
                if spec.get("outlier"):
                    h = (lines, True)
                if h is not None:
                    row["lines_with_history"], row["expect_review_with_history"] = h
            if any(x["sku"] is None and "candidates" in x for x in lines) or any(
                x["sku"] in VP and x.get("variant") is None for x in lines
            ):
                if "ambiguous" not in notes:
                    notes = (notes + "; " if notes else "") + "ambiguous"
            if (
                any(x["sku"] is None and "candidates" not in x for x in lines)
                and "not in catalog" not in notes
            ):
                notes = (notes + "; " if notes else "") + "not in catalog"
            if (
                any(x["quantity"] is None for x in lines)
                and "not a whole number" not in notes
                and "quantities not stated" not in notes
            ):
                notes = (notes + "; " if notes else "") + "quantities not stated"
        else:
            assert not lines, where
        if intent == "CHANGE":
            row["change_lines"] = [norm_line(x) for x in spec["change"]]
            for ln in row["change_lines"]:
                check_line(ln, where)
        else:
            assert "change" not in spec, where
        row["notes"] = notes
        # derived tags
        if intent != "ORDER":
            tags.append(intent.lower())
        if spec["language"] != "en":
            tags.append("multilingual")
        if any("candidates" in x for x in lines):
            tags.append("family")
        if any("variant" in x or x.get("candidate_variant") for x in lines):
            tags.append("variant")
        if any(x["sku"] is None and "candidates" not in x for x in lines) or "not in catalog" in notes:
            tags.append("not_in_catalog")
        if spec.get("ref"):
            tags.append("reference")
        if spec.get("outlier"):
            tags.append("outlier")
        if intent == "ORDER" and not row["expect_review"] and not spec.get("outlier"):
            tags.append("clean")
        row["tags"] = sorted(set(tags))
        rows.append(row)
    random.Random(41).shuffle(rows)
    out = []
    for n, row in enumerate(rows, 1):
        out.append({"id": f"pz{n:03d}", **row})
    return out


def dump_jsonl(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    with open(os.path.join(OUT, "catalog41.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(catalog(), ensure_ascii=False, indent=1) + "\n")
    histories = cust41.build_histories(set(VP))
    for h in histories:
        for o in h["orders"]:
            for ln in o["lines"]:
                check_line(ln, h["customer"])
    dump_jsonl(os.path.join(OUT, "histories41.jsonl"), histories)
    dump_jsonl(os.path.join(OUT, "holdout41.jsonl"), build_rows(histories))
    print("wrote catalog41.json, histories41.jsonl, holdout41.jsonl")


if __name__ == "__main__":
    main()
