# ruff: noqa  (hand-written data generator of blind set 60, kept as its writer left it)
"""Rewrites catalog60.json, holdout60.jsonl and histories60.jsonl (fixed seeds, byte-identical on every run)."""

import json, random, copy, datetime, os
from collections import Counter
import cat60, cust60, msgs60

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
PROD = {p["sku"]: p for p in cat60.P}
VARS = {p["sku"]: [v["name"] for v in p["variants"]] for p in cat60.P}
CUST = {c[0]: c for c in cust60.CUSTOMERS}


def parse_line(tok):
    tok = tok.strip()
    spec, q = tok.rsplit(" ", 1)
    qty = None if q == "-" else (float(q) if "." in q else int(q))
    if spec.startswith("?"):
        cv = None
        if "@" in spec:
            spec, cv = spec.split("@", 1)
        cands = spec[1:].split(",")
        for s in cands:
            assert s in PROD, s
        line = {"sku": None, "quantity": qty, "candidates": cands}
        if cv:
            assert any(cv in VARS[s] for s in cands), (cv, cands)
            line["candidate_variant"] = cv
        return line
    if spec == "NIC":
        return {"sku": None, "quantity": qty}
    if "/" in spec and spec.split("/", 1)[0] in PROD:
        sku, var = spec.split("/", 1)
        var = None if var == "?" else var
    else:
        sku, var = spec, None
    assert sku in PROD, tok
    line = {"sku": sku}
    if VARS[sku]:
        assert var is None or var in VARS[sku], tok
        line["variant"] = var
    else:
        assert var is None, tok
    line["quantity"] = qty
    return line


def parse_lines(s):
    return [parse_line(t) for t in s.split(";") if t.strip()] if s else []


def is_open(l):
    return l["sku"] is None or l["quantity"] is None or ("variant" in l and l["variant"] is None)


def bought(hist):
    skus, vars_ = set(), {}
    for o in hist:
        for l in o["lines"]:
            skus.add(l["sku"])
            if "variant" in l:
                vars_.setdefault(l["sku"], set()).add(l["variant"])
    return skus, vars_


def resolve(line, hist):
    skus, vars_ = bought(hist)
    l = copy.deepcopy(line)
    if l["sku"] is None and "candidates" in l:
        hit = [s for s in l["candidates"] if s in skus]
        if len(hit) != 1:
            return l
        s = hit[0]
        nl = {"sku": s}
        if VARS[s]:
            cv = l.get("candidate_variant")
            if cv and cv in VARS[s]:
                nl["variant"] = cv
            elif len(vars_.get(s, ())) == 1:
                nl["variant"] = next(iter(vars_[s]))
            else:
                nl["variant"] = None
        nl["quantity"] = l["quantity"]
        return nl
    if l["sku"] and "variant" in l and l["variant"] is None and len(vars_.get(l["sku"], ())) == 1:
        l["variant"] = next(iter(vars_[l["sku"]]))
    return l


def sig(lines):
    return json.dumps(sorted(json.dumps(l, sort_keys=True) for l in lines))


def base_basket(kind, hist):
    if not hist:
        return None
    if kind == "last":
        return copy.deepcopy(hist[-1]["lines"])
    cnt = Counter(sig(o["lines"]) for o in hist)
    top = cnt.most_common()
    if top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    for o in hist:
        if sig(o["lines"]) == top[0][0]:
            return copy.deepcopy(o["lines"])


def with_history(msg, lines, hist):
    """Return (lines_h, review_h) for an ORDER row by the set's rules."""
    if msg["ref"]:
        basket = base_basket(msg["ref"], hist)
        if basket is None:
            return [resolve(l, hist) for l in lines], True
        basket = [l for l in basket if l["sku"] not in msg["rm"]]
        for l in lines:
            r = resolve(l, hist)
            if r["sku"] and r["sku"] in msg["st"]:
                same = [b for b in basket if b["sku"] == r["sku"]]
                if same:
                    for b in same[1:]:
                        basket.remove(b)
                    same[0].update(r)
                else:
                    basket.append(r)
                continue
            same = [
                b
                for b in basket
                if r["sku"] and b["sku"] == r["sku"] and b.get("variant") == r.get("variant")
            ]
            if same and r["quantity"] is not None:
                same[0]["quantity"] += r["quantity"]
            else:
                basket.append(r)
        for b in basket:
            if b["sku"] in msg["dbl"]:
                b["quantity"] *= 2
        lh = basket
    else:
        lh = [resolve(l, hist) for l in lines]
    review_h = any(is_open(l) for l in lh) or "outlier" in msg["fl"] or "review" in msg["fl"]
    return lh, review_h


