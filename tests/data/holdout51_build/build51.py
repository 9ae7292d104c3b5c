# ruff: noqa  (hand-written data generator of blind set 51, kept as its writer left it)
"""Writes catalog51.json, holdout51.jsonl and histories51.jsonl into the parent folder. Deterministic."""

import collections
import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import cat51  # noqa: E402
import cust51  # noqa: E402
import msgs51  # noqa: E402

OUT = os.path.dirname(HERE)
PROD = {p["sku"]: p for p in cat51.P}
VARSKUS = sorted(s for s, p in PROD.items() if p["variants"])
FIRST_DAY = datetime.date(2028, 7, 31)


def qty(s):
    s = s.strip()
    if s == "_":
        return None
    v = float(s)
    return int(v) if v == int(v) else v


def parse(spec):
    out = []
    for item in [x.strip() for x in spec.split(";") if x.strip()]:
        body, q = item.rsplit("*", 1)
        body = body.strip()
        if body.startswith("!"):
            out.append({"sku": None, "quantity": qty(q)})
        elif body.startswith("?"):
            cv = None
            if "{" in body:
                body, cv = body[:-1].split("{")
            cands = body[1:].split("|")
            for c in cands:
                assert c in PROD, c
            if len(cands) == 1:
                raise ValueError("one candidate: " + item)
            d = {"sku": None, "quantity": qty(q), "candidates": cands}
            if cv:
                d["candidate_variant"] = cv
            out.append(d)
        else:
            if "/" in body:
                sku, var = body.split("/", 1)
                var = None if var == "?" else var
            else:
                sku, var = body, None
            assert sku in PROD, sku
            d = {"sku": sku}
            if PROD[sku]["variants"]:
                if var is not None:
                    assert var in [v["name"] for v in PROD[sku]["variants"]], (sku, var)
                d["variant"] = var
            else:
                assert var is None, item
            d["quantity"] = qty(q)
            out.append(d)
    return out


def has_null(lines):
    return any(
        l["sku"] is None or l["quantity"] is None or ("variant" in l and l["variant"] is None) for l in lines
    )


def bought(hist):
    skus, variants = set(), collections.defaultdict(set)
    for o in hist["orders"]:
        for l in o["lines"]:
            skus.add(l["sku"])
            if l.get("variant"):
                variants[l["sku"]].add(l["variant"])
    return skus, variants


def resolve(line, skus, variants, nofill):
    l = dict(line)
    if l["sku"] is None and "candidates" in l:
        inter = [c for c in l["candidates"] if c in skus]
        if len(inter) != 1:
            return l
        c = inter[0]
        new = {"sku": c}
        if PROD[c]["variants"]:
            cv = l.get("candidate_variant")
            names = [v["name"] for v in PROD[c]["variants"]]
            if cv and cv in names:
                new["variant"] = cv
            elif not cv and len(variants[c]) == 1:
                new["variant"] = sorted(variants[c])[0]
            else:
                new["variant"] = None
        new["quantity"] = l["quantity"]
        return new
    if l["sku"] is not None and "variant" in l and l["variant"] is None and not nofill:
        if len(variants[l["sku"]]) == 1:
            l["variant"] = sorted(variants[l["sku"]])[0]
    return l


def basket_key(lines):
    return tuple(sorted((l["sku"], l.get("variant") or "", l["quantity"]) for l in lines))


def usual_basket(hist):
    c = collections.Counter(basket_key(o["lines"]) for o in hist["orders"])
    if not c:
        return None
    top = c.most_common()
    if len(top) > 1 and top[0][1] == top[1][1]:
        return None
    if top[0][1] < 2:
        return None
    key = top[0][0]
    for o in hist["orders"]:
        if basket_key(o["lines"]) == key:
            return [dict(l) for l in o["lines"]]


def same_line(a, b):
    return a["sku"] == b["sku"] and a.get("variant") == b.get("variant")


