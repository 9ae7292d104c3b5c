# ruff: noqa  (hand-written data generator of blind set 56, kept as its writer left it)
"""Rewrite catalog56.json, holdout56.jsonl and histories56.jsonl (fixed seeds, same bytes on every run).

The history-dependent labels are derived here from the generated histories by the README's rules, never by
running the system.
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
from cat56 import CATEGORIES, CURRENCY, P  # noqa: E402
from cust56 import CUSTOMERS, generate  # noqa: E402
from msgs56 import MSGS, NOV  # noqa: E402

OUT = os.path.dirname(HERE)
PROD = {p["sku"]: p for p in P}
FIRST_DAY = datetime.date(2028, 6, 12)


def has_variants(sku):
    return bool(PROD[sku]["variants"])


def variant_names(sku):
    return [v[0] for v in PROD[sku]["variants"]]


# ------------------------------------------------------------------ catalog
def build_catalog():
    cats = [{"name": n, "parent": par, "ai_keywords": kw} for n, par, kw in CATEGORIES]
    prods = []
    for p in P:
        prods.append(
            {
                "sku": p["sku"],
                "name": p["name"],
                "category": p["category"],
                "unit": p["unit"],
                "unit_price": p["price"],
                "aliases": p["aliases"],
                "keywords": p["keywords"],
                "ai_training_examples": [
                    f"please book 2 x {p['name']} on the standing order",
                    f"pencil in five {p['aliases'][0]} for the next run",
                ],
                "variants": [
                    {
                        "name": vn,
                        "variant_type": vt,
                        "sku": vs,
                        "unit_price": vp,
                        "ai_aliases": [f"{p['aliases'][0]} {vn.lower()}"],
                    }
                    for vn, vt, vs, vp in p["variants"]
                ],
            }
        )
    return {"currency": CURRENCY, "categories": cats, "products": prods}


# ------------------------------------------------------------------ lines
def line_out(spec):
    if "nic" in spec:
        return {"sku": None, "quantity": spec["q"]}
    if "cands" in spec:
        d = {"sku": None, "quantity": spec["q"], "candidates": list(spec["cands"])}
        if spec.get("cv"):
            d["candidate_variant"] = spec["cv"]
        return d
    sku = spec["sku"]
    d = {"sku": sku}
    if has_variants(sku):
        assert spec["v"] is not NOV and spec["v"] != NOV, (sku, "needs a variant key")
        d["variant"] = spec["v"]
    else:
        assert spec["v"] == NOV, (sku, "has no variants")
    d["quantity"] = spec["q"]
    return d


def is_open(d):
    return d["sku"] is None or d["quantity"] is None or ("variant" in d and d["variant"] is None)


def is_frac(d):
    q = d["quantity"]
    return q is not None and q != int(q)


# ------------------------------------------------------------------ history rules
def bought(hist):
    b = collections.defaultdict(set)
    for o in hist["orders"]:
        for l in o["lines"]:
            b[l["sku"]].add(l.get("variant"))
    return b


def resolve(spec, d, bt):
    """One line with history: a family word resolved when exactly one candidate was bought; a missing variant
    filled when the customer bought exactly one variant of the product."""
    d = copy.deepcopy(d)
    if "nic" in spec:
        return d
    if "cands" in spec:
        inhist = [c for c in spec["cands"] if c in bt]
        if len(inhist) != 1:
            return d
        sku = inhist[0]
        out = {"sku": sku}
        if has_variants(sku):
            cv = spec.get("cv")
            if cv and cv in variant_names(sku):
                out["variant"] = cv
            else:
                vs = sorted(v for v in bt[sku] if v)
                out["variant"] = vs[0] if len(vs) == 1 else None
        out["quantity"] = d["quantity"]
        return out
    if "variant" in d and d["variant"] is None and not spec.get("nofill"):
        vs = sorted(v for v in bt.get(d["sku"], ()) if v)
        if len(vs) == 1:
            d["variant"] = vs[0]
    return d


def basket_key(lines):
    return tuple(sorted((l["sku"], l.get("variant") or "", l["quantity"]) for l in lines))


def usual_basket(hist):
    cnt = collections.Counter(basket_key(o["lines"]) for o in hist["orders"])
    if not cnt:
        return None
    top = cnt.most_common()
    if len(top) > 1 and top[0][1] == top[1][1]:
        return None
    if top[0][1] < 2:
        return None
    key = top[0][0]
    for o in reversed(hist["orders"]):
        if basket_key(o["lines"]) == key:
            return copy.deepcopy(o["lines"])
    return None


def same_line(a, b):
    return a["sku"] == b["sku"] and a.get("variant") == b.get("variant")


def apply_ref(ref, hist, bt):
    if not hist["orders"]:
        return None
    if ref["kind"] == "usual":
        base = usual_basket(hist)
        if base is None:
            return None
    else:
        base = copy.deepcopy(hist["orders"][-1]["lines"])
    base = [b for b in base if b["sku"] not in ref["remove"]]
    for s in ref["replace"]:
        r = resolve(s, line_out(s), bt)
        hit = [b for b in base if r["sku"] and same_line(b, r)]
        if hit:
            for b in hit:
                b["quantity"] = r["quantity"]
        else:
            base.append(r)
    for b in base:
        if b["sku"] in ref["double"]:
            b["quantity"] = b["quantity"] * 2
    for s in ref["add"]:
        r = resolve(s, line_out(s), bt)
        hit = [b for b in base if r["sku"] and same_line(b, r)]
        if hit:
            hit[0]["quantity"] += r["quantity"]
        else:
            base.append(r)
    return base


NOTE_ADD = [
    (
        "ambiguous",
        lambda ls: (
            any(d["sku"] is None and "candidates" in d for d in ls)
            or any("variant" in d and d["variant"] is None for d in ls)
        ),
    ),
    ("not in catalog", lambda ls: any(d["sku"] is None and "candidates" not in d for d in ls)),
]


def build_rows(histories):
    hist_by = {h["customer"]: h for h in histories}
    by_cust = collections.defaultdict(list)
    for i, m in enumerate(MSGS):
        by_cust[m["customer"]].append(i)
    dates = {}
    for cust, idx in by_cust.items():
        n = len(idx)
        for k, i in enumerate(idx):
            dates[i] = (FIRST_DAY + datetime.timedelta(days=(k * 7) // n)).isoformat()
    rows = []
    for i, m in enumerate(MSGS):
        ref = m["ref"]
        specs = (ref["replace"] + ref["add"]) if ref else m["lines"]
        lines = [line_out(s) for s in specs]
        notes = m["notes"]
        tags = list(m["tags"])
        row = {
            "id": None,
            "channel": m["channel"],
            "text": m["text"],
            "intent": m["intent"],
            "lines": lines,
            "notes": "",
            "customer": m["customer"],
            "date": dates[i],
            "language": m["language"],
        }
        if m["intent"] == "ORDER":
            review = bool(any(is_open(d) or is_frac(d) for d in lines) or m["rv"] or ref)
            if m["outlier"]:
                assert not review
            row["expect_review"] = review
            noh = (
                any(d["quantity"] is None or is_frac(d) for d in lines)
                or any("nic" in s for s in specs)
                or m["rv"] in ("credit", "conditional")
            )
            hist = hist_by[m["customer"]]
            bt = bought(hist)
            if not noh:
                if ref:
                    lh = apply_ref(ref, hist, bt)
                    if lh is None:
                        lh = [resolve(s, d, bt) for s, d in zip(specs, lines)]
                        rh = True
                    else:
                        rh = any(is_open(d) for d in lh)
                elif m["outlier"]:
                    lh, rh = copy.deepcopy(lines), True
                else:
                    lh = [resolve(s, d, bt) for s, d in zip(specs, lines)]
                    rh = any(is_open(d) or is_frac(d) for d in lh)
                if lh != lines or rh != review:
                    row["lines_with_history"] = lh
                    row["expect_review_with_history"] = rh
            # note phrases
            allf = lines + row.get("lines_with_history", [])
            for phrase, test in NOTE_ADD:
                if test(allf) and phrase not in notes:
                    notes = (notes + "; " if notes else "") + phrase
            if (
                any(d["quantity"] is None for d in lines)
                and "quantities not stated" not in notes
                and "not a whole number" not in notes
            ):
                notes = (notes + "; " if notes else "") + "quantities not stated"
            for s in specs:
                if "nic" in s and s["nic"].lower() not in notes.lower():
                    notes += f" ({s['nic']}: not in catalog)"
            if ref and "reference" not in notes:
                notes = (notes + "; " if notes else "") + "reference to earlier orders"
            if m["outlier"]:
                tags.append("outlier")
            elif not review:
                tags.append("clean")
            if ref:
                tags.append("reference")
        else:
            tags.append(m["intent"].lower())
        if m["intent"] == "CHANGE":
            row["change_lines"] = [line_out(s) for s in m["change"]]
        if m["language"] != "en":
            tags.append("multilingual")
        allspecs = specs + (m["change"] or [])
        if any("cands" in s for s in allspecs):
            tags.append("family")
        if any(s.get("sku") and has_variants(s["sku"]) for s in allspecs):
            tags.append("variant")
        if any("nic" in s for s in allspecs):
            tags.append("not_in_catalog")
        seen = []
        for t in tags:
            if t not in seen:
                seen.append(t)
        row["notes"] = notes
        row["tags"] = seen
        rows.append(row)
    order = list(range(len(rows)))
    random.Random(5656).shuffle(order)
    out = []
    for k, i in enumerate(order):
        r = rows[i]
        r["id"] = f"nd{k + 1:03d}"
        out.append(r)
    return out


def main():
    cat = build_catalog()
    histories = generate(has_variants)
    rows = build_rows(histories)
    with open(os.path.join(OUT, "catalog56.json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(cat, ensure_ascii=False, indent=1) + "\n")
    with open(os.path.join(OUT, "histories56.jsonl"), "w", encoding="utf-8") as f:
        for h in histories:
            f.write(json.dumps(h, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "holdout56.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(cat['products'])} products, {len(histories)} histories, {len(rows)} messages")


if __name__ == "__main__":
    main()
