# ruff: noqa  (hand-written data generator of blind set 71, kept as its writer left it)
#!/usr/bin/env python3
"""Build catalog71.json, holdout71.jsonl and histories71.jsonl (seventy-first blind set).

Usage: python3 build71.py [output-dir]     (default: the parent folder of holdout71_build)

Deterministic: fixed seeds, no set iteration in any output order, so two runs (also under different
PYTHONHASHSEED values) write the same bytes. History-dependent labels are derived from the generated
histories by the rules in readme71.md, never by running the system.
"""

import copy
import datetime
import json
import os
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import cat71  # noqa: E402
import cust71  # noqa: E402
import msgs71  # noqa: E402

PROD = {p["sku"]: p for p in cat71.PRODUCTS}
VARIANT_NAMES = {p["sku"]: [v["name"] for v in p["variants"]] for p in cat71.PRODUCTS}
HAS_VARIANTS = {sku for sku, names in VARIANT_NAMES.items() if names}
ID_PREFIX = "an"
SHUFFLE_SEED = 7171
DAYS = 7


# ------------------------------------------------------------------------------------------------ catalog
def build_catalog():
    cats = [{"name": n, "parent": p, "ai_keywords": list(k)} for n, p, k in cat71.CATEGORIES]
    return {"currency": cat71.CURRENCY, "categories": cats, "products": copy.deepcopy(cat71.PRODUCTS)}


# ------------------------------------------------------------------------------------------------ lines
def finish_line(raw):
    """Public form of a hand-written line (internal keys kept apart)."""
    if "candidates" in raw:
        for c in raw["candidates"]:
            assert c in PROD, c
        d = {"sku": None, "quantity": raw["quantity"], "candidates": list(raw["candidates"])}
        if "candidate_variant" in raw:
            d["candidate_variant"] = raw["candidate_variant"]
        return d
    if "_nic" in raw:
        return {"sku": None, "quantity": raw["quantity"]}
    sku = raw["sku"]
    assert sku in PROD, sku
    d = {"sku": sku, "quantity": raw["quantity"]}
    if sku in HAS_VARIANTS:
        v = raw.get("_var")
        assert v is None or v in VARIANT_NAMES[sku], (sku, v)
        d["variant"] = v
    else:
        assert raw.get("_var") is None, raw
    return d


def is_open(line):
    if line["sku"] is None or line["quantity"] is None:
        return True
    if "variant" in line and line["variant"] is None:
        return True
    return False


def is_fraction(line):
    q = line["quantity"]
    return q is not None and float(q) != int(q)


# ------------------------------------------------------------------------------------------------ history rules
def bought(orders):
    b = {}
    for o in orders:
        for l in o["lines"]:
            b.setdefault(l["sku"], [])
            v = l.get("variant")
            if v not in b[l["sku"]]:
                b[l["sku"]].append(v)
    return b


def resolve(raw, line, b):
    """A line as a clerk who knows the customer's history would enter it."""
    line = dict(line)
    if line["sku"] is None and "candidates" in line:
        hits = [c for c in line["candidates"] if c in b]
        if len(hits) != 1:
            return line
        sku = hits[0]
        new = {"sku": sku, "quantity": line["quantity"]}
        if sku in HAS_VARIANTS:
            cv = line.get("candidate_variant")
            if cv is not None and cv in VARIANT_NAMES[sku]:
                new["variant"] = cv
            elif len(b[sku]) == 1:
                new["variant"] = b[sku][0]
            else:
                new["variant"] = None
        return new
    if line["sku"] is not None and "variant" in line and line["variant"] is None and not raw.get("_nofill"):
        vs = b.get(line["sku"], [])
        if len(vs) == 1:
            line["variant"] = vs[0]
    return line


def basket_key(lines):
    return tuple(sorted((l["sku"], l.get("variant") or "", l["quantity"]) for l in lines))


def reference_basket(kind, orders, profile):
    if not orders or kind == "first":
        return None
    if kind == "last":
        return [dict(l) for l in orders[-1]["lines"]]
    counts = Counter(basket_key(o["lines"]) for o in orders)
    ranked = counts.most_common()
    if ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    for o in orders:
        if basket_key(o["lines"]) == ranked[0][0]:
            return [dict(l) for l in o["lines"]]
    return None


def same_line(a, b):
    return a["sku"] == b["sku"] and a.get("variant") == b.get("variant")


def apply_ops(basket, ops, b):
    lines = [dict(l) for l in basket]
    for op, arg in ops:
        if op == "remove":
            n = len(lines)
            lines = [l for l in lines if l["sku"] != arg]
            assert len(lines) < n, ("remove of a product not in the basket", arg)
        elif op == "double":
            hit = False
            for l in lines:
                if l["sku"] == arg:
                    l["quantity"] *= 2
                    hit = True
            assert hit, ("double of a product not in the basket", arg)
        elif op in ("set", "add"):
            new = resolve(arg, finish_line(arg), b)
            for l in lines:
                if new["sku"] is not None and same_line(l, new):
                    l["quantity"] = new["quantity"] if op == "set" else l["quantity"] + new["quantity"]
                    break
            else:
                assert op == "add", ("set of a line not in the basket", arg)
                lines.append(new)
        else:
            raise ValueError(op)
    return lines


