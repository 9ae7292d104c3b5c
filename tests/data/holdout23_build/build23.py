# ruff: noqa  (hand-written data generator of blind set 23, kept as its writer left it)
#!/usr/bin/env python3
"""Rebuild catalog23.json, histories23.jsonl and holdout23.jsonl (blind set 23) byte-identically."""

import datetime
import json
import os
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import cat23  # noqa: E402
import cust23  # noqa: E402
import msgs23  # noqa: E402

FIRST_DAY = datetime.date(2027, 5, 31)


def catalog():
    cats = [{"name": n, "parent": p, "ai_keywords": k} for n, p, k in cat23.CATEGORIES]
    prods = []
    for sku, name, cat, unit, price, aliases, kw, ex, variants in cat23.P:
        vs = []
        for vn, vt, vsku, vp, va in variants:
            vs.append(
                {
                    "name": vn,
                    "variant_type": vt,
                    "sku": vsku,
                    "unit_price": vp,
                    "ai_aliases": [aliases[0] + " " + a for a in va],
                }
            )
        prods.append(
            {
                "sku": sku,
                "name": name,
                "category": cat,
                "unit": unit,
                "unit_price": price,
                "aliases": aliases,
                "keywords": kw,
                "ai_training_examples": ex,
                "variants": vs,
            }
        )
    return {"currency": cat23.CURRENCY, "distributor": cat23.NAME, "categories": cats, "products": prods}


def key(line):
    return (line["sku"], line.get("variant"))


def basket_key(lines):
    return tuple(sorted((l["sku"], l.get("variant") or "", l["quantity"]) for l in lines))


def resolve(line, hist, has_var):
    """Resolve one line with the customer's history (the README's rules)."""
    l = dict(line)
    bought = {}
    for o in hist:
        for h in o["lines"]:
            bought.setdefault(h["sku"], set()).add(h.get("variant"))
    if l["sku"] is None and l.get("candidates"):
        hits = [c for c in l["candidates"] if c in bought]
        if len(hits) == 1:
            c = hits[0]
            cv = l.get("candidate_variant")
            nl = {"sku": c}
            if has_var[c]:
                if cv and cv in has_var[c]:
                    nl["variant"] = cv
                elif len(bought[c]) == 1:
                    nl["variant"] = next(iter(bought[c]))
                else:
                    nl["variant"] = None
            nl["quantity"] = l["quantity"]
            return nl
        return l
    if l["sku"] and has_var[l["sku"]] and l.get("variant") is None and l["sku"] in bought:
        if len(bought[l["sku"]]) == 1:
            l["variant"] = next(iter(bought[l["sku"]]))
    return l


def open_line(l):
    return l["sku"] is None or l["quantity"] is None or ("variant" in l and l["variant"] is None)


def main():
    cat = catalog()
    has_var = {p["sku"]: [v["name"] for v in p["variants"]] for p in cat["products"]}
    hists = cust23.histories()
    hmap = {h["customer"]: h for h in hists}
    ctype = {c["key"]: c["type"] for c in cust23.CUSTOMERS}
    rng = random.Random(2323)
    rows = []
    for m in msgs23.MSGS:
        c = hmap[m["cust"]]
        hist = c["orders"]
        text = m["text"]
        ch = m["ch"] or (
            "EMAIL"
            if text.startswith("Subject:")
            else "WHATSAPP"
            if text.startswith("voice note")
            else c["channel"]
        )
        day = m["day"] if m["day"] is not None else rng.randrange(7)
        row = {
            "id": None,
            "customer": m["cust"],
            "date": (FIRST_DAY + datetime.timedelta(days=day)).isoformat(),
            "channel": ch,
            "language": m["lang"] or c["language"],
            "text": text,
            "intent": m["intent"],
            "lines": [dict(l) for l in m["lines"]],
            "notes": m["notes"],
        }
        tags = list(m["tags"])
        if m["intent"] == "ORDER":
            review = bool(m["review"]) or any(open_line(l) for l in m["lines"]) or m["ref"] is not None
            row["expect_review"] = review
            if m["outlier"]:
                row["lines_with_history"] = [dict(l) for l in m["lines"]]
                row["expect_review_with_history"] = True
            elif not m["nohist"] and not (m["review"] and m["ref"] is None):
                lines_h = None
                if m["ref"] is not None:
                    ref = m["ref"]
                    base = None
                    if hist:
                        if ref["kind"] == "last":
                            base = hist[-1]["lines"]
                        else:
                            cnt = Counter(basket_key(o["lines"]) for o in hist)
                            top = cnt.most_common()
                            if top[0][1] > 1 and (len(top) == 1 or top[1][1] < top[0][1]):
                                base = [o for o in hist if basket_key(o["lines"]) == top[0][0]][-1]["lines"]
                    if base is not None:
                        b = [dict(l) for l in base]
                        b = [l for l in b if l["sku"] not in ref.get("remove", [])]
                        for s in ref.get("set", []):
                            hit = [l for l in b if key(l) == key(s)]
                            if hit:
                                hit[0]["quantity"] = s["quantity"]
                            else:
                                b.append(dict(s))
                        for a in ref.get("add", []):
                            a = resolve(a, hist, has_var)
                            hit = [l for l in b if a["sku"] and key(l) == key(a)]
                            if hit:
                                hit[0]["quantity"] = hit[0]["quantity"] + a["quantity"]
                            else:
                                b.append(a)
                        for s, v in ref.get("double", []):
                            for l in b:
                                if l["sku"] == s and l.get("variant") == v:
                                    l["quantity"] = l["quantity"] * 2
                        lines_h = b
                else:
                    lines_h = [resolve(l, hist, has_var) for l in m["lines"]]
                if lines_h is not None:
                    rev_h = any(open_line(l) for l in lines_h)
                    if lines_h != row["lines"] or rev_h != review:
                        row["lines_with_history"] = lines_h
                        row["expect_review_with_history"] = rev_h
            if not review and not m["outlier"]:
                tags.insert(0, "clean")
        elif m["intent"] == "CHANGE":
            row["change_lines"] = [dict(l) for l in m["change"]]
        if row["language"] != "en":
            tags.append("multilingual")
        row["tags"] = sorted(set(tags), key=tags.index)
        rows.append(row)
    # the cancellation of the outlier comes on the outlier's day
    gr = [r for r in rows if r["text"].startswith("send 36 cs gruner")][0]
    cn = [r for r in rows if r["text"].startswith("sorry ignore the gruner")][0]
    cn["date"] = gr["date"]
    random.Random(23).shuffle(rows)
    for i, r in enumerate(rows, 1):
        r["id"] = "m%03d" % i
    with open(os.path.join(OUT, "catalog23.json"), "w", encoding="utf-8") as f:
        json.dump(cat, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(OUT, "histories23.jsonl"), "w", encoding="utf-8") as f:
        for h in hists:
            f.write(json.dumps(h, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "holdout23.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(cat["products"]), "products,", len(hists), "customers,", len(rows), "messages")


if __name__ == "__main__":
    main()
