# ruff: noqa  (hand-written data generator of blind set 37, kept as its writer left it)
"""Build set 37: writes catalog37.json, holdout37.jsonl and histories37.jsonl one folder up.
Deterministic: fixed seeds, string seeds only, no dependence on PYTHONHASHSEED."""

import datetime
import json
import os
import random
import re

import cat37
import cust37
import msgs37

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
START = datetime.date(2028, 5, 29)

PRODUCTS = {p[0]: p for p in cat37.P}
HAS_VAR = {p[0] for p in cat37.P if p[7]}
VARS = {p[0]: [v[0] for v in p[7]] for p in cat37.P}
OUTLIER_MIN = 4


def catalog():
    cats = [{"name": n, "parent": par, "ai_keywords": kw} for n, par, kw in cat37.CATEGORIES]
    prods = []
    for sku, name, cat, unit, price, aliases, kws, variants in cat37.P:
        if variants:
            price = min((v[3] for v in variants), key=float)
        ex = [
            f"{name} - please put on the standing list",
            f"restock request: {aliases[0]} (catalogue line {sku})",
        ]
        prods.append(
            {
                "sku": sku,
                "name": name,
                "category": cat,
                "unit": unit,
                "unit_price": price,
                "aliases": aliases,
                "keywords": kws,
                "ai_training_examples": ex,
                "variants": [
                    {"name": v[0], "variant_type": v[1], "sku": v[2], "unit_price": v[3], "ai_aliases": v[4]}
                    for v in variants
                ],
            }
        )
    return {"currency": cat37.CURRENCY, "categories": cats, "products": prods}


def lang_of(text):
    """The main language of the text: Korean if it has Hangul, Japanese if it has kana or kanji, else English."""
    if re.search(r"[\uac00-\ud7a3]", text):
        return "ko"
    if re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", text):
        return "ja"
    return "en"


def out_line(l):
    if l["sku"] is None:
        d = {"sku": None, "quantity": l["qty"]}
        if "cands" in l:
            d["candidates"] = l["cands"]
            if l.get("cv"):
                d["candidate_variant"] = l["cv"]
        return d
    d = {"sku": l["sku"]}
    if l["sku"] in HAS_VAR:
        if l["var"] is msgs37.U:
            raise SystemExit(f"variant missing on {l['sku']}")
        d["variant"] = l["var"]
    elif l.get("var", msgs37.U) is not msgs37.U:
        raise SystemExit(f"variant on product without variants {l['sku']}")
    d["quantity"] = l["qty"]
    return d


def is_open(d):
    q = d["quantity"]
    return (
        d["sku"] is None
        or ("variant" in d and d["variant"] is None)
        or q is None
        or (isinstance(q, float) and not q.is_integer())
    )


def bought(hist):
    got = {}
    for o in hist["orders"]:
        for l in o["lines"]:
            got.setdefault(l["sku"], set()).add(l.get("variant"))
    return got


def resolve(l, got):
    """The line as a clerk who knows the customer's history would enter it (a dict in output form)."""
    d = out_line(l)
    if d["sku"] is None and "candidates" in d:
        hits = [c for c in d["candidates"] if c in got]
        if len(hits) == 1:
            sku = hits[0]
            nd = {"sku": sku}
            if sku in HAS_VAR:
                cv = d.get("candidate_variant")
                if cv in VARS[sku]:
                    nd["variant"] = cv
                elif cv is None and len(got[sku]) == 1:
                    nd["variant"] = next(iter(got[sku]))
                else:
                    nd["variant"] = None
            nd["quantity"] = d["quantity"]
            return nd
        return d
    if d["sku"] is not None and d.get("variant", "x") is None and not l.get("nofill"):
        vs = got.get(d["sku"], set())
        if len(vs) == 1:
            d = dict(d)
            d["variant"] = next(iter(vs))
    return d


def basket_for(kind, hist):
    orders = hist["orders"]
    if not orders:
        return None
    if kind == "last":
        return [dict(l) for l in orders[-1]["lines"]]
    counts = {}
    for o in orders:
        key = json.dumps(sorted(o["lines"], key=lambda x: (x["sku"], str(x.get("variant")))), sort_keys=True)
        counts[key] = counts.get(key, 0) + 1
    best = max(counts.values())
    tops = [k for k, c in counts.items() if c == best]
    if best < 2 or len(tops) != 1:
        return None
    for o in orders:
        key = json.dumps(sorted(o["lines"], key=lambda x: (x["sku"], str(x.get("variant")))), sort_keys=True)
        if key == tops[0]:
            return [dict(l) for l in o["lines"]]


def max_earlier(hist, sku, var):
    m = 0
    for o in hist["orders"]:
        for l in o["lines"]:
            if l["sku"] == sku and l.get("variant") == var:
                m = max(m, l["quantity"])
    return m


NOTE_NAMES = {p[0]: p[1] for p in cat37.P}