def apply_ref(msg, hist, skus, variants):
    kw = msg["kw"]
    if not hist["orders"]:
        return None
    if kw["ref"] == "usual":
        base = usual_basket(hist)
        if base is None:
            return None
    else:
        base = [dict(l) for l in hist["orders"][-1]["lines"]]
    for op, arg in kw.get("mods", []):
        if op == "rm":
            base = [l for l in base if l["sku"] != arg]
            continue
        if op == "double":
            for l in base:
                if l["sku"] == arg:
                    l["quantity"] *= 2
            continue
        nl = resolve(parse(arg)[0], skus, variants, False)
        hit = [l for l in base if nl["sku"] is not None and same_line(l, nl)]
        if hit:
            if op == "set":
                hit[0]["quantity"] = nl["quantity"]
            else:
                hit[0]["quantity"] = hit[0]["quantity"] + nl["quantity"]
        else:
            base.append(nl)
    return base


def build():
    catalog = cat51.CATALOG
    hists = cust51.generate(VARSKUS)
    H = {h["customer"]: h for h in hists}
    rows = []
    for msg in msgs51.M:
        kw = msg["kw"]
        lines = parse(msg["lines"])
        row = {
            "channel": msg["ch"],
            "text": msg["text"],
            "intent": msg["intent"],
            "lines": [],
            "notes": msg["notes"],
            "customer": msg["cust"],
            "date": (FIRST_DAY + datetime.timedelta(days=kw.get("d", 0))).isoformat(),
            "language": msg["lang"],
        }
        tags = [t for t in msg["tags"].split(",") if t]
        notes = msg["notes"]
        if msg["intent"] == "ORDER":
            row["lines"] = lines
            review = bool(kw.get("R")) or has_null(lines)
            row["expect_review"] = review
            if any("candidates" in l for l in lines) or any(
                "variant" in l and l["variant"] is None for l in lines
            ):
                if "ambiguous" not in notes:
                    notes = (notes + "; " if notes else "") + "ambiguous"
                tags.append("family" if any("candidates" in l for l in lines) else "variant")
            if any(l["sku"] is None and "candidates" not in l for l in lines):
                if "not in catalog" not in notes:
                    notes = (notes + "; " if notes else "") + "not in catalog"
                tags.append("not_in_catalog")
            if any(l["quantity"] is None for l in lines) and "quantities not stated" not in notes:
                notes = (notes + "; " if notes else "") + "quantities not stated"
            if any(isinstance(l["quantity"], float) for l in lines) and "not a whole number" not in notes:
                notes = (notes + "; " if notes else "") + "not a whole number"
            if any(l.get("sku") in VARSKUS for l in lines):
                tags.append("variant")
            if kw.get("ref"):
                tags.append("reference")
            if kw.get("outlier"):
                tags.append("outlier")
            if not review and not kw.get("outlier"):
                tags.append("clean")
            # history
            hist = H[msg["cust"]]
            skus, variants = bought(hist)
            lwh = None
            erwh = None
            if kw.get("outlier"):
                lwh, erwh = lines, True
            elif kw.get("ref"):
                res = apply_ref(msg, hist, skus, variants)
                if res is not None:
                    lwh, erwh = res, has_null(res)
            elif not kw.get("R") and not kw.get("nohist"):
                res = [resolve(l, skus, variants, kw.get("nofill")) for l in lines]
                if res != lines:
                    lwh, erwh = res, has_null(res)
            if lwh is not None and (lwh != lines or erwh != review):
                row["lines_with_history"] = lwh
                row["expect_review_with_history"] = erwh
        else:
            assert not lines, msg["text"]
            tags.append(msg["intent"].lower())
            if msg["intent"] == "CHANGE":
                row["change_lines"] = parse(kw.get("change", ""))
        if msg["lang"] != "en":
            tags.append("multilingual")
        if any(t == "new_customer" for t in tags) is False and not H[msg["cust"]]["orders"]:
            tags.append("new_customer")
        row["notes"] = notes
        row["tags"] = sorted(set(tags))
        rows.append(row)
    random.Random(5151).shuffle(rows)
    out_rows = []
    for i, r in enumerate(rows, 1):
        o = {"id": "et%03d" % i}
        o.update(r)
        out_rows.append(o)
    with open(os.path.join(OUT, "catalog51.json"), "w", encoding="utf-8") as f:
        json.dump(catalog, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(OUT, "holdout51.jsonl"), "w", encoding="utf-8") as f:
        for r in out_rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "histories51.jsonl"), "w", encoding="utf-8") as f:
        for h in hists:
            f.write(json.dumps(h, ensure_ascii=False) + "\n")
    print(
        "wrote %d messages, %d products, %d customers" % (len(out_rows), len(catalog["products"]), len(hists))
    )


if __name__ == "__main__":
    build()
