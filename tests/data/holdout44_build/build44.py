# ruff: noqa  (hand-written data generator of blind set 44, kept as its writer left it)
"""Rewrite catalog44.json, histories44.jsonl and holdout44.jsonl (fixed seeds, same bytes every run)."""

import collections
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import cat44  # noqa: E402
import cust44  # noqa: E402
import msgs44  # noqa: E402

SHUFFLE_SEED = 4444


def main():
    catalog = cat44.build_catalog()
    prods = {p["sku"]: p for p in catalog["products"]}
    vp = {s for s, p in prods.items() if p["variants"]}
    vnames = {s: [v["name"] for v in p["variants"]] for s, p in prods.items()}
    histories = cust44.build_histories(vp)
    hist = {h["customer"]: h for h in histories}

    def out_line(ln):
        if ln.get("candidates"):
            d = {"sku": None, "quantity": ln["quantity"], "candidates": ln["candidates"]}
            if ln.get("candidate_variant"):
                d["candidate_variant"] = ln["candidate_variant"]
            return d
        if ln.get("_nic"):
            return {"sku": None, "quantity": ln["quantity"]}
        d = {"sku": ln["sku"], "quantity": ln["quantity"]}
        if ln["sku"] in vp:
            d["variant"] = ln.get("_v")
        return d

    def is_open(d):
        return d["sku"] is None or d["quantity"] is None or ("variant" in d and d["variant"] is None)

    def frac(q):
        return q is not None and q != int(q)

    rows = []
    for m in msgs44.MSGS:
        row = {
            "channel": m["channel"],
            "customer": m["customer"],
            "date": "2028-05-%02d" % m["day"],
            "language": m["language"],
            "text": m["text"],
            "intent": m["intent"],
        }
        tags = list(m["tags"])
        notes = m["notes"]
        raw = m["lines"]
        lines = [out_line(x) for x in raw]
        row["lines"] = lines
        review = None
        if m["intent"] == "ORDER":
            review = bool(
                any(is_open(d) for d in lines)
                or any(frac(d["quantity"]) for d in lines)
                or m.get("ref")
                or m.get("cond")
                or m.get("credit")
            )
            row["expect_review"] = review
            # standard note phrases
            add = []
            if any(x.get("candidates") for x in raw) or any(
                "variant" in d and d["variant"] is None for d in lines
            ):
                if "ambiguous" not in notes:
                    add.append("ambiguous")
            if any(x.get("_nic") for x in raw) and "not in catalog" not in notes:
                add.append("not in catalog")
            if any(d["quantity"] is None for d in lines) and "quantities not stated" not in notes:
                add.append("quantities not stated")
            if add:
                notes = "; ".join(([notes] if notes else []) + add)
            # history
            h = hist[m["customer"]]
            orders = h["orders"]
            skip = (
                not orders
                or any(x.get("_nic") for x in raw)
                or any(d["quantity"] is None for d in lines)
                or any(frac(d["quantity"]) for d in lines)
                or m.get("cond")
                or m.get("credit")
            )
            if not skip:
                bought = collections.defaultdict(set)
                for o in orders:
                    for ol in o["lines"]:
                        bought[ol["sku"]].add(ol.get("variant"))

                def resolve(x):
                    d = out_line(x)
                    if x.get("candidates"):
                        inh = [c for c in x["candidates"] if c in bought]
                        if len(inh) == 1:
                            c = inh[0]
                            d = {"sku": c, "quantity": x["quantity"]}
                            if c in vp:
                                cv = x.get("candidate_variant")
                                if cv in vnames[c]:
                                    d["variant"] = cv
                                elif len(bought[c]) == 1:
                                    d["variant"] = next(iter(bought[c]))
                                else:
                                    d["variant"] = None
                        return d
                    if d["sku"] in vp and d["variant"] is None and not x.get("_nofill"):
                        if len(bought.get(d["sku"], ())) == 1:
                            d["variant"] = next(iter(bought[d["sku"]]))
                    return d

                resolved = [(resolve(x), x["_op"]) for x in raw]
                lwh = None
                if m.get("ref"):
                    base = None
                    if m["ref"] == "last":
                        base = orders[-1]["lines"]
                    else:
                        cnt = collections.Counter(json.dumps(o["lines"], sort_keys=True) for o in orders)
                        top = cnt.most_common()
                        if top and top[0][1] > 1 and (len(top) == 1 or top[1][1] < top[0][1]):
                            base = json.loads(top[0][0])
                    if base is not None:
                        basket = [dict(b) for b in base]
                        basket = [b for b in basket if b["sku"] not in m.get("remove", [])]
                        for b in basket:
                            if b["sku"] in m.get("double", []):
                                b["quantity"] = b["quantity"] * 2
                        for d, op in resolved:
                            hit = [
                                b
                                for b in basket
                                if d["sku"] is not None
                                and b["sku"] == d["sku"]
                                and b.get("variant") == d.get("variant")
                            ]
                            if hit and op == "set":
                                hit[0]["quantity"] = d["quantity"]
                            elif hit:
                                hit[0]["quantity"] = hit[0]["quantity"] + d["quantity"]
                            else:
                                basket.append(dict(d))
                        # keep key order sku, quantity, variant
                        lwh = []
                        for b in basket:
                            nb = {"sku": b["sku"], "quantity": b["quantity"]}
                            for k in ("variant", "candidates", "candidate_variant"):
                                if k in b:
                                    nb[k] = b[k]
                            lwh.append(nb)
                else:
                    lwh = [d for d, _ in resolved]
                if lwh is not None:
                    rh = bool(any(is_open(d) for d in lwh) or m.get("outlier"))
                    if lwh != lines or rh != review:
                        row["lines_with_history"] = lwh
                        row["expect_review_with_history"] = rh
        if m["intent"] == "CHANGE":
            row["change_lines"] = [out_line(x) for x in m.get("change", [])]
        row["notes"] = notes
        # derived tags
        if m["intent"] != "ORDER":
            tags.append(m["intent"].lower())
        if m["language"] != "en":
            tags.append("multilingual")
        if any(x.get("candidates") for x in raw):
            tags.append("family")
        if any(d.get("sku") in vp for d in lines + row.get("change_lines", [])) or any(
            x.get("candidate_variant") for x in raw
        ):
            tags.append("variant")
        if any(x.get("_nic") for x in raw) or "not in catalog" in notes:
            tags.append("not_in_catalog")
        if m.get("ref"):
            tags.append("reference")
        if m.get("outlier"):
            tags.append("outlier")
        if m["intent"] == "ORDER" and review is False and not m.get("outlier"):
            tags.append("clean")
        seen = []
        for t in tags:
            if t not in seen:
                seen.append(t)
        row["tags"] = seen
        rows.append(row)

    random.Random(SHUFFLE_SEED).shuffle(rows)
    final = []
    for i, r in enumerate(rows, 1):
        d = {"id": "hm%03d" % i}
        d.update(r)
        final.append(d)

    with open(os.path.join(OUT, "catalog44.json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(catalog, ensure_ascii=False, indent=1) + "\n")
    with open(os.path.join(OUT, "histories44.jsonl"), "w", encoding="utf-8") as f:
        for h in histories:
            f.write(json.dumps(h, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "holdout44.jsonl"), "w", encoding="utf-8") as f:
        for r in final:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(
        "wrote %d products, %d customers, %d messages"
        % (len(catalog["products"]), len(histories), len(final))
    )


if __name__ == "__main__":
    main()