# ------------------------------------------------------------------------------------------------ messages
def add_phrase(notes, phrase):
    if phrase in notes:
        return notes
    return (notes + "; " + phrase) if notes else phrase


def build_rows(histories):
    hist_by = {h["customer"]: h["orders"] for h in histories}
    per_cust = {}
    for m in msgs71.MSGS:
        per_cust.setdefault(m["customer"], []).append(m)
    start = cust71.FIRST_MESSAGE_DAY
    dates = {}
    for cust, ms in per_cust.items():
        for i, m in enumerate(ms):
            dates[id(m)] = (start + datetime.timedelta(days=(i * DAYS) // len(ms))).isoformat()

    rows = []
    for m in msgs71.MSGS:
        c = cust71.CUSTOMER_BY_KEY[m["customer"]]
        orders = hist_by[m["customer"]]
        intent = m["intent"]
        row = {
            "id": None,
            "channel": m["channel"],
            "customer": m["customer"],
            "date": dates[id(m)],
            "language": m["lang"] or c["language"],
            "text": m["text"],
            "intent": intent,
        }
        tags = list(m["tags"])
        notes = m["notes"]
        ref = m["ref"]
        flags = m["flags"]
        raw_lines = list(m["lines"])
        if ref is not None:
            assert intent == "ORDER" and not raw_lines
            raw_lines = [arg for op, arg in ref[1] if op in ("set", "add")]
        lines = [finish_line(r) for r in raw_lines]
        if intent != "ORDER":
            assert not lines and ref is None and not flags, m["text"]
            row["lines"] = []
            if intent == "CHANGE":
                row["change_lines"] = [finish_line(r) for r in m["change"]]
            else:
                assert m["change"] is None
            tags.append(intent.lower())
        else:
            row["lines"] = lines
            review = (
                any(is_open(l) for l in lines)
                or any(is_fraction(l) for l in lines)
                or ref is not None
                or "credit" in flags
                or "conditional" in flags
            )
            outlier = "outlier" in flags
            assert not (outlier and review)
            row["expect_review"] = review
            # history
            blocking = (
                "credit" in flags
                or "conditional" in flags
                or any("_nic" in r for r in raw_lines)
                or any(l["quantity"] is None for l in lines)
                or any(is_fraction(l) for l in lines)
            )
            if not blocking and orders:
                b = bought(orders)
                lwh = None
                if ref is not None:
                    basket = reference_basket(ref[0], orders, c["profile"])
                    if basket is not None:
                        lwh = apply_ops(basket, ref[1], b)
                else:
                    lwh = [resolve(r, l, b) for r, l in zip(raw_lines, lines)]
                if lwh is not None:
                    rwh = any(is_open(l) for l in lwh) or outlier
                    if lwh != lines or rwh != review:
                        row["lines_with_history"] = lwh
                        row["expect_review_with_history"] = rwh
            if outlier:
                tags.append("outlier")
            if not review and not outlier:
                tags.append("clean")
            if ref is not None:
                tags.append("reference")
        # note phrases
        all_lines = row.get("lines", []) + row.get("change_lines", [])
        if any("candidates" in l for l in all_lines) or any(
            "variant" in l and l["variant"] is None for l in all_lines
        ):
            notes = add_phrase(notes, "ambiguous")
        for r in raw_lines:
            if "_nic" in r:
                notes = add_phrase(notes, "not in catalog: " + r["_nic"])
        if any(l["quantity"] is None for l in row.get("lines", [])) and "not a whole number" not in notes:
            notes = add_phrase(notes, "quantities not stated")
        if intent != "ORDER" and "not stocked" in notes and "not_in_catalog" not in tags:
            tags.append("not_in_catalog")
        if any("_nic" in r for r in raw_lines):
            tags.append("not_in_catalog")
        if any("candidates" in l for l in all_lines):
            tags.append("family")
        if any("variant" in l for l in all_lines):
            tags.append("variant")
        if row["language"] != "en":
            tags.append("multilingual")
        row["notes"] = notes
        seen = []
        for t in tags:
            if t not in seen:
                seen.append(t)
        row["tags"] = seen
        rows.append(row)

    order = list(range(len(rows)))
    random.Random(SHUFFLE_SEED).shuffle(order)
    out = []
    for n, i in enumerate(order, 1):
        r = rows[i]
        r["id"] = "%s%03d" % (ID_PREFIX, n)
        out.append(r)
    return out


def key_order(row):
    keys = [
        "id",
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
        "notes",
        "tags",
    ]
    return {k: row[k] for k in keys if k in row}


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
    os.makedirs(out_dir, exist_ok=True)
    catalog = build_catalog()
    histories = cust71.all_histories()
    rows = build_rows(histories)
    with open(os.path.join(out_dir, "catalog71.json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(catalog, ensure_ascii=False, indent=2) + "\n")
    with open(os.path.join(out_dir, "histories71.jsonl"), "w", encoding="utf-8") as f:
        for h in histories:
            f.write(json.dumps(h, ensure_ascii=False) + "\n")
    with open(os.path.join(out_dir, "holdout71.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(key_order(r), ensure_ascii=False) + "\n")
    print(
        "wrote %d products, %d customers, %d messages to %s"
        % (len(catalog["products"]), len(histories), len(rows), out_dir)
    )


if __name__ == "__main__":
    main()
