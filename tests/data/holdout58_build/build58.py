# ruff: noqa  (hand-written data generator of blind set 58, kept as its writer left it)
"""Rewrites catalog58.json, holdout58.jsonl and histories58.jsonl (one directory up) from cat58.py,
cust58.py and msgs58.py. Fixed seeds, sorted iteration: the same bytes under any PYTHONHASHSEED.
History-dependent labels are derived from the generated histories by the README's rules, never by
running the system."""

import collections
import datetime
import json
import os
import random

import cat58
import cust58
import msgs58

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
BY_SKU = cat58.BY_SKU
FIRST_DAY = datetime.date(2028, 6, 12)
INTENT_TAG = {
    "QUESTION": "question",
    "COMPLAINT": "complaint",
    "OTHER": "other",
    "CANCEL": "cancel",
    "CHANGE": "change",
}


def has_variants(sku):
    return bool(sku and BY_SKU[sku]["variants"])


def canon(lines):
    return json.dumps(lines, sort_keys=True, ensure_ascii=False)


def order_line(d):
    """Key order: sku, variant, quantity, candidates, candidate_variant."""
    out = {"sku": d["sku"]}
    if has_variants(d["sku"]):
        out["variant"] = d.get("variant")
    out["quantity"] = d["quantity"]
    if d.get("candidates"):
        out["candidates"] = list(d["candidates"])
    if d.get("candidate_variant"):
        out["candidate_variant"] = d["candidate_variant"]
    return out


def is_open(d):
    return d["sku"] is None or d["quantity"] is None or (has_variants(d["sku"]) and d.get("variant") is None)


def is_fraction(d):
    q = d["quantity"]
    return d["sku"] is not None and q is not None and q != int(q) and BY_SKU[d["sku"]]["unit"] != "kg"


def bought(orders):
    h = collections.defaultdict(set)
    for o in orders:
        for ln in o["lines"]:
            h[ln["sku"]].add(ln.get("variant"))
    return h


def resolve(d, hist):
    d = dict(d)
    if d["sku"] is None and d.get("candidates"):
        got = sorted(c for c in d["candidates"] if c in hist)
        if len(got) != 1:
            return order_line(d)
        sku = got[0]
        nd = {"sku": sku, "quantity": d["quantity"]}
        if has_variants(sku):
            names = [v["name"] for v in BY_SKU[sku]["variants"]]
            cv = d.get("candidate_variant")
            if cv in names:
                nd["variant"] = cv
            elif len(hist[sku]) == 1:
                nd["variant"] = next(iter(hist[sku]))
            else:
                nd["variant"] = None
        return order_line(nd)
    if has_variants(d["sku"]) and d.get("variant") is None and len(hist.get(d["sku"], ())) == 1:
        d["variant"] = next(iter(hist[d["sku"]]))
    return order_line(d)


def referenced(orders, ref):
    if not orders:
        return None
    if ref == "last":
        return [dict(x) for x in orders[-1]["lines"]]
    cnt = collections.Counter(canon(o["lines"]) for o in orders)
    top = cnt.most_common()
    if top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    return json.loads(top[0][0])


def apply_ref(basket, msg, hist):
    basket = [dict(x) for x in basket if x["sku"] not in msg.get("remove", ())]
    for s in msg.get("double", ()):
        for x in basket:
            if x["sku"] == s:
                x["quantity"] *= 2
    for raw in msg.get("setq", ()):
        d = resolve(raw, hist)
        hits = [
            x
            for x in basket
            if d["sku"]
            and x["sku"] == d["sku"]
            and (d.get("variant") is None or x.get("variant") == d.get("variant"))
        ]
        if len(hits) == 1:
            hits[0]["quantity"] = d["quantity"]
        else:
            basket.append(d)
    setq_ids = {id(x) for x in msg.get("setq", ())}
    for raw in msg["lines"]:
        if id(raw) in setq_ids:
            continue
        d = resolve(raw, hist)
        hits = [
            x for x in basket if d["sku"] and x["sku"] == d["sku"] and x.get("variant") == d.get("variant")
        ]
        if len(hits) == 1:
            hits[0]["quantity"] += d["quantity"]
        else:
            basket.append(d)
    return [order_line(x) for x in basket]


