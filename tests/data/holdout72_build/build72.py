# ruff: noqa  (hand-written data generator of blind set 72, kept as its writer left it)
#!/usr/bin/env python3
"""Write catalog72.json, holdout72.jsonl and histories72.jsonl.

Usage: python3 build72.py [output-dir]   (default: the parent folder of holdout72_build)

Standard library only; fixed seeds, so two runs (also under different PYTHONHASHSEED values) give the same bytes.
The history-dependent labels are derived here from the generated histories by the rules of the README section,
never by running the system.
"""

import collections
import copy
import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import cat72  # noqa: E402
import cust72  # noqa: E402
import msgs72  # noqa: E402

MSG_START = datetime.date(2028, 7, 31)
ID_PREFIX = "dn"
NON_ORDER_TAG = {
    "QUESTION": "question",
    "COMPLAINT": "complaint",
    "OTHER": "other",
    "CANCEL": "cancel",
    "CHANGE": "change",
}


def is_whole(q):
    return q is not None and float(q) == int(q)


def out_line(l):
    """Label line (msgs72 helper dict) -> output line."""
    if l["k"] == "L":
        d = {"sku": l["sku"], "quantity": l["q"]}
        if cat72.has_variants(l["sku"]):
            if l["v"] == msgs72.NOV:
                raise ValueError("variant missing on %s" % l["sku"])
            if l["v"] is not None and l["v"] not in cat72.variant_names(l["sku"]):
                raise ValueError("unknown variant %r of %s" % (l["v"], l["sku"]))
            d["variant"] = l["v"]
        elif l["v"] != msgs72.NOV:
            raise ValueError("variant on plain product %s" % l["sku"])
        return d
    if l["k"] == "F":
        d = {"sku": None, "quantity": l["q"], "candidates": list(l["cands"])}
        if l["cv"] is not None:
            d["candidate_variant"] = l["cv"]
        return d
    if l["k"] == "N":
        return {"sku": None, "quantity": l["q"]}
    raise ValueError(l)


def line_open(d):
    return (
        d["sku"] is None
        or d["quantity"] is None
        or ("variant" in d and d["variant"] is None)
        or not is_whole(d["quantity"])
    )


def hist_info(orders):
    info = collections.OrderedDict()
    for o in orders:
        for l in o["lines"]:
            info.setdefault(l["sku"], [])
            v = l.get("variant")
            if v not in info[l["sku"]]:
                info[l["sku"]].append(v)
    return info


def canon(lines):
    return tuple(sorted((l["sku"], l.get("variant") or "", l["quantity"]) for l in lines))


def usual_basket(orders):
    if not orders:
        return None
    cnt = collections.Counter(canon(o["lines"]) for o in orders)
    top = cnt.most_common()
    if top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    for o in orders:
        if canon(o["lines"]) == top[0][0]:
            return o["lines"]


def last_basket(orders):
    return orders[-1]["lines"] if orders else None


def resolve(l, info):
    """Resolve a label line with the customer's history (family by the one bought candidate, missing variant by the
    one bought variant). Returns an output line."""
    d = out_line(l)
    if l["k"] == "F":
        bought = [c for c in l["cands"] if c in info]
        if len(bought) != 1:
            return d
        sku = bought[0]
        r = {"sku": sku, "quantity": l["q"]}
        if cat72.has_variants(sku):
            if l["cv"] is not None and l["cv"] in cat72.variant_names(sku):
                r["variant"] = l["cv"]
            elif l["cv"] is None and len(info[sku]) == 1:
                r["variant"] = info[sku][0]
            else:
                r["variant"] = None
        return r
    if l["k"] == "L" and "variant" in d and d["variant"] is None and not l["nofill"]:
        vs = info.get(l["sku"], [])
        if len(vs) == 1:
            d["variant"] = vs[0]
    return d


def derive_history(m, lines, review, orders):
    """Return (lines_with_history, expect_review_with_history) or None when history changes nothing or does not apply."""
    if m["intent"] != "ORDER":
        return None
    if m["flags"] or any(l["k"] == "N" for l in m["lines"]) or any(l["q"] is None for l in m["lines"]):
        return None
    if any(l["q"] is not None and not is_whole(l["q"]) for l in m["lines"]):
        return None
    info = hist_info(orders)
    if m["ref"]:
        basket = usual_basket(orders) if m["ref"] == "usual" else last_basket(orders)
        if basket is None:
            return None
        lw = [dict(l) for l in basket if l["sku"] not in m["remove"]]
        for l in lw:
            if l["sku"] in m["double"]:
                l["quantity"] = l["quantity"] * 2
        for l in m["lines"]:
            r = resolve(l, info)
            if line_open(r):
                lw.append(r)
                continue
            match = [x for x in lw if x["sku"] == r["sku"] and x.get("variant") == r.get("variant")]
            if match:
                if l["mode"] == "set":
                    match[0]["quantity"] = r["quantity"]
                else:
                    match[0]["quantity"] += r["quantity"]
            else:
                lw.append(r)
        rw = any(line_open(x) for x in lw)
    else:
        lw = [resolve(l, info) for l in m["lines"]]
        rw = any(line_open(x) for x in lw) or m["outlier"]
    if lw == lines and rw == review:
        return None
    return lw, rw


