# ruff: noqa  (hand-written data generator of blind set 59, kept as its writer left it)
"""Rewrites catalog59.json, histories59.jsonl and holdout59.jsonl (fixed seeds; same bytes on every run)."""

import collections
import copy
import datetime
import json
import os
import random

import cat59
import cust59
import msgs59

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
FIRST_DAY = datetime.date(2028, 6, 12)
PRODUCTS = {p["sku"]: p for p in cat59.PRODUCTS}
CUST = {c["customer"]: c for c in cust59.CUSTOMERS}


def has_variants(sku):
    return bool(sku and PRODUCTS[sku]["variants"])


def vnames(sku):
    return [v["name"] for v in PRODUCTS[sku]["variants"]]


def catalog():
    return {
        "currency": cat59.CURRENCY,
        "distributor": cat59.DISTRIBUTOR,
        "categories": [{"name": n, "parent": p, "ai_keywords": k} for n, p, k in cat59.CATEGORIES],
        "products": cat59.PRODUCTS,
    }


def clean_line(l):
    d = {"sku": l["sku"], "quantity": l["quantity"]}
    if "variant" in l:
        d["variant"] = l["variant"]
    elif has_variants(l["sku"]):
        raise SystemExit("variant missing on %r" % (l,))
    if "candidates" in l:
        d["candidates"] = l["candidates"]
        if "candidate_variant" in l:
            d["candidate_variant"] = l["candidate_variant"]
    return d


def is_open(l):
    return l["sku"] is None or ("variant" in l and l["variant"] is None) or l["quantity"] is None


def bought(hist_orders):
    h = collections.defaultdict(set)
    for o in hist_orders:
        for l in o["lines"]:
            h[l["sku"]].add(l.get("variant"))
    return h


def resolve(l, H):
    """Resolve a family line or a missing variant from the customer's history (rules in the README section)."""
    if l["sku"] is None and "candidates" in l:
        inh = [c for c in l["candidates"] if c in H]
        if len(inh) != 1:
            return copy.deepcopy(l)
        sku = inh[0]
        d = {"sku": sku, "quantity": l["quantity"]}
        if has_variants(sku):
            cv = l.get("candidate_variant")
            if cv and cv in vnames(sku):
                d["variant"] = cv
            else:
                vs = [v for v in H[sku] if v is not None]
                d["variant"] = vs[0] if len(vs) == 1 else None
        for k in ("_op",):
            if k in l:
                d[k] = l[k]
        return d
    if l["sku"] and has_variants(l["sku"]) and l.get("variant") is None and not l.get("_nofill"):
        vs = [v for v in H.get(l["sku"], ()) if v is not None]
        d = copy.deepcopy(l)
        if len(vs) == 1:
            d["variant"] = vs[0]
        return d
    return copy.deepcopy(l)


def basket_key(lines):
    return tuple(sorted((l["sku"], l.get("variant") or "", l["quantity"]) for l in lines))


def usual_basket(orders):
    cnt = collections.Counter(basket_key(o["lines"]) for o in orders)
    if not cnt:
        return None
    top = cnt.most_common()
    if top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    for o in orders:
        if basket_key(o["lines"]) == top[0][0]:
            return copy.deepcopy(o["lines"])


def expand_reference(m, orders, H):
    ref = m["ref"]
    if ref["kind"] == "usual":
        base = usual_basket(orders)
    elif ref["kind"] == "last":
        base = copy.deepcopy(orders[-1]["lines"]) if orders else None
    else:
        base = None
    if base is None:
        return None
    base = [l for l in base if l["sku"] not in ref["remove"]]
    for l in base:
        if l["sku"] in ref["double"]:
            l["quantity"] *= 2
    for l in m["lines"]:
        r = resolve(l, H)
        op = r.pop("_op", "add")
        r.pop("_nofill", None)
        r.pop("_what", None)
        if r["sku"] is None:
            base.append(r)
            continue
        match = [b for b in base if b["sku"] == r["sku"] and b.get("variant") == r.get("variant")]
        if match:
            if op == "set":
                match[0]["quantity"] = r["quantity"]
            else:
                match[0]["quantity"] += r["quantity"]
        else:
            base.append(r)
    return [clean_line(l) for l in base]


def add_phrase(notes, phrase):
    if phrase in notes:
        return notes
    return (notes + "; " + phrase) if notes else phrase


