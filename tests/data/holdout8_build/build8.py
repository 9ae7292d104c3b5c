# ruff: noqa  (hand-written data generator for the eighth blind set, kept as its writer left it)
"""Build catalog8.json, histories8.jsonl and holdout8.jsonl (deterministic; run to rewrite them).

    python3 build8.py        # writes the three files next to this script

Histories are generated with a fixed seed from the hand-written usual baskets in cust8.py. Labels
that depend on history are derived from the generated histories by the rules in README-section.md,
never by running the system.
"""

import datetime as dt
import json
import os
import random
from collections import Counter

import cat8
import cust8
import msgs8

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # tests/data
SEED = 8
CATALOG = cat8.build_catalog()
PROD = {p["sku"]: p for p in CATALOG["products"]}


def has_var(sku):
    return bool(sku and PROD[sku]["variants"])


# ------------------------------------------------------------------ histories
def key(line):
    return (line[0], line[1])


def bump(basket, rng, extras):
    b = [list(x) for x in basket]
    if extras and rng.random() < 0.4:
        e = rng.choice(extras)
        if all(key(x) != key(e) for x in b):
            b.append(list(e))
            return [tuple(x) for x in b]
    i = rng.randrange(len(b))
    q = b[i][2]
    b[i][2] = q + max(1, round(q * rng.choice([0.1, 0.2, 0.25])))
    return [tuple(x) for x in b]


def canon(basket):
    return tuple(sorted((s, v or "", q) for s, v, q in basket))


def gen_history(c, rng):
    key_, name, kind, ch, addr, lang, pattern, weeks, last, usual, extras, last_change = c
    if pattern == "new":
        return []
    last_d = dt.date.fromisoformat(last)
    dates = [(last_d - dt.timedelta(days=7 * (weeks - 1 - i))).isoformat() for i in range(weeks)]
    baskets = []
    if pattern in ("steady", "regular"):
        nvar = 2 if pattern == "steady" else 1
        var_weeks = set(rng.sample(range(weeks - 1), nvar))
        seen = {canon(usual)}
        for i in range(weeks):
            if i == weeks - 1 and pattern == "regular":
                op, sku, var, q = last_change
                b = [list(x) for x in usual]
                if op == "set":
                    for x in b:
                        if x[0] == sku and x[1] == var:
                            x[2] = q
                else:
                    b.append([sku, var, q])
                b = [tuple(x) for x in b]
                assert canon(b) not in seen
                baskets.append(b)
            elif i in var_weeks:
                while True:
                    b = bump(usual, rng, extras)
                    if canon(b) not in seen:
                        break
                seen.add(canon(b))
                baskets.append(b)
            else:
                baskets.append(list(usual))
    else:  # norepeat
        seen = set()
        for i in range(weeks):
            while True:
                b = [(s, v, max(1, round(q * rng.choice([0.5, 0.75, 1, 1.25, 1.5, 2])))) for s, v, q in usual]
                if rng.random() < 0.3:
                    b = [x for x in b if rng.random() > 0.2] or b
                if extras and rng.random() < 0.5:
                    b.append(rng.choice(extras))
                if canon(b) not in seen:
                    break
            seen.add(canon(b))
            baskets.append(b)
    orders = []
    for d, b in zip(dates, baskets):
        orders.append({"date": d, "lines": [out_line(s, q, v) for s, v, q in b]})
    return orders


def out_line(sku, q, v=None):
    d = {"sku": sku, "quantity": q}
    if has_var(sku):
        d["variant"] = v
    return d


# ------------------------------------------------------------------ labels
def plain(line):
    """Label line (without history) from a msgs8 line spec."""
    if line["sku"] is None:
        d = {"sku": None, "quantity": line["quantity"]}
        if "candidates" in line:
            d["candidates"] = list(line["candidates"])
        return d
    v = line.get("v")
    if has_var(line["sku"]):
        return out_line(line["sku"], line["quantity"], None if v == "?" else v)
    assert v is None, line
    return out_line(line["sku"], line["quantity"])


def line_open(d):
    return d["sku"] is None or d["quantity"] is None or ("variant" in d and d["variant"] is None)


def usual_basket(orders):
    if not orders:
        return None
    cnt = Counter(json.dumps(o["lines"], sort_keys=True) for o in orders)
    top = cnt.most_common()
    if top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    return json.loads(top[0][0])


def resolve(spec, orders):
    """Resolve one explicit line with the customer's history."""
    d = plain(spec)
    bought = Counter()
    variants = {}
    for o in orders:
        for ln in o["lines"]:
            bought[ln["sku"]] += 1
            variants.setdefault(ln["sku"], set()).add(ln.get("variant"))
    if d["sku"] is None and "candidates" in d:
        hit = [c for c in d["candidates"] if c in bought]
        if len(hit) == 1:
            sku = hit[0]
            if has_var(sku):
                v = spec.get("hint")
                if v is None and len(variants[sku]) == 1:
                    v = next(iter(variants[sku]))
                d = out_line(sku, d["quantity"], v)
            else:
                d = out_line(sku, d["quantity"])
    if (
        d["sku"]
        and "variant" in d
        and d["variant"] is None
        and d["sku"] in variants
        and len(variants[d["sku"]]) == 1
    ):
        d["variant"] = next(iter(variants[d["sku"]]))
    return d


