# ruff: noqa  (hand-written data generator of blind set 38, kept as its writer left it)
"""Build catalog38.json, histories38.jsonl and holdout38.jsonl (byte-identical on every run).

Usage: python3 build38.py  (writes into the parent folder)
Only the standard library; fixed string seeds, so the output does not depend on PYTHONHASHSEED.
"""

import copy
import json
import os
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

import cat38  # noqa: E402
import cust38  # noqa: E402
import msgs38  # noqa: E402

PROD = cat38.PRODUCT_BY_SKU


def has_variants(sku):
    return sku is not None and bool(PROD[sku]["variants"])


def variant_names(sku):
    return [v["name"] for v in PROD[sku]["variants"]]


def clean_line(l):
    """Public shape of a line: sku, [variant], quantity, [candidates], [candidate_variant]."""
    d = {"sku": l["sku"]}
    if "variant" in l:
        d["variant"] = l["variant"]
    d["quantity"] = l["quantity"]
    if "candidates" in l:
        d["candidates"] = list(l["candidates"])
    if "candidate_variant" in l:
        d["candidate_variant"] = l["candidate_variant"]
    return d


def line_open(l):
    if l["sku"] is None:
        return True
    if has_variants(l["sku"]) and l.get("variant") is None:
        return True
    q = l["quantity"]
    if q is None:
        return True
    if q != int(q):
        return True
    return False


def check_line_shape(l, where):
    sku = l["sku"]
    if sku is not None:
        assert sku in PROD, (where, sku)
        if has_variants(sku):
            assert "variant" in l, ("variant key missing", where, sku)
            assert l["variant"] is None or l["variant"] in variant_names(sku), (where, l)
        else:
            assert "variant" not in l, ("variant key on product without variants", where, sku)


# ---------------------------------------------------------------- history helpers


def bought_map(orders):
    b = {}
    for o in orders:
        for l in o["lines"]:
            b.setdefault(l["sku"], set()).add(l.get("variant"))
    return b


def usual_basket(orders):
    c = Counter(json.dumps(o["lines"], sort_keys=True) for o in orders)
    top = c.most_common()
    if not top:
        return None
    if len(top) > 1 and top[0][1] == top[1][1]:
        return None
    return json.loads(top[0][0])


def resolve(l, bought):
    l = copy.deepcopy(l)
    if l["sku"] is None and "candidates" in l:
        cb = [c for c in l["candidates"] if c in bought]
        if len(cb) == 1:
            c = cb[0]
            n = {"sku": c}
            if has_variants(c):
                cv = l.get("candidate_variant")
                if cv is not None and cv in variant_names(c):
                    n["variant"] = cv
                elif len(bought[c]) == 1:
                    n["variant"] = next(iter(bought[c]))
                else:
                    n["variant"] = None
            n["quantity"] = l["quantity"]
            n["_op"] = l.get("_op", "add")
            return n
        return l
    if l["sku"] is not None and has_variants(l["sku"]) and l.get("variant") is None and not l.get("_nofill"):
        vs = bought.get(l["sku"], set())
        if len(vs) == 1:
            l["variant"] = next(iter(vs))
    return l


def same_line(a, b):
    if a["sku"] is None or a["sku"] != b["sku"]:
        return False
    if has_variants(a["sku"]):
        return a.get("variant") == b.get("variant")
    return True


def apply_reference(basket, ref_ops, msg_lines):
    lines = [dict(l) for l in basket]
    rm = set(ref_ops.get("remove", []))
    lines = [l for l in lines if l["sku"] not in rm]
    for l in lines:
        if l["sku"] in set(ref_ops.get("double", [])):
            l["quantity"] = l["quantity"] * 2
    for m in msg_lines:
        op = m.get("_op", "add")
        tgt = None
        for l in lines:
            if same_line(l, m):
                tgt = l
                break
        if tgt is None and op == "set" and m["sku"] is not None:
            same_sku = [l for l in lines if l["sku"] == m["sku"]]
            if len(same_sku) == 1:
                tgt = same_sku[0]
        if tgt is None:
            lines.append(clean_line(m))
        elif op == "set":
            tgt["quantity"] = m["quantity"]
            if "variant" in m and m["variant"] is not None:
                tgt["variant"] = m["variant"]
        else:
            if tgt["quantity"] is None or m["quantity"] is None:
                tgt["quantity"] = None
            else:
                tgt["quantity"] = tgt["quantity"] + m["quantity"]
    return [clean_line(l) for l in lines]