def build():
    hists = cust58.histories()
    hist_by = {h["customer"]: h for h in hists}
    cust_info = {c[0]: c for c in cust58.CUSTOMERS}
    per_cust = collections.defaultdict(list)
    for msg in msgs58.MSGS:
        per_cust[msg["customer"]].append(msg)
    dates = {}
    for c, ms in sorted(per_cust.items()):
        for i, msg in enumerate(ms):
            dates[id(msg)] = (FIRST_DAY + datetime.timedelta(days=(i * 7) // len(ms))).isoformat()

    rows = []
    for msg in msgs58.MSGS:
        c = msg["customer"]
        info = cust_info[c]
        orders = hist_by[c]["orders"]
        lang = msg.get("lang", info[5])
        row = {
            "channel": msg.get("ch", info[3]),
            "customer": c,
            "date": dates[id(msg)],
            "language": lang,
            "text": msg["text"],
            "intent": msg["intent"],
        }
        tags = list(msg["tags"])
        notes = msg["notes"]
        lines = [order_line(x) for x in msg["lines"]]
        row["lines"] = lines
        if msg["intent"] == "ORDER":
            review = (
                bool(msg.get("review"))
                or bool(msg.get("ref"))
                or any(is_open(x) or is_fraction(x) for x in lines)
            )
            if msg.get("outlier"):
                assert not review
            row["expect_review"] = review
            hist = bought(orders)
            if msg.get("outlier"):
                row["lines_with_history"] = lines
                row["expect_review_with_history"] = True
            elif not msg.get("nohist"):
                unresolved = False
                if msg.get("ref"):
                    basket = referenced(orders, msg["ref"])
                    if basket is None:
                        unresolved = True
                        wl = [resolve(x, hist) for x in msg["lines"]]
                    else:
                        wl = apply_ref(basket, msg, hist)
                else:
                    wl = [resolve(x, hist) for x in msg["lines"]]
                wr = unresolved or bool(msg.get("review")) or any(is_open(x) or is_fraction(x) for x in wl)
                if canon(wl) != canon(lines) or wr != review:
                    row["lines_with_history"] = wl
                    row["expect_review_with_history"] = wr
        if msg["intent"] == "CHANGE":
            row["change_lines"] = [order_line(x) for x in msg["change_lines"]]
        # standard note phrases
        add = []
        if any(x.get("candidates") for x in lines) or any(
            has_variants(x["sku"]) and x.get("variant") is None for x in lines
        ):
            if "ambiguous" not in notes:
                add.append("ambiguous")
        if any(x["sku"] is None and not x.get("candidates") for x in lines) and "not in catalog" not in notes:
            add.append("not in catalog")
        if (
            any(x["quantity"] is None for x in lines)
            and "not a whole number" not in notes
            and "quantities not stated" not in notes
        ):
            add.append("quantities not stated")
        if add:
            notes = (notes + " " if notes else "") + "(" + "; ".join(add) + ")"
        row["notes"] = notes
        # derived tags
        if msg["intent"] in INTENT_TAG:
            tags.append(INTENT_TAG[msg["intent"]])
        if lang != "en":
            tags.append("multilingual")
        if any(x.get("candidates") for x in lines):
            tags.append("family")
        if any(has_variants(x["sku"]) for x in lines):
            tags.append("variant")
        if any(x["sku"] is None and not x.get("candidates") for x in lines):
            tags.append("not_in_catalog")
        if msg.get("ref"):
            tags.append("reference")
        if msg.get("outlier"):
            tags.append("outlier")
        if msg["intent"] == "ORDER" and not row["expect_review"] and not msg.get("outlier"):
            tags.append("clean")
        row["tags"] = sorted(set(tags))
        rows.append(row)

    random.Random(58).shuffle(rows)
    out_rows = []
    for i, r in enumerate(rows, 1):
        o = {"id": "ea%03d" % i}
        o.update(r)
        out_rows.append(o)

    with open(os.path.join(OUT, "catalog58.json"), "w", encoding="utf-8") as f:
        json.dump(cat58.catalog(), f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(OUT, "holdout58.jsonl"), "w", encoding="utf-8") as f:
        for r in out_rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "histories58.jsonl"), "w", encoding="utf-8") as f:
        for h in hists:
            f.write(json.dumps(h, ensure_ascii=False) + "\n")
    print("wrote %d messages, %d customers, %d products" % (len(out_rows), len(hists), len(cat58.PRODUCTS)))


if __name__ == "__main__":
    build()
