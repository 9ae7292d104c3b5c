# ruff: noqa  (hand-written data generator of blind set 29, kept as its writer left it)
"""Rebuilds catalog29.json, holdout29.jsonl and histories29.jsonl in the folder above (byte-identical runs).

python3 build29.py
"""

import collections
import copy
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import cat29  # noqa: E402
import cust29  # noqa: E402
import msgs29  # noqa: E402

SEED = 29


def dump(obj):
    return json.dumps(obj, ensure_ascii=False)


def main():
    catalog = cat29.build_catalog()
    prods = {p["sku"]: p for p in catalog["products"]}
    has_var = {s: bool(p["variants"]) for s, p in prods.items()}
    histories = cust29.generate_histories(has_var)
    hist = {h["customer"]: h for h in histories}

    def is_open(line):
        if line["sku"] is None or line["quantity"] is None:
            return True
        if has_var[line["sku"]] and line.get("variant") is None:
            return True
        return float(line["quantity"]) != int(line["quantity"])

    def bought(cust, date):
        skus, variants = set(), collections.defaultdict(set)
        for o in hist[cust]["orders"]:
            if o["date"] < date:
                for ln in o["lines"]:
                    skus.add(ln["sku"])
                    if "variant" in ln:
                        variants[ln["sku"]].add(ln["variant"])
        return skus, variants

    def resolve(line, skus, variants):
        ln = copy.deepcopy(line)
        nofill = ln.pop("_nofill", False)
        if ln["sku"] is None and ln.get("candidates"):
            c = [x for x in ln["candidates"] if x in skus]
            if len(c) == 1:
                cv = ln.get("candidate_variant")
                new = {"sku": c[0], "quantity": ln["quantity"]}
                if has_var[c[0]]:
                    vs = sorted(variants.get(c[0], ()))
                    if cv:
                        new["variant"] = cv
                    else:
                        new["variant"] = vs[0] if len(vs) == 1 else None
                return new
            return ln
        if ln["sku"] is not None and has_var[ln["sku"]] and ln.get("variant") is None and not nofill:
            vs = sorted(variants.get(ln["sku"], ()))
            if len(vs) == 1:
                ln["variant"] = vs[0]
        return ln

    def clean_line(line):
        ln = dict(line)
        ln.pop("_nofill", None)
        return ln

    def hard_block(msg):
        ex = msg["extra"]
        if ex.get("review"):
            return True
        for ln in msg["lines"]:
            if ln["quantity"] is None or float(ln["quantity"]) != int(ln["quantity"]):
                return True
            if ln["sku"] is None and not ln.get("candidates"):
                return True
        return False

    def basket_key(lines):
        return tuple((ln["sku"], ln.get("variant"), ln["quantity"]) for ln in lines)

    def reference_base(cust, date, kind):
        orders = [o for o in hist[cust]["orders"] if o["date"] < date]
        if not orders:
            return None
        if kind == "last":
            return copy.deepcopy(orders[-1]["lines"])
        cnt = collections.Counter(basket_key(o["lines"]) for o in orders)
        top = cnt.most_common()
        if top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
            return None
        for o in orders:
            if basket_key(o["lines"]) == top[0][0]:
                return copy.deepcopy(o["lines"])
        return None

    def apply_ref(base, ref, skus, variants):
        lines = [ln for ln in base if ln["sku"] not in set(ref.get("remove", []))]
        for ln in ref.get("set", []):
            r = resolve(ln, skus, variants)
            for b in lines:
                if b["sku"] == r["sku"] and b.get("variant") == r.get("variant"):
                    b["quantity"] = r["quantity"]
                    break
            else:
                lines.append(r)
        for ln in ref.get("add", []):
            r = resolve(ln, skus, variants)
            for b in lines:
                if r["sku"] is not None and b["sku"] == r["sku"] and b.get("variant") == r.get("variant"):
                    b["quantity"] = b["quantity"] + r["quantity"]
                    break
            else:
                lines.append(r)
        for sku in ref.get("double", []):
            for b in lines:
                if b["sku"] == sku:
                    b["quantity"] = b["quantity"] * 2
        return lines

    rows = []
    for msg in msgs29.MSGS:
        ex = msg["extra"]
        row = {
            "channel": msg["channel"],
            "customer": msg["customer"],
            "date": msg["date"],
            "language": msg["language"],
            "text": msg["text"],
            "intent": msg["intent"],
            "lines": [clean_line(x) for x in msg["lines"]],
        }
        notes = msg["notes"]
        tags = list(msg["tags"])
        if msg["intent"] == "ORDER":
            lines = row["lines"]
            review = any(is_open(x) for x in lines) or bool(ex.get("review")) or "ref" in ex
            if ex.get("outlier"):
                review = False
            row["expect_review"] = review
            add = []
            if any(x["sku"] is None and x.get("candidates") for x in lines) or any(
                x["sku"] is not None and has_var[x["sku"]] and x.get("variant") is None for x in lines
            ):
                if "ambiguous" not in notes:
                    add.append("ambiguous")
            if (
                any(x["sku"] is None and not x.get("candidates") for x in lines)
                and "not in catalog" not in notes
            ):
                add.append("not in catalog")
            if (
                any(x["quantity"] is None for x in lines)
                and "quantities not stated" not in notes
                and "not a whole number" not in notes
            ):
                add.append("quantities not stated")
            if add:
                notes = "; ".join(add) + (": " + notes if notes else "")
            if not review and not ex.get("outlier") and "clean" not in tags:
                tags.insert(0, "clean")
            # history
            skus, variants = bought(msg["customer"], msg["date"])
            if ex.get("outlier"):
                row["lines_with_history"] = copy.deepcopy(lines)
                row["expect_review_with_history"] = True
            elif review and "ref" in ex:
                base = reference_base(msg["customer"], msg["date"], ex["ref"]["kind"])
                if base is not None and not hard_block(msg):
                    lw = apply_ref(base, ex["ref"], skus, variants)
                    row["lines_with_history"] = lw
                    row["expect_review_with_history"] = any(is_open(x) for x in lw)
            elif review and not hard_block(msg):
                lw = [resolve(x, skus, variants) for x in msg["lines"]]
                if lw != lines:
                    row["lines_with_history"] = lw
                    row["expect_review_with_history"] = any(is_open(x) for x in lw)
        if msg["intent"] == "CHANGE":
            row["change_lines"] = [clean_line(x) for x in ex["change"]]
        row["notes"] = notes
        row["tags"] = tags
        rows.append(row)

    random.Random(SEED).shuffle(rows)
    out_rows = []
    for i, r in enumerate(rows, 1):
        o = {"id": "u%03d" % i}
        o.update(r)
        out_rows.append(o)

    with open(os.path.join(OUT, "catalog29.json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(catalog, ensure_ascii=False, indent=1) + "\n")
    with open(os.path.join(OUT, "holdout29.jsonl"), "w", encoding="utf-8") as f:
        for r in out_rows:
            f.write(dump(r) + "\n")
    with open(os.path.join(OUT, "histories29.jsonl"), "w", encoding="utf-8") as f:
        for h in histories:
            f.write(dump(h) + "\n")
    print(
        "wrote %d messages, %d customers, %d products"
        % (len(out_rows), len(histories), len(catalog["products"]))
    )


if __name__ == "__main__":
    main()
