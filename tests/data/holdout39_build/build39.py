# ruff: noqa  (hand-written data generator of blind set 39, kept as its writer left it)
"""Build set 39: catalog39.json, histories39.jsonl, holdout39.jsonl (deterministic).

Run: python3 build39.py [outdir]   (default: the folder above this one)
The history-dependent labels are derived here from the generated histories, never by running the system.
"""

import datetime as dt
import json
import os
import random
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import cat39  # noqa: E402
import cust39  # noqa: E402
import msgs39  # noqa: E402

HAS_VARIANTS = {p[0]: bool(p[7]) for p in cat39.PRODUCTS}
ARABIC = re.compile("[\u0600-\u06ff]")


def out_line(l):
    """Hand-written helper line -> label line."""
    d = {"sku": l["sku"], "quantity": l["quantity"]}
    if l["sku"] is not None and HAS_VARIANTS[l["sku"]]:
        v = l.get("_v", msgs39.NOTGIVEN)
        d["variant"] = None if v is msgs39.NOTGIVEN else v
    if l.get("candidates"):
        d["candidates"] = list(l["candidates"])
        if l.get("candidate_variant"):
            d["candidate_variant"] = l["candidate_variant"]
    return d


def norm(d):
    """Key order of a label line: sku, quantity, variant, candidates, candidate_variant."""
    return {k: d[k] for k in ("sku", "quantity", "variant", "candidates", "candidate_variant") if k in d}


def is_open(d):
    if d["sku"] is None or d["quantity"] is None:
        return True
    if HAS_VARIANTS[d["sku"]] and d.get("variant") is None:
        return True
    if d["quantity"] != int(d["quantity"]):
        return True
    return False


def usual_basket(orders):
    if not orders:
        return None
    c = Counter(json.dumps(o["lines"], sort_keys=True) for o in orders)
    top = c.most_common()
    if top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    return json.loads(top[0][0])


def bought(orders):
    b = {}
    for o in orders:
        for l in o["lines"]:
            b.setdefault(l["sku"], [])
            v = l.get("variant")
            if v not in b[l["sku"]]:
                b[l["sku"]].append(v)
    return b


def resolve_line(d, b):
    d = dict(d)
    if d["sku"] is None and d.get("candidates"):
        hits = [c for c in d["candidates"] if c in b]
        if len(hits) == 1:
            c = hits[0]
            cv = d.get("candidate_variant")
            nd = {"sku": c, "quantity": d["quantity"]}
            if HAS_VARIANTS[c]:
                if cv and cv in cat39.variant_names(c):
                    nd["variant"] = cv
                elif len(b[c]) == 1:
                    nd["variant"] = b[c][0]
                else:
                    nd["variant"] = None
            return nd
        return d
    if d["sku"] is not None and HAS_VARIANTS[d["sku"]] and d.get("variant") is None and d["sku"] in b:
        if len(b[d["sku"]]) == 1:
            d["variant"] = b[d["sku"]][0]
    return d


def with_history(m, lines, orders):
    """Return (lines_with_history, review_with_history) or None when history cannot apply."""
    b = bought(orders)
    res = [resolve_line(d, b) for d in lines]
    if m["ref"] is None:
        return res, any(is_open(d) for d in res)
    kind, ops = m["ref"]
    basket = usual_basket(orders) if kind == "usual" else (orders[-1]["lines"] if orders else None)
    if basket is None:
        return None
    basket = [dict(l) for l in basket if l["sku"] not in ops.get("remove", [])]
    for l in basket:
        if l["sku"] in ops.get("double", []):
            l["quantity"] = l["quantity"] * 2
    for d in res:
        same = [
            l
            for l in basket
            if d["sku"] is not None
            and l["sku"] == d["sku"]
            and (not HAS_VARIANTS[d["sku"]] or d.get("variant") in (None, l.get("variant")))
        ]
        if same and d["sku"] in ops.get("replace", []):
            same[0]["quantity"] = d["quantity"]
        elif same and d["quantity"] is not None:
            same[0]["quantity"] = same[0]["quantity"] + d["quantity"]
        else:
            basket.append(d)
    basket = [norm(d) for d in basket]
    return basket, any(is_open(d) for d in basket)