def build():
    cat = catalog()
    hists = {k: cust37.history(k, HAS_VAR) for k in cust37.C}
    rows = []
    for m in msgs37.MSGS:
        c = cust37.C[m["cust"]]
        h = hists[m["cust"]]
        row = {"channel": m["ch"] or c[2], "text": m["text"], "intent": m["intent"]}
        lines = [out_line(l) for l in m["lines"]] if m["intent"] == "ORDER" else []
        row["lines"] = lines
        notes = [m["notes"]] if m["notes"] else []
        tags = list(m["tags"])
        if m["intent"] != "ORDER":
            tags.insert(0, m["intent"].lower())
        else:
            for l in m["lines"]:
                if l["sku"] is None and "cands" in l:
                    notes.append(
                        "ambiguous: "
                        + " / ".join(l["cands"])
                        + (f" (size/colour named: {l['cv']})" if l.get("cv") else "")
                    )
                    tags.append("family")
                elif l["sku"] is None:
                    notes.append(f"{l['nic']}: not in catalog")
                    tags.append("not_in_catalog")
                elif l["sku"] in HAS_VAR:
                    tags.append("variant")
                    if l["var"] is None:
                        notes.append(
                            f"ambiguous: variant of {l['sku']} not given"
                            + (" (named variant does not exist)" if l.get("nofill") else "")
                        )
                if l["qty"] is None:
                    notes.append(
                        "quantities not stated as a whole number of selling units (not a whole number / range)"
                    )
            if any(isinstance(d["quantity"], float) and not d["quantity"].is_integer() for d in lines):
                notes.append("fraction of a selling unit")
        if m["ref"]:
            tags.append("reference")
        er = None
        if m["intent"] == "ORDER":
            er = any(is_open(d) for d in lines) or bool(m["ref"]) or bool(m["review"])
            row["expect_review"] = er
            # history
            if not m["nohist"]:
                got = bought(h)
                outlier = False
                if m["ref"]:
                    base = basket_for(m["ref"], h)
                    if base is None:
                        lwh = None
                    else:
                        lwh = base
                        for l in m["lines"]:
                            d = resolve(l, got)
                            match = [
                                b
                                for b in lwh
                                if d["sku"] is not None
                                and b["sku"] == d["sku"]
                                and b.get("variant") == d.get("variant")
                            ]
                            if match:
                                b = match[0]
                                if l["op"] == "set" or d["quantity"] is None or b["quantity"] is None:
                                    b["quantity"] = (
                                        d["quantity"]
                                        if l["op"] == "set" or d["quantity"] is None
                                        else b["quantity"]
                                    )
                                else:
                                    b["quantity"] = b["quantity"] + d["quantity"]
                            else:
                                lwh.append(d)
                        lwh = [b for b in lwh if b["sku"] not in m["remove"]]
                        for b in lwh:
                            if b["sku"] in m["double"]:
                                b["quantity"] = b["quantity"] * 2
                else:
                    lwh = [resolve(l, got) for l in m["lines"]]
                    if not er and h["orders"]:
                        for d in lines:
                            me = max_earlier(h, d["sku"], d.get("variant"))
                            if me and d["quantity"] >= OUTLIER_MIN * me:
                                outlier = True
                if lwh is not None:
                    erh = any(is_open(d) for d in lwh) or bool(m["review"]) or outlier
                    if lwh != lines or erh != er:
                        row["lines_with_history"] = lwh
                        row["expect_review_with_history"] = erh
                if outlier:
                    tags.append("outlier")
                    notes.append("outlier: far above the customer's usual quantity, no reason given")
            if not er and "outlier" not in tags:
                tags.append("clean")
        if m["intent"] == "CHANGE":
            row["change_lines"] = [out_line(l) for l in m["change"]]
        row["customer"] = m["cust"]
        row["date"] = (START + datetime.timedelta(days=m["day"])).isoformat()
        row["language"] = lang_of(m["text"])
        if row["language"] != "en":
            tags.append("multilingual")
        seen = []
        for t in tags:
            if t not in seen:
                seen.append(t)
        row["tags"] = seen
        row["notes"] = " ".join(notes)
        rows.append(row)
    rnd = random.Random(37037)
    rnd.shuffle(rows)
    final = []
    for i, r in enumerate(rows, 1):
        o = {"id": f"jk{i:03d}"}
        for k in [
            "channel",
            "customer",
            "date",
            "language",
            "text",
            "intent",
            "lines",
            "expect_review",
            "lines_with_history",
            "expect_review_with_history",
            "change_lines",
            "tags",
            "notes",
        ]:
            if k in r:
                o[k] = r[k]
        final.append(o)
    with open(os.path.join(OUT, "catalog37.json"), "w", encoding="utf-8") as f:
        json.dump(cat, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(OUT, "histories37.jsonl"), "w", encoding="utf-8") as f:
        for k in cust37.C:
            f.write(json.dumps(hists[k], ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "holdout37.jsonl"), "w", encoding="utf-8") as f:
        for o in final:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"wrote {len(cat['products'])} products, {len(hists)} customers, {len(final)} messages")


if __name__ == "__main__":
    build()