# ---------------------------------------------------------------- notes and tags


def add_standard_notes(notes, lines):
    extra = []
    low = notes.lower()
    if (
        any(
            ("candidates" in l)
            or (l["sku"] is not None and has_variants(l["sku"]) and l.get("variant") is None)
            for l in lines
        )
        and "ambiguous" not in low
    ):
        extra.append("Ambiguous: a human must choose the product or variant.")
    if any(l["sku"] is None and "candidates" not in l for l in lines) and "not in catalog" not in low:
        extra.append("One line is not in catalog (no substitute).")
    if (
        any(l["quantity"] is None for l in lines)
        and "quantities not stated" not in low
        and "not a whole number" not in low
    ):
        extra.append("The quantity is not a whole number of selling units, so it is left null.")
    out = notes.strip()
    for e in extra:
        out = (out + " " + e).strip()
    return out


def build_messages(histories):
    hist = {h["customer"]: h["orders"] for h in histories}
    rows = []
    for m in msgs38.MESSAGES:
        cust = cust38.CUSTOMER_BY_KEY[m["customer"]]
        date = "2028-05-%02d" % m["day"]
        raw = m["lines"]
        for l in raw:
            check_line_shape(l, m["text"][:40])
        lines = [clean_line(l) for l in raw]
        row = {
            "channel": m["channel"],
            "customer": m["customer"],
            "date": date,
            "language": m["language"],
            "text": m["text"],
            "intent": m["intent"],
            "lines": lines if m["intent"] == "ORDER" else [],
        }
        tags = list(m["tags"])
        flags = set(m["flags"])
        if m["intent"] == "ORDER":
            review = (
                any(line_open(l) for l in lines) or bool(m["ref"]) or bool(flags & {"conditional", "credit"})
            )
            if m["review"] is not None:
                review = m["review"]
            if m["outlier"]:
                assert not review
            row["expect_review"] = review
            # history
            orders = hist[m["customer"]]
            if orders:
                bought = bought_map(orders)
                resolved = [resolve(l, bought) for l in raw]
                lwh = None
                if m["ref"]:
                    kind, ops = m["ref"]
                    basket = usual_basket(orders) if kind == "usual" else orders[-1]["lines"]
                    if basket is not None:
                        lwh = apply_reference(basket, ops, resolved)
                else:
                    lwh = [clean_line(l) for l in resolved]
                if lwh is not None:
                    rwh = any(line_open(l) for l in lwh) or bool(flags & {"conditional", "credit"})
                    if m["outlier"]:
                        rwh = True
                    if lwh != lines or rwh != review:
                        row["lines_with_history"] = lwh
                        row["expect_review_with_history"] = rwh
        if m["intent"] == "CHANGE":
            row["change_lines"] = [clean_line(l) for l in (m["change"] or [])]
        # tags
        if m["intent"] != "ORDER":
            tags.append(m["intent"].lower())
        if m["language"] != "en":
            tags.append("multilingual")
        if any("candidates" in l for l in lines):
            tags.append("family")
        if any(l["sku"] is not None and has_variants(l["sku"]) for l in lines):
            tags.append("variant")
        if any(l["sku"] is None and "candidates" not in l for l in lines):
            tags.append("not_in_catalog")
        if m["ref"]:
            tags.append("reference")
        if m["outlier"]:
            tags.append("outlier")
        if cust["mode"] == "new":
            tags.append("new_customer")
        if m["intent"] == "ORDER" and not row["expect_review"] and not m["outlier"]:
            tags.append("clean")
        seen = []
        for t in tags:
            if t not in seen:
                seen.append(t)
        row["tags"] = seen
        all_lines = lines + row.get("lines_with_history", [])
        row["notes"] = (
            add_standard_notes(m["notes"], all_lines) if m["intent"] == "ORDER" else m["notes"].strip()
        )
        rows.append(row)
    rng = random.Random("holdout38-shuffle")
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        o = {"id": "nc%03d" % i}
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
        out.append(o)
    return out


def main():
    catalog = cat38.build_catalog()
    histories = cust38.build_histories()
    rows = build_messages(histories)
    with open(os.path.join(OUT, "catalog38.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(catalog, ensure_ascii=False, indent=2) + "\n")
    with open(os.path.join(OUT, "histories38.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for h in histories:
            f.write(json.dumps(h, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "holdout38.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(
        "wrote %d products, %d customers, %d messages" % (len(catalog["products"]), len(histories), len(rows))
    )


if __name__ == "__main__":
    main()