def language_of(m):
    lang = m["lang"] or cust39.CUSTOMERS[m["customer"]][4]
    if lang == "ar" and not ARABIC.search(m["text"]):
        return "en"
    return lang


def build_rows(hist):
    rows = []
    for m in msgs39.MSGS:
        c = m["customer"]
        orders = hist[c]
        date = (cust39.MSG_START + dt.timedelta(days=m["day"])).isoformat()
        lines = [out_line(l) for l in m["lines"]]
        notes = m["notes"]
        tags = list(m["tags"])
        row = {
            "id": None,
            "channel": m["channel"],
            "text": m["text"],
            "intent": m["intent"],
            "lines": lines if m["intent"] == "ORDER" else [],
            "notes": "",
            "customer": c,
            "date": date,
            "language": language_of(m),
        }
        if m["intent"] == "ORDER":
            review = any(is_open(d) for d in lines) or m["ref"] is not None or bool(m["review"])
            if m["outlier"]:
                review = False
            row["expect_review"] = review
            add = []
            if any(d["sku"] is None and d.get("candidates") for d in lines) or any(
                d["sku"] and HAS_VARIANTS[d["sku"]] and d.get("variant") is None for d in lines
            ):
                add.append("ambiguous")
            if any(l.get("_nic") for l in m["lines"]):
                add.append("not in catalog")
            if any(d["quantity"] is None for d in lines):
                add.append("quantities not stated")
            for a in add:
                if a not in notes.lower():
                    notes = (notes + "; " if notes else "") + a
            # history
            if m["outlier"]:
                row["lines_with_history"] = [dict(d) for d in lines]
                row["expect_review_with_history"] = True
            elif not m["nohist"]:
                wh = with_history(m, lines, orders)
                if wh is not None:
                    lh, rh = wh
                    if lh != lines or rh != review:
                        row["lines_with_history"] = lh
                        row["expect_review_with_history"] = rh
            if m["ref"]:
                tags.append("reference")
            if any(d.get("candidates") for d in lines):
                tags.append("family")
            if any(d["sku"] and HAS_VARIANTS[d["sku"]] for d in lines):
                tags.append("variant")
            if any(l.get("_nic") for l in m["lines"]):
                tags.append("not_in_catalog")
            if m["outlier"]:
                tags.append("outlier")
            if not review and not m["outlier"]:
                tags.append("clean")
        else:
            tags.append(m["intent"].lower())
        if m["intent"] == "CHANGE":
            row["change_lines"] = [out_line(l) for l in m["change"]]
            if any(d["sku"] and HAS_VARIANTS[d["sku"]] for d in row["change_lines"]):
                tags.append("variant")
        if row["language"] != "en":
            tags.append("multilingual")
        row["notes"] = notes
        row["tags"] = sorted(set(tags))
        rows.append(row)
    random.Random(3939).shuffle(rows)
    for i, r in enumerate(rows, 1):
        r["id"] = "hb%03d" % i
    return rows


def main(outdir):
    os.makedirs(outdir, exist_ok=True)
    hist_rows = cust39.history_rows()
    hist = {h["customer"]: h["orders"] for h in hist_rows}
    with open(os.path.join(outdir, "catalog39.json"), "w", encoding="utf-8") as f:
        json.dump(cat39.catalog(), f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(outdir, "histories39.jsonl"), "w", encoding="utf-8") as f:
        for h in hist_rows:
            f.write(json.dumps(h, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "holdout39.jsonl"), "w", encoding="utf-8") as f:
        for r in build_rows(hist):
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE))
