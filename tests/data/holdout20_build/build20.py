# ruff: noqa  (hand-written data generator of blind set 20, kept as its writer left it)
"""Rewrites catalog20.json, histories20.jsonl and holdout20.jsonl byte-identically (fixed seeds).

Run: python3 build20.py   (from any directory; writes next to the parent folder)
History-dependent labels are derived here from the generated histories by the rules in readme20.md.
"""

import collections
import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import cat20  # noqa: E402
import cust20  # noqa: E402
import msgs20  # noqa: E402

START = datetime.date(2027, 6, 7)
INTENT_TAG = {
    "QUESTION": "question",
    "COMPLAINT": "complaint",
    "OTHER": "other",
    "CANCEL": "cancel",
    "CHANGE": "change",
}


def dump(obj):
    return json.dumps(obj, ensure_ascii=False)


def main():
    catalog = cat20.catalog()
    prods = {p["sku"]: p for p in catalog["products"]}
    has_var = {s: bool(p["variants"]) for s, p in prods.items()}
    vnames = {s: [v["name"] for v in p["variants"]] for s, p in prods.items()}
    hist = cust20.histories(has_var)
    hmap = {h["customer"]: h for h in hist}
    cmeta = {c[0]: c for c in cust20.CUSTOMERS}

    def clean_line(l):
        d = {}
        d["sku"] = l["sku"]
        if l["sku"] is not None and has_var[l["sku"]]:
            if "variant" not in l:
                raise SystemExit("missing variant key on %r" % l)
            d["variant"] = l["variant"]
        elif "variant" in l:
            raise SystemExit("variant key on product without variants %r" % l)
        d["quantity"] = l["quantity"]
        if "candidates" in l:
            d["candidates"] = l["candidates"]
            if "candidate_variant" in l:
                d["candidate_variant"] = l["candidate_variant"]
        return d

    def is_open(d):
        if d["sku"] is None or d["quantity"] is None:
            return True
        return has_var[d["sku"]] and d.get("variant") is None

    def resolve(l, bought_skus, bought_var):
        """Resolve one labelled line with the customer's history (returns a clean line)."""
        if l.get("_nic"):
            return clean_line(l)
        if l["sku"] is None and "candidates" in l:
            inh = [c for c in l["candidates"] if c in bought_skus]
            if len(inh) != 1:
                return clean_line(l)
            sku = inh[0]
            d = {"sku": sku}
            if has_var[sku]:
                cv = l.get("candidate_variant")
                if cv:
                    d["variant"] = cv if cv in vnames[sku] else None
                else:
                    vs = bought_var.get(sku, set())
                    d["variant"] = next(iter(vs)) if len(vs) == 1 else None
            d["quantity"] = l["quantity"]
            return d
        d = clean_line(l)
        if d["sku"] and has_var[d["sku"]] and d["variant"] is None and not l.get("_nofill"):
            vs = bought_var.get(d["sku"], set())
            if len(vs) == 1:
                d["variant"] = next(iter(vs))
        return d

    def key(d):
        return (d["sku"], d.get("variant"))

    rows = []
    for m in msgs20.MSGS:
        c = cmeta[m["customer"]]
        h = hmap[m["customer"]]
        date = START + datetime.timedelta(days=m["day"])
        for o in h["orders"]:
            assert o["date"] < date.isoformat()
        row = collections.OrderedDict()
        row["channel"] = m.get("channel") or c[3]
        row["customer"] = m["customer"]
        row["date"] = date.isoformat()
        row["language"] = m.get("language") or c[5]
        row["text"] = m["text"]
        row["intent"] = m["intent"]
        lines = [clean_line(l) for l in m["lines"]]
        row["lines"] = lines
        tags = list(m["tags"])
        if m["intent"] == "ORDER":
            review = (
                any(is_open(d) for d in lines)
                or bool(m.get("ref"))
                or m.get("credit")
                or m.get("conditional")
            )
            review = bool(review)
            row["expect_review"] = review
            # history
            skip = any(d["quantity"] is None for d in lines) or m.get("credit") or m.get("conditional")
            if not skip:
                orders = h["orders"]
                bought_skus = {l["sku"] for o in orders for l in o["lines"]}
                bought_var = collections.defaultdict(set)
                for o in orders:
                    for l in o["lines"]:
                        if "variant" in l:
                            bought_var[l["sku"]].add(l["variant"])
                ref = m.get("ref")
                lwh = None
                if ref:
                    base = None
                    if orders:
                        if ref["kind"] == "last":
                            base = orders[-1]["lines"]
                        else:
                            cnt = collections.Counter(
                                tuple(
                                    sorted(
                                        (l["sku"], l.get("variant") or "", l["quantity"]) for l in o["lines"]
                                    )
                                )
                                for o in orders
                            )
                            top = cnt.most_common()
                            if top and (len(top) == 1 or top[0][1] > top[1][1]) and top[0][1] >= 2:
                                sig = top[0][0]
                                for o in orders:
                                    if (
                                        tuple(
                                            sorted(
                                                (l["sku"], l.get("variant") or "", l["quantity"])
                                                for l in o["lines"]
                                            )
                                        )
                                        == sig
                                    ):
                                        base = o["lines"]
                                        break
                    if base is not None:
                        cur = [dict(l) for l in base]
                        cur = [l for l in cur if l["sku"] not in ref.get("remove", [])]
                        for l in cur:
                            if l["sku"] in ref.get("double", []):
                                l["quantity"] = l["quantity"] * 2
                        for l in ref.get("set", []):
                            r = resolve(l, bought_skus, bought_var)
                            hit = [x for x in cur if r["sku"] and key(x) == key(r)]
                            if hit:
                                hit[0]["quantity"] = r["quantity"]
                            else:
                                cur.append(r)
                        for l in ref.get("add", []):
                            r = resolve(l, bought_skus, bought_var)
                            hit = [x for x in cur if r["sku"] and key(x) == key(r)]
                            if hit:
                                hit[0]["quantity"] = hit[0]["quantity"] + r["quantity"]
                            else:
                                cur.append(r)
                        lwh = [clean_line(x) for x in cur]
                        rwh = any(is_open(d) for d in lwh)
                    else:
                        lwh, rwh = lines, True
                elif m.get("outlier"):
                    lwh, rwh = lines, True
                else:
                    lwh = [resolve(l, bought_skus, bought_var) for l in m["lines"]]
                    rwh = any(is_open(d) for d in lwh)
                if lwh != lines or rwh != review:
                    row["lines_with_history"] = lwh
                    row["expect_review_with_history"] = rwh
            if not review and not m.get("outlier"):
                tags.append("clean")
        if m["intent"] == "CHANGE":
            row["change_lines"] = [clean_line(l) for l in m["change_lines"]]
        row["notes"] = m["notes"]
        allines = list(m["lines"])
        if m.get("ref"):
            allines += m["ref"].get("set", []) + m["ref"].get("add", [])
        if any("candidates" in l for l in allines):
            tags.append("family")
        if any(l.get("_nic") for l in allines):
            tags.append("not_in_catalog")
        if m["intent"] in INTENT_TAG:
            tags.append(INTENT_TAG[m["intent"]])
        if row["language"] != "en":
            tags.append("multilingual")
        row["tags"] = sorted(set(tags))
        rows.append(row)

    rng = random.Random(20)
    rng.shuffle(rows)
    out_rows = []
    for i, r in enumerate(rows, 1):
        o = collections.OrderedDict([("id", "x%03d" % i)])
        o.update(r)
        out_rows.append(o)

    with open(os.path.join(OUT, "catalog20.json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(catalog, ensure_ascii=False, indent=1) + "\n")
    with open(os.path.join(OUT, "histories20.jsonl"), "w", encoding="utf-8") as f:
        for h in hist:
            f.write(dump(h) + "\n")
    with open(os.path.join(OUT, "holdout20.jsonl"), "w", encoding="utf-8") as f:
        for r in out_rows:
            f.write(dump(r) + "\n")
    print(
        "wrote %d products, %d customers, %d messages" % (len(catalog["products"]), len(hist), len(out_rows))
    )


if __name__ == "__main__":
    main()