def std_notes(m, lines):
    notes = m["notes"].strip()
    add = []
    low = notes.lower()
    if any(l.get("candidates") for l in lines) or any("variant" in l and l["variant"] is None for l in lines):
        if "ambiguous" not in low:
            add.append("ambiguous")
    if any(l["sku"] is None and not l.get("candidates") for l in lines) and "not in catalog" not in low:
        add.append("not in catalog")
    if (
        any(l["quantity"] is None for l in lines)
        and "quantities not stated" not in low
        and "not a whole number" not in low
    ):
        add.append("quantities not stated")
    if m["ref"] and "reference" not in low:
        add.append("reference to earlier orders: in review")
    if add:
        notes = (notes + " " if notes else "") + "(" + "; ".join(add) + ")"
    return notes


def build_rows():
    hist = {c["key"]: cust72.history(c) for c in cust72.CUSTOMERS}
    per_cust = collections.defaultdict(list)
    for i, m in enumerate(msgs72.MSGS):
        per_cust[m["c"]].append(i)
    dates = {}
    for key, idxs in per_cust.items():
        n = len(idxs)
        for k, i in enumerate(idxs):
            dates[i] = (MSG_START + datetime.timedelta(days=(k * 7) // n)).isoformat()
    rows = []
    for i, m in enumerate(msgs72.MSGS):
        c = cust72.BY_KEY[m["c"]]
        lines = [out_line(l) for l in m["lines"]]
        row = collections.OrderedDict()
        row["id"] = None
        row["channel"] = m["ch"]
        row["customer"] = c["key"]
        row["sender"] = c["email"] if m["ch"] == "EMAIL" else c["phone"]
        row["date"] = dates[i]
        row["language"] = c["language"]
        row["text"] = m["text"]
        row["intent"] = m["intent"]
        row["lines"] = lines
        tags = []
        if m["intent"] == "ORDER":
            review = bool(m["ref"]) or bool(m["flags"]) or any(line_open(l) for l in lines)
            if m["outlier"] and review:
                raise ValueError("outlier in review: %r" % m["text"])
            row["expect_review"] = review
            h = derive_history(m, lines, review, hist[c["key"]])
            if m["outlier"] and h is None:
                raise ValueError("outlier without history change")
            if h is not None:
                row["lines_with_history"], row["expect_review_with_history"] = h
            if not review and not m["outlier"]:
                tags.append("clean")
        else:
            if m["lines"]:
                raise ValueError("non-order with lines")
            tags.append(NON_ORDER_TAG[m["intent"]])
        if m["intent"] == "CHANGE":
            row["change_lines"] = [out_line(l) for l in (m["change"] or [])]
        elif m["change"] is not None:
            raise ValueError("change_lines on non-CHANGE")
        row["notes"] = std_notes(m, lines)
        if c["language"] != "en":
            tags.append("multilingual")
        if any(l.get("candidates") for l in lines):
            tags.append("family")
        if any("variant" in l for l in lines) or any("variant" in l for l in row.get("change_lines", [])):
            tags.append("variant")
        if any(l["sku"] is None and not l.get("candidates") for l in lines):
            tags.append("not_in_catalog")
        if m["ref"]:
            tags.append("reference")
        if m["outlier"]:
            tags.append("outlier")
        for t in m["tags"]:
            if t not in tags:
                tags.append(t)
        row["tags"] = tags
        rows.append(row)
    order = list(range(len(rows)))
    random.Random(72).shuffle(order)
    out = [None] * len(rows)
    for pos, i in enumerate(order):
        rows[i]["id"] = "%s%03d" % (ID_PREFIX, pos + 1)
        out[pos] = rows[i]
    return out


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
    os.makedirs(outdir, exist_ok=True)
    with open(os.path.join(outdir, "catalog72.json"), "w", encoding="utf-8") as f:
        json.dump(cat72.catalog(), f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(outdir, "histories72.jsonl"), "w", encoding="utf-8") as f:
        for h in cust72.histories():
            f.write(json.dumps(h, ensure_ascii=False) + "\n")
    rows = build_rows()
    with open(os.path.join(outdir, "holdout72.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(
        "wrote %d products, %d customers, %d messages to %s"
        % (len(cat72.PRODUCTS), len(cust72.CUSTOMERS), len(rows), outdir)
    )


if __name__ == "__main__":
    main()
