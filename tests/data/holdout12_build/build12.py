# ruff: noqa  (hand-written data generator for the twelfth blind set, kept as its writer left it)
#!/usr/bin/python3
"""Rewrites catalog12.json, holdout12.jsonl and histories12.jsonl identically (fixed seeds)."""

import json, random, datetime, collections, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cat12, cust12, msgs12

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DAY0 = datetime.date(2026, 11, 30)


def catalog():
    return {
        "currency": cat12.CURRENCY,
        "categories": [{"name": n, "parent": p, "ai_keywords": k} for n, p, k in cat12.CATEGORIES],
        "products": cat12.PRODUCTS,
    }


def clean_line(l):
    return {k: v for k, v in l.items() if not k.startswith("_")}


def key(l):
    return (l["sku"], l.get("variant"))


def history_lines(m, hist, has_var):
    """The order a human who knows the history would enter; None when history cannot be used."""
    orders = hist["orders"]
    bought = collections.defaultdict(set)
    for o in orders:
        for l in o["lines"]:
            bought[l["sku"]].add(l.get("variant"))
    ref = m["ref"]
    base = []
    if ref:
        if not orders:
            return None
        if ref["base"] == "last":
            base = [dict(l) for l in orders[-1]["lines"]]
        else:
            c = collections.Counter(json.dumps(o["lines"]) for o in orders)
            top = c.most_common(2)
            if top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
                return None
            base = json.loads(top[0][0])
        base = [l for l in base if l["sku"] not in ref.get("remove", [])]
        for l in base:
            if l["sku"] in ref.get("double", []):
                l["quantity"] *= 2
    out = base
    for l in m["lines"]:
        l = dict(l)
        if l["sku"] is None and l.get("candidates"):
            got = [c for c in l["candidates"] if c in bought]
            if len(got) == 1:
                s = got[0]
                nl = {"sku": s}
                if has_var[s]:
                    hv = l.get("_hv")
                    vs = bought[s]
                    nl["variant"] = hv if hv else (next(iter(vs)) if len(vs) == 1 else None)
                nl["quantity"] = l["quantity"]
                l = nl
        elif l["sku"] and has_var[l["sku"]] and l.get("variant") is None:
            vs = bought.get(l["sku"], set())
            if len(vs) == 1:
                l["variant"] = next(iter(vs))
        setq = l.pop("_set", False)
        l.pop("_hv", None)
        match = [x for x in out if x["sku"] is not None and key(x) == key(l)]
        if match and l["sku"] is not None:
            if setq:
                match[0]["quantity"] = l["quantity"]
            else:
                match[0]["quantity"] = (
                    (match[0]["quantity"] or 0) + (l["quantity"] or 0) if l["quantity"] is not None else None
                )
        else:
            out.append(l)
    return [clean_line(x) for x in out]


def needs_review(lines, has_var):
    for l in lines:
        if l["sku"] is None or l["quantity"] is None:
            return True
        if has_var[l["sku"]] and l.get("variant") is None:
            return True
    return False


def build():
    cat = catalog()
    has_var = {p["sku"]: bool(p["variants"]) for p in cat["products"]}
    hists = cust12.histories()
    hmap = {h["customer"]: h for h in hists}
    rows = []
    for m in msgs12.MSGS:
        r = {
            "channel": m["channel"],
            "customer": m["customer"],
            "date": (DAY0 + datetime.timedelta(days=m["day"])).isoformat(),
            "language": m["language"],
            "text": m["text"],
            "intent": m["intent"],
            "lines": [clean_line(l) for l in m["lines"]],
        }
        if m["intent"] == "ORDER":
            r["expect_review"] = m["rv"]
            if m["outlier"]:
                r["lines_with_history"] = [clean_line(l) for l in m["lines"]]
                r["expect_review_with_history"] = True
            elif m["rv"] and not m["stay"]:
                hl = history_lines(m, hmap[m["customer"]], has_var)
                if hl is not None and (hl != r["lines"] or m["ref"]):
                    r["lines_with_history"] = hl
                    r["expect_review_with_history"] = needs_review(hl, has_var)
        if m["intent"] == "CHANGE":
            r["change_lines"] = [clean_line(l) for l in m["change"]]
        r["notes"] = m["notes"]
        r["tags"] = m["tags"]
        rows.append(r)
    random.Random(12).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append(dict([("id", "d%03d" % i)] + list(r.items())))
    with open(os.path.join(OUT, "catalog12.json"), "w", encoding="utf-8") as f:
        json.dump(cat, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(OUT, "holdout12.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "histories12.jsonl"), "w", encoding="utf-8") as f:
        for h in hists:
            f.write(json.dumps(h, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    build()