STD_TAGS = {
    "QUESTION": "question",
    "COMPLAINT": "complaint",
    "OTHER": "other",
    "CANCEL": "cancel",
    "CHANGE": "change",
}


def build():
    hists = cust60.histories(VARS)
    hmap = {h["customer"]: h["orders"] for h in hists}
    # dates: in message order per customer, 2028-06-05 .. 06-11
    per = Counter(m["c"] for m in msgs60.M)
    seen = Counter()
    rows = []
    for m in msgs60.M:
        k = seen[m["c"]]
        seen[m["c"]] += 1
        date = (datetime.date(2028, 6, 5) + datetime.timedelta(days=(k * 7) // per[m["c"]])).isoformat()
        cu = CUST[m["c"]]
        lines = parse_lines(m["l"]) if m["i"] == "ORDER" else []
        notes = m["n"]
        tags = list(m["g"])
        row = {
            "customer": m["c"],
            "channel": m["ch"] or cu[3],
            "date": date,
            "language": cu[5],
            "text": m["t"],
            "intent": m["i"],
            "lines": lines,
        }
        extra = []
        if m["i"] == "ORDER":
            frac = any(l["quantity"] is not None and l["quantity"] != int(l["quantity"]) for l in lines)
            review = (
                any(is_open(l) for l in lines)
                or frac
                or bool(m["ref"])
                or any(f in m["fl"] for f in ("credit", "conditional", "range", "review"))
            )
            if any("candidates" in l for l in lines) or any(
                "variant" in l and l["variant"] is None for l in lines
            ):
                if "ambiguous" not in notes:
                    extra.append("ambiguous")
            if (
                any(l["sku"] is None and "candidates" not in l for l in lines)
                and "not in catalog" not in notes
            ):
                extra.append("not in catalog")
            if (
                any(l["quantity"] is None for l in lines)
                and "quantities not stated" not in notes
                and "not a whole number" not in notes
            ):
                extra.append("quantities not stated")
            row["expect_review"] = review
            skip = (
                any(l["quantity"] is None for l in lines)
                or frac
                or any(l["sku"] is None and "candidates" not in l for l in lines)
                or any(f in m["fl"] for f in ("credit", "conditional", "range"))
            )
            if not skip:
                lh, rh = with_history(m, lines, hmap[m["c"]])
                if lh != lines or rh != review:
                    row["lines_with_history"] = lh
                    row["expect_review_with_history"] = rh
            # tags
            if any("candidates" in l for l in lines):
                tags.append("family")
            if any("variant" in l or "candidate_variant" in l for l in lines):
                tags.append("variant")
            if any(l["sku"] is None and "candidates" not in l for l in lines):
                tags.append("not_in_catalog")
            if m["ref"]:
                tags.append("reference")
            if frac:
                tags.append("fraction")
            for f in ("credit", "conditional", "range", "outlier"):
                if f in m["fl"]:
                    tags.append(f)
            if not review and "outlier" not in m["fl"]:
                tags.append("clean")
        else:
            tags.append(STD_TAGS[m["i"]])
        if m["i"] == "CHANGE":
            row["change_lines"] = parse_lines(m["cl"] or "")
        if cu[5] != "en":
            tags.append("multilingual")
        if extra:
            notes = (notes + "; " if notes else "") + "; ".join(extra)
        row["notes"] = notes
        row["tags"] = sorted(set(tags))
        rows.append(row)
    # fixed-seed shuffle, ids ib001...
    rng = random.Random(6060)
    order = list(range(len(rows)))
    rng.shuffle(order)
    out_rows = []
    for n, i in enumerate(order, 1):
        r = rows[i]
        o = {"id": "ib%03d" % n}
        for k in (
            "customer",
            "channel",
            "date",
            "language",
            "text",
            "intent",
            "lines",
            "notes",
            "expect_review",
            "lines_with_history",
            "expect_review_with_history",
            "change_lines",
            "tags",
        ):
            if k in r:
                o[k] = r[k]
        out_rows.append(o)
    catalog = {
        "currency": cat60.CURRENCY,
        "categories": [{"name": n, "parent": p, "ai_keywords": k} for n, p, k in cat60.CATEGORIES],
        "products": cat60.P,
    }
    with open(os.path.join(OUT, "catalog60.json"), "w", encoding="utf-8") as f:
        json.dump(catalog, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(OUT, "holdout60.jsonl"), "w", encoding="utf-8") as f:
        for r in out_rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "histories60.jsonl"), "w", encoding="utf-8") as f:
        for h in hists:
            f.write(json.dumps(h, ensure_ascii=False) + "\n")
    print("wrote", len(out_rows), "messages,", len(cat60.P), "products,", len(hists), "customers")


if __name__ == "__main__":
    build()