def same_product(a, b):
    return a["sku"] is not None and a["sku"] == b["sku"] and a.get("variant") == b.get("variant")


def with_history(m, orders):
    """(lines_with_history, expect_review_with_history)."""
    open_ = m["keep"] or m["outlier"]
    ref = m["ref"]
    if ref is None:
        lines = [resolve(x, orders) for x in m["lines"]]
        return lines, open_ or any(line_open(x) for x in lines)
    basket = None
    if orders:
        basket = usual_basket(orders) if ref["kind"] == "usual" else orders[-1]["lines"]
    sets = [resolve(x, orders) for x in ref["set"]]
    adds = [resolve(x, orders) for x in ref["add"]]
    if basket is None:  # unresolvable reference
        return sets + adds, True
    lines = [dict(x) for x in basket]
    for sku, var in ref["remove"]:
        lines = [x for x in lines if not (x["sku"] == sku and (var is None or x.get("variant") == var))]
    for s in sets:
        for x in lines:
            if same_product(x, s):
                x["quantity"] = s["quantity"]
                break
        else:
            lines.append(s)
    for a in adds:
        for x in lines:
            if same_product(x, a) and a["quantity"] is not None:
                x["quantity"] = x["quantity"] + a["quantity"]
                break
        else:
            lines.append(a)
    return lines, open_ or any(line_open(x) for x in lines)


def auto_tags(m, lines):
    t = list(m["tags"])
    if m["lang"] != "en":
        t.append("multilingual")
    if m["intent"] != "ORDER":
        t.append(m["intent"].lower())
    else:
        if any(x["sku"] is None and "candidates" in x for x in lines):
            t.append("family")
        if any("variant" in x for x in lines):
            t.append("variant")
        if any(x["sku"] is None and "candidates" not in x for x in lines) and "not_in_catalog" not in t:
            t.append("not_in_catalog")
        if any("nic" in x for x in m["lines"]) and "not_in_catalog" not in t:
            t.append("not_in_catalog")
        if m["ref"]:
            t.append("reference")
    out = []
    for x in t:
        if x not in out:
            out.append(x)
    return out


def build():
    rng = random.Random(SEED)
    customers = {c[0]: c for c in cust8.CUSTOMERS}
    hist = {}
    hist_rows = []
    for c in cust8.CUSTOMERS:
        orders = gen_history(c, rng)
        hist[c[0]] = orders
        hist_rows.append(
            {
                "customer": c[0],
                "name": c[1],
                "kind": c[2],
                "channel": c[3],
                "address": c[4],
                "language": c[5],
                "orders": orders,
            }
        )
    rows = []
    for m in msgs8.MSGS:
        assert m["cust"] in customers, m["cust"]
        date = "2026-06-%02d" % m["day"]
        row = {"id": None, "channel": m["ch"], "text": m["text"], "intent": m["intent"]}
        lines = [plain(x) for x in m["lines"]]
        row["lines"] = lines
        notes = m["notes"]
        nic = [x["nic"] for x in m["lines"] if "nic" in x]
        if nic and "not in catalog" not in notes.lower():
            notes = (notes + " " if notes else "") + "Not in catalog: " + ", ".join(nic) + "."
        if any(x["sku"] is None and "candidates" in x for x in lines) and "ambiguous" not in notes.lower():
            notes = (notes + " " if notes else "") + "ambiguous family word."
        row["notes"] = notes
        row["customer"] = m["cust"]
        row["date"] = date
        row["language"] = m["lang"]
        if m["intent"] == "ORDER":
            review = bool(m["ref"]) or m["keep"] or any(line_open(x) for x in lines)
            row["expect_review"] = review
            orders = [o for o in hist[m["cust"]] if o["date"] < date]
            lwh, rwh = with_history(m, orders)
            if lwh != lines or rwh != review:
                row["lines_with_history"] = lwh
                row["expect_review_with_history"] = rwh
        if m["intent"] == "CHANGE":
            row["change_lines"] = [plain(x) for x in m["change_lines"]]
        row["tags"] = auto_tags(m, lines)
        if row.get("intent") == "ORDER" and not row["expect_review"] and not m["outlier"]:
            row["tags"].append("clean")
        rows.append(row)
    random.Random(SEED).shuffle(rows)
    for i, r in enumerate(rows, 1):
        r["id"] = "k%03d" % i
    with open(os.path.join(HERE, "catalog8.json"), "w", encoding="utf-8") as f:
        json.dump(CATALOG, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(HERE, "histories8.jsonl"), "w", encoding="utf-8") as f:
        for h in hist_rows:
            f.write(json.dumps(h, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "holdout8.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows, hist_rows


if __name__ == "__main__":
    rows, hist_rows = build()
    print(len(rows), "messages;", len(hist_rows), "customers")
