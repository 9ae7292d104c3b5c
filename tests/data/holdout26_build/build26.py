# ruff: noqa  (hand-written data generator of blind set 26, kept as its writer left it)
"""Rebuild catalog26.json, histories26.jsonl and holdout26.jsonl (fixed seeds, byte-identical).

Run from anywhere: python3 build26.py. Files are written one folder up (/work/coord/blind26/).
The history-dependent labels are derived here from the generated histories, never by running the system.
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

import cat26  # noqa: E402
import cust26  # noqa: E402
import msgs26  # noqa: E402

FIRST_DAY = datetime.date(2027, 8, 2)
PROD = {p["sku"]: p for p in cat26.PRODUCTS}


def has_variants(sku):
    return bool(sku and PROD[sku]["variants"])


def out_line(l):
    d = {"sku": l["sku"], "quantity": l["quantity"]}
    if "variant" in l:
        d["variant"] = l["variant"]
    if "candidates" in l:
        d["candidates"] = l["candidates"]
    if "candidate_variant" in l:
        d["candidate_variant"] = l["candidate_variant"]
    return d


def basket_lines(basket):
    out = []
    for sku, var, q in basket:
        d = {"sku": sku, "quantity": q}
        if has_variants(sku):
            d["variant"] = var
        out.append(d)
    return out


def is_open(l):
    q = l["quantity"]
    return (
        l["sku"] is None
        or q is None
        or ("variant" in l and l["variant"] is None)
        or (isinstance(q, float) and not q.is_integer())
    )


def review_of(lines, msg):
    return any(is_open(l) for l in lines) or bool(msg["flags"]) or msg["ref"] is not None


def resolve(line, hs, hv):
    l = dict(line)
    if l["sku"] is None and "candidates" in l:
        bought = [c for c in l["candidates"] if c in hs]
        if len(bought) != 1:
            return l
        sku = bought[0]
        new = {"sku": sku, "quantity": l["quantity"]}
        if has_variants(sku):
            names = [v["name"] for v in PROD[sku]["variants"]]
            cv = l.get("candidate_variant")
            if cv in names:
                new["variant"] = cv
            elif len(hv[sku]) == 1:
                new["variant"] = next(iter(hv[sku]))
            else:
                new["variant"] = None
        return new
    if (
        l["sku"]
        and "variant" in l
        and l["variant"] is None
        and not l.get("_nofill")
        and len(hv[l["sku"]]) == 1
    ):
        l["variant"] = next(iter(hv[l["sku"]]))
    return l


def usual_basket(hist):
    cnt = collections.Counter(tuple(b) for _, b in hist)
    if not cnt:
        return None
    top = cnt.most_common()
    if len(top) > 1 and top[0][1] == top[1][1]:
        return None
    if top[0][1] < 2:
        return None
    return list(top[0][0])


def same_line(a, b):
    return a["sku"] == b["sku"] and a.get("variant") == b.get("variant")


def expand_ref(ref, hist, hs, hv):
    if not hist:
        return None
    base = usual_basket(hist) if ref["kind"] == "usual" else list(hist[-1][1])
    if base is None:
        return None
    lines = basket_lines(base)
    for sku in ref.get("remove", []):
        assert any(l["sku"] == sku for l in lines), ("remove not in basket", sku)
        lines = [l for l in lines if l["sku"] != sku]
    for s in ref.get("set", []):
        s = resolve(s, hs, hv)
        hit = [
            l
            for l in lines
            if l["sku"] == s["sku"] and (s.get("variant") is None or l.get("variant") == s.get("variant"))
        ]
        assert len(hit) == 1, ("set target", s)
        hit[0]["quantity"] = s["quantity"]
    for sku in ref.get("double", []):
        hit = [l for l in lines if l["sku"] == sku]
        assert hit, ("double target", sku)
        for l in hit:
            l["quantity"] *= 2
    for a in ref.get("add", []):
        a = resolve(a, hs, hv)
        hit = [l for l in lines if a["sku"] and same_line(l, a)]
        if hit and a["quantity"] is not None:
            hit[0]["quantity"] += a["quantity"]
        else:
            lines.append({k: v for k, v in a.items() if not k.startswith("_")})
    return lines


STD_TAGS = {
    "QUESTION": "question",
    "COMPLAINT": "complaint",
    "OTHER": "other",
    "CHANGE": "change",
    "CANCEL": "cancel",
}


def add_note(notes, phrase):
    return (notes + "; " + phrase) if notes else phrase


def build_rows():
    hists = {c["key"]: cust26.history(c) for c in cust26.CUSTOMERS}
    rows = []
    for m in msgs26.MSGS:
        c = cust26.BY_KEY[m["customer"]]
        hist = hists[c["key"]]
        hs = {s for _, b in hist for s, v, q in b}
        hv = collections.defaultdict(set)
        for _, b in hist:
            for s, v, q in b:
                if v is not None:
                    hv[s].add(v)
        ref = m["ref"]
        lines = m["lines"]
        if ref is not None:
            assert not lines
            lines = list(ref.get("set", [])) + list(ref.get("add", []))
        for l in lines:
            if l["sku"] is not None:
                assert l["sku"] in PROD, l
                assert ("variant" in l) == has_variants(l["sku"]), ("variant key", m["text"][:40], l)
        row = {
            "id": None,
            "channel": m["channel"] or c["channel"],
            "text": m["text"],
            "intent": m["intent"],
            "lines": [out_line(l) for l in lines] if m["intent"] == "ORDER" else [],
        }
        notes = m["notes"]
        tags = list(m["tags"])
        if m["intent"] == "ORDER":
            if any("candidates" in l for l in lines) or any(
                "variant" in l and l["variant"] is None for l in lines
            ):
                if "ambiguous" not in notes:
                    notes = add_note(notes, "ambiguous")
            if (
                any(l["sku"] is None and "candidates" not in l for l in lines)
                and "not in catalog" not in notes
            ):
                notes = add_note(notes, "not in catalog")
            if any(l["quantity"] is None for l in lines) and not (
                "quantities not stated" in notes or "not a whole number" in notes
            ):
                notes = add_note(notes, "quantities not stated")
        row["notes"] = notes
        row["customer"] = c["key"]
        row["date"] = (FIRST_DAY + datetime.timedelta(days=m["day"])).isoformat()
        row["language"] = m["language"] or c["language"]
        if m["intent"] == "ORDER":
            review = review_of(lines, m)
            if m["outlier"]:
                assert not review
            row["expect_review"] = review
            lwh, rwh = None, None
            if m["outlier"]:
                lwh, rwh = [out_line(l) for l in lines], True
            elif m["flags"] or any(
                l["quantity"] is None or (isinstance(l["quantity"], float) and not l["quantity"].is_integer())
                for l in lines
            ):
                pass  # review does not depend on the product: no history fields
            elif ref is not None:
                exp = expand_ref(ref, hist, hs, hv)
                if exp is not None:
                    lwh = [out_line(l) for l in exp]
                    rwh = any(is_open(l) for l in exp)
            else:
                res = [resolve(l, hs, hv) for l in lines]
                lwh = [out_line(l) for l in res]
                rwh = any(is_open(l) for l in res)
            if lwh is not None and (lwh != row["lines"] or rwh != review):
                row["lines_with_history"] = lwh
                row["expect_review_with_history"] = rwh
            if not review and not m["outlier"]:
                tags.append("clean")
            if m["outlier"]:
                tags.append("outlier")
            if ref is not None:
                tags.append("reference")
            if any("candidates" in l for l in lines):
                tags.append("family")
            if any("variant" in l or "candidate_variant" in l for l in lines):
                tags.append("variant")
            if any(l["sku"] is None and "candidates" not in l for l in lines):
                tags.append("not_in_catalog")
        if m["intent"] == "CHANGE":
            row["change_lines"] = [out_line(l) for l in m["change"]]
        if m["intent"] in STD_TAGS:
            tags.append(STD_TAGS[m["intent"]])
        if row["language"] != "en":
            tags.append("multilingual")
        if c["mode"] == "new":
            tags.append("new_customer")
        seen = []
        for t in tags:
            if t not in seen:
                seen.append(t)
        row["tags"] = seen
        row["_outlier"] = m["outlier"]
        rows.append(row)
    rnd = random.Random(2600)
    rnd.shuffle(rows)
    for i, r in enumerate(rows, 1):
        r["id"] = "l%03d" % i
        del r["_outlier"]
    return rows, hists


def catalog_json():
    return {
        "distributor": cat26.DISTRIBUTOR,
        "currency": "GBP",
        "categories": [{"name": n, "parent": p, "ai_keywords": k} for n, p, k in cat26.CATEGORIES],
        "products": cat26.PRODUCTS,
    }


def main():
    with open(os.path.join(OUT, "catalog26.json"), "w", encoding="utf-8") as f:
        json.dump(catalog_json(), f, ensure_ascii=False, indent=1)
        f.write("\n")
    rows, hists = build_rows()
    with open(os.path.join(OUT, "histories26.jsonl"), "w", encoding="utf-8") as f:
        for c in cust26.CUSTOMERS:
            orders = [{"date": d.isoformat(), "lines": basket_lines(b)} for d, b in hists[c["key"]]]
            rec = {
                "customer": c["key"],
                "name": c["name"],
                "kind": c["kind"],
                "channel": c["channel"],
                "address": c["address"],
                "language": c["language"],
                "orders": orders,
            }
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "holdout26.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote catalog26.json, histories26.jsonl, holdout26.jsonl (%d messages)" % len(rows))


if __name__ == "__main__":
    main()