def build():
    hist = cust59.generate_histories()
    hist_by = {h["customer"]: h["orders"] for h in hist}
    per_cust = collections.defaultdict(list)
    for i, m in enumerate(msgs59.MSGS):
        per_cust[m["customer"]].append(i)
    dates = {}
    for c, idx in per_cust.items():
        n = len(idx)
        for k, i in enumerate(idx):
            dates[i] = (FIRST_DAY + datetime.timedelta(days=(k * 7) // n)).isoformat()
    rows = []
    for i, m in enumerate(msgs59.MSGS):
        cu = CUST[m["customer"]]
        row = {"channel": m["channel"] or cu["channel"], "text": m["text"], "intent": m["intent"]}
        raw = m["lines"]
        lines = [clean_line(l) for l in raw]
        row["lines"] = lines
        notes = m["notes"]
        tags = list(m["tags"])
        if m["intent"] == "ORDER":
            open_ = any(is_open(l) for l in lines)
            frac = any(
                isinstance(l["quantity"], float) and l["quantity"] != int(l["quantity"]) for l in lines
            )
            nic = any(l["sku"] is None and "candidates" not in l for l in lines)
            review = bool(open_ or frac or m["ref"] or m["review"])
            if m["outlier"]:
                assert not review
            row["expect_review"] = review
            if any(("candidates" in l) or ("variant" in l and l["variant"] is None) for l in lines):
                notes = add_phrase(notes, "ambiguous")
            if nic:
                notes = add_phrase(notes, "not in catalog")
            if any(l["quantity"] is None for l in lines) and "not a whole number" not in notes:
                notes = add_phrase(notes, "quantities not stated")
            # history
            orders = hist_by[m["customer"]]
            H = bought(orders)
            nohist = (
                any(l["quantity"] is None for l in lines)
                or frac
                or nic
                or m["review"]
                or (m["ref"] and m["ref"]["kind"] == "none")
            )
            lwh = erwh = None
            if m["outlier"]:
                lwh, erwh = lines, True
            elif not nohist and orders:
                if m["ref"]:
                    lwh = expand_reference(m, orders, H)
                else:
                    lwh = [
                        clean_line({k: v for k, v in resolve(l, H).items() if not k.startswith("_")})
                        for l in raw
                    ]
                if lwh is not None:
                    erwh = any(is_open(l) for l in lwh)
            if lwh is not None and (lwh != lines or erwh != review):
                row["lines_with_history"] = lwh
                row["expect_review_with_history"] = erwh
                if erwh and any(
                    ("candidates" in l) or ("variant" in l and l["variant"] is None) for l in lwh
                ):
                    notes = add_phrase(notes, "ambiguous")
            if not review and not m["outlier"]:
                tags.append("clean")
            if m["ref"]:
                tags.append("reference")
            if m["outlier"]:
                tags.append("outlier")
            if any("candidates" in l for l in lines):
                tags.append("family")
            if nic:
                tags.append("not_in_catalog")
        else:
            tags.append(m["intent"].lower())
        if m["intent"] == "CHANGE":
            row["change_lines"] = [clean_line(l) for l in m["change"]]
        if any(has_variants(l["sku"]) for l in lines + row.get("change_lines", [])):
            tags.append("variant")
        if cu["language"] != "en":
            tags.append("multilingual")
        row["notes"] = notes
        row["customer"] = m["customer"]
        row["date"] = dates[i]
        row["language"] = cu["language"]
        seen = []
        for t in tags:
            if t not in seen:
                seen.append(t)
        row["tags"] = sorted(seen)
        rows.append(row)
    random.Random(5901).shuffle(rows)
    out = []
    for k, r in enumerate(rows, 1):
        d = {"id": "pt%03d" % k}
        d.update(r)
        out.append(d)
    return catalog(), hist, out


def main():
    cat, hist, rows = build()
    with open(os.path.join(OUT, "catalog59.json"), "w", encoding="utf-8") as f:
        json.dump(cat, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(OUT, "histories59.jsonl"), "w", encoding="utf-8") as f:
        for h in hist:
            f.write(json.dumps(h, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "holdout59.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d products, %d customers, %d messages" % (len(cat["products"]), len(hist), len(rows)))


if __name__ == "__main__":
    main()
