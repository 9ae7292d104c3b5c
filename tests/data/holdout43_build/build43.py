# ruff: noqa  (hand-written data generator of blind set 43, kept as its writer left it)
"""Rewrite catalog43.json, histories43.jsonl and holdout43.jsonl (fixed seeds; same bytes on every run).

Usage: python3 build43.py [OUTDIR]   (default: the folder above this one)
"""

import datetime
import json
import os
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import cat43  # noqa: E402
import cust43  # noqa: E402
import msgs43  # noqa: E402

FIRST_DAY = datetime.date(2028, 10, 9)
SHUFFLE_SEED = 4343


def dumps(o):
    return json.dumps(o, ensure_ascii=False)


def main(outdir):
    catalog = cat43.catalog()
    prods = {p["sku"]: p for p in catalog["products"]}
    variants = {p["sku"]: [v["name"] for v in p["variants"]] for p in catalog["products"]}
    hists = cust43.histories()
    hist_by = {h["customer"]: h for h in hists}

    def has_var(sku):
        return bool(sku) and bool(variants[sku])

    def clean_line(ln):
        out = {"sku": ln["sku"], "quantity": ln["quantity"]}
        if ln["sku"] is not None and has_var(ln["sku"]):
            v = ln.get("_v", ln.get("variant"))
            if v is not None and v not in variants[ln["sku"]]:
                raise SystemExit(f"bad variant {v} for {ln['sku']}")
            out["variant"] = v
        elif ln["sku"] is not None and ln.get("_v") is not None:
            raise SystemExit(f"variant on product without variants: {ln}")
        if ln.get("candidates"):
            out["candidates"] = list(ln["candidates"])
            if ln.get("candidate_variant"):
                out["candidate_variant"] = ln["candidate_variant"]
        return out

    def is_open(ln):
        if ln["sku"] is None or ln["quantity"] is None:
            return True
        if has_var(ln["sku"]) and ln.get("variant") is None:
            return True
        q = ln["quantity"]
        return isinstance(q, float) and not float(q).is_integer()

    def bought(cust):
        skus, vars_ = set(), {}
        for o in hist_by[cust]["orders"]:
            for ln in o["lines"]:
                skus.add(ln["sku"])
                if "variant" in ln:
                    vars_.setdefault(ln["sku"], set()).add(ln["variant"])
        return skus, vars_

    def resolve(ln, raw, cust):
        """Resolve one clean line with the customer's history (family -> one bought member, missing variant)."""
        skus, vars_ = bought(cust)
        ln = dict(ln)
        if ln["sku"] is None and ln.get("candidates"):
            got = [c for c in ln["candidates"] if c in skus]
            if len(got) == 1:
                sku = got[0]
                new = {"sku": sku, "quantity": ln["quantity"]}
                if has_var(sku):
                    cv = ln.get("candidate_variant")
                    if cv in variants[sku]:
                        new["variant"] = cv
                    elif len(vars_.get(sku, ())) == 1:
                        new["variant"] = next(iter(vars_[sku]))
                    else:
                        new["variant"] = None
                return new
            return ln
        if (
            ln["sku"] is not None
            and has_var(ln["sku"])
            and ln.get("variant") is None
            and not raw.get(msgs43.NOFILL)
        ):
            vs = vars_.get(ln["sku"], set())
            if len(vs) == 1:
                ln["variant"] = next(iter(vs))
        return ln

    def basket_of(cust, kind):
        orders = hist_by[cust]["orders"]
        if not orders:
            return None
        if kind == "last":
            return [dict(x) for x in orders[-1]["lines"]]
        keyed = Counter(tuple(dumps(x) for x in o["lines"]) for o in orders)
        (top, n), *rest = keyed.most_common() + [((), 0)]
        if n < 2 or (rest and rest[0][1] == n):
            return None
        return [json.loads(x) for x in top]

    def same(a, b):
        return a["sku"] == b["sku"] and (b.get("variant") is None or a.get("variant") == b.get("variant"))

    rows = []
    for m in msgs43.MSGS:
        cust = m["customer"]
        date = (FIRST_DAY + datetime.timedelta(days=m["day"])).isoformat()
        ref = m["ref"]
        raw_lines = list(m["lines"])
        if ref:
            raw_lines = list(ref.get("set", [])) + list(ref.get("add", []))
        lines = [clean_line(x) for x in raw_lines]
        row = {
            "id": None,
            "customer": cust,
            "date": date,
            "channel": m["channel"],
            "language": m["language"],
            "text": m["text"],
            "intent": m["intent"],
            "lines": lines if m["intent"] == "ORDER" else [],
        }
        notes = m["notes"] or ""
        tags = list(m["tags"])
        if m["intent"] == "ORDER":
            review = (
                any(is_open(x) for x in lines)
                or bool(ref)
                or bool(set(m["flags"]) & {"conditional", "credit", "range"})
            )
            if m["review"] is not None:
                review = m["review"]
            if m["outlier"] and review:
                raise SystemExit("outlier in review: " + m["text"][:40])
            add = []
            if any(x.get("candidates") for x in lines) and "ambiguous" not in notes:
                add.append("ambiguous: a bare family word, candidates listed")
            if (
                any(x["sku"] and has_var(x["sku"]) and x.get("variant") is None for x in lines)
                and "ambiguous" not in notes
            ):
                add.append("ambiguous: variant not given")
            if (
                any(x["sku"] is None and not x.get("candidates") for x in lines)
                and "not in catalog" not in notes
            ):
                add.append("not in catalog")
            if any(x["quantity"] is None for x in lines) and "quantities not stated" not in notes:
                add.append("quantities not stated")
            notes = "; ".join([n for n in [notes] + add if n])
            row["notes"] = notes
            row["expect_review"] = review
            # ---- history
            no_hist = (
                any(x["quantity"] is None for x in lines)
                or any(x["sku"] is None and not x.get("candidates") for x in lines)
                or set(m["flags"]) & {"conditional", "credit", "range"}
            )
            lwh, rev_h = None, None
            if m["outlier"]:
                lwh, rev_h = [dict(x) for x in lines], True
            elif ref:
                basket = basket_of(cust, ref["kind"])
                if basket is not None:
                    b = [dict(x) for x in basket if x["sku"] not in ref.get("remove", [])]
                    for raw, ln in zip(ref.get("set", []), [clean_line(x) for x in ref.get("set", [])]):
                        r = resolve(ln, raw, cust)
                        hit = [x for x in b if same(x, r)] if r["sku"] else []
                        if hit:
                            hit[0]["quantity"] = r["quantity"]
                        else:
                            b.append(r)
                    for raw, ln in zip(ref.get("add", []), [clean_line(x) for x in ref.get("add", [])]):
                        r = resolve(ln, raw, cust)
                        hit = [x for x in b if same(x, r)] if r["sku"] else []
                        if hit:
                            hit[0]["quantity"] = hit[0]["quantity"] + r["quantity"]
                        else:
                            b.append(r)
                    for sku in ref.get("double", []):
                        for x in b:
                            if x["sku"] == sku:
                                x["quantity"] = x["quantity"] * 2
                    lwh = b
                    rev_h = any(is_open(x) for x in b)
            elif not no_hist and hist_by[cust]["orders"]:
                r = [resolve(ln, raw, cust) for raw, ln in zip(raw_lines, lines)]
                lwh, rev_h = r, any(is_open(x) for x in r)
            if lwh is not None and (lwh != lines or rev_h != review):
                row["lines_with_history"] = lwh
                row["expect_review_with_history"] = rev_h
            # ---- tags
            if m["outlier"]:
                tags.append("outlier")
            elif not review:
                tags.append("clean")
        else:
            row["notes"] = notes
            tags.append(m["intent"].lower())
        if m["intent"] == "CHANGE":
            row["change_lines"] = [clean_line(x) for x in (m["change"] or [])]
        if m["language"] != "en":
            tags.append("multilingual")
        if any(x.get("candidates") for x in lines) and m["intent"] == "ORDER":
            tags.append("family")
        allv = (lines if m["intent"] == "ORDER" else []) + row.get("change_lines", [])
        if any(x["sku"] and has_var(x["sku"]) for x in allv):
            tags.append("variant")
        if m["intent"] == "ORDER" and any(x["sku"] is None and not x.get("candidates") for x in lines):
            tags.append("not_in_catalog")
        if ref:
            tags.append("reference")
        seen = []
        for t in tags:
            if t not in seen:
                seen.append(t)
        row["tags"] = seen
        rows.append(row)

    rng = random.Random(SHUFFLE_SEED)
    rng.shuffle(rows)
    for i, r in enumerate(rows, 1):
        r["id"] = f"is{i:03d}"

    with open(os.path.join(outdir, "catalog43.json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(catalog, ensure_ascii=False, indent=1) + "\n")
    with open(os.path.join(outdir, "histories43.jsonl"), "w", encoding="utf-8") as f:
        for h in hists:
            f.write(dumps(h) + "\n")
    with open(os.path.join(outdir, "holdout43.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(dumps(r) + "\n")
    print(
        f"wrote {len(catalog['products'])} products, {len(hists)} histories, {len(rows)} messages to {outdir}"
    )


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE))
