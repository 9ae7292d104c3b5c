# ruff: noqa  (hand-written data generator of blind set 65, kept as its writer left it)
# -*- coding: utf-8 -*-
"""Writes catalog65.json, holdout65.jsonl and histories65.jsonl.

usage: python3 build65.py [output-directory]   (default: the parent folder of this directory)

Fixed seeds only; the output is the same bytes under any PYTHONHASHSEED. The history-dependent fields
(lines_with_history, expect_review_with_history) are derived here from the generated histories by the rules of
the README section, never by running the system.
"""

import collections
import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import cat65  # noqa: E402
import cust65  # noqa: E402
import msgs65  # noqa: E402
from cat65 import BY_SKU, has_variants, variant_names, vname  # noqa: E402

FIRST_DAY = datetime.date(2028, 6, 12)
SHUFFLE_SEED = 6565


def is_fraction(sku, q):
    return q is not None and sku is not None and BY_SKU[sku]["unit"] != "kg" and q != int(q)


def num(q):
    if q is None:
        return None
    return int(q) if q == int(q) else q


def line_json(l):
    """A label line from an msgs65.L."""
    d = collections.OrderedDict()
    d["sku"] = l.sku
    if l.sku is not None:
        if has_variants(l.sku):
            if l.v is msgs65._UNSET:
                raise SystemExit("variant not decided for %s" % l.sku)
            d["variant"] = vname(l.sku, l.v)
        elif l.v is not msgs65._UNSET and l.v is not None:
            raise SystemExit("variant given for %s, which has none" % l.sku)
    else:
        if (l.cands is None) == (l.nic is None):
            raise SystemExit("a null-sku line needs either candidates or nic")
    d["quantity"] = num(l.q)
    if l.cands:
        d["candidates"] = list(l.cands)
        if l.cv is not None:
            d["candidate_variant"] = l.cv
    return d


def is_open(d):
    if d["sku"] is None or d["quantity"] is None:
        return True
    if has_variants(d["sku"]) and d.get("variant") is None:
        return True
    return is_fraction(d["sku"], d["quantity"])


def bought_map(hist):
    b = collections.OrderedDict()
    for o in hist["orders"]:
        for ln in o["lines"]:
            b.setdefault(ln["sku"], [])
            v = ln.get("variant")
            if v not in b[ln["sku"]]:
                b[ln["sku"]].append(v)
    return b


def resolve(l, d, bought):
    """History rule for one line: a family line is resolved when exactly one candidate was bought (it takes the
    candidate_variant or the customer's only variant); a missing variant is filled when exactly one was bought."""
    out = collections.OrderedDict()
    sku, var = d["sku"], d.get("variant")
    if sku is None and l.cands:
        hits = [c for c in l.cands if c in bought]
        if len(hits) == 1:
            sku = hits[0]
            var = None
            if has_variants(sku):
                if l.cv is not None and l.cv in variant_names(sku):
                    var = l.cv
                elif len(bought[sku]) == 1:
                    var = bought[sku][0]
        else:
            return collections.OrderedDict(d)
    elif sku is not None and has_variants(sku) and var is None and not l.nofill:
        if sku in bought and len(bought[sku]) == 1:
            var = bought[sku][0]
    out["sku"] = sku
    if sku is not None and has_variants(sku):
        out["variant"] = var
    out["quantity"] = d["quantity"]
    return out


def usual_basket(hist):
    if not hist["orders"]:
        return None
    key = lambda o: tuple((x["sku"], x.get("variant"), x["quantity"]) for x in o["lines"])
    cnt = collections.Counter(key(o) for o in hist["orders"])
    top = cnt.most_common()
    if top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    for o in hist["orders"]:
        if key(o) == top[0][0]:
            return [collections.OrderedDict(x) for x in o["lines"]]


def apply_ref(ref, basket, bought):
    lines = [collections.OrderedDict(x) for x in basket]
    lines = [x for x in lines if x["sku"] not in ref.get("remove", [])]
    for sku, v, q in ref.get("set", []):
        hit = [x for x in lines if x["sku"] == sku and (v is None or x.get("variant") == vname(sku, v))]
        if len(hit) != 1:
            raise SystemExit("set %s: %d matching lines" % (sku, len(hit)))
        hit[0]["quantity"] = q
    for sku in ref.get("double", []):
        hit = [x for x in lines if x["sku"] == sku]
        if not hit:
            raise SystemExit("double %s: not in basket" % sku)
        for x in hit:
            x["quantity"] = x["quantity"] * 2
    for l in ref.get("add", []):
        r = resolve(l, line_json(l), bought)
        same = [
            x
            for x in lines
            if r["sku"] is not None and x["sku"] == r["sku"] and x.get("variant") == r.get("variant")
        ]
        if same and r["quantity"] is not None:
            same[0]["quantity"] += r["quantity"]
        else:
            lines.append(r)
    return lines


STD = [
    ("ambiguous", "ambiguous: a human must choose"),
    ("not in catalog", "not in catalog: kept without a substitute"),
    ("quantities not stated", "quantities not stated"),
    ("not a whole number", "not a whole number of selling units"),
    ("fraction", "fraction of a selling unit"),
]


def build_rows(histories):
    hist_by = {h["customer"]: h for h in histories}
    per_cust = collections.Counter(m["cust"] for m in msgs65.MSGS)
    seen = collections.Counter()
    rows = []
    for m in msgs65.MSGS:
        c = cust65.BY_KEY[m["cust"]]
        h = hist_by[m["cust"]]
        kw = m["kw"]
        j = seen[m["cust"]]
        seen[m["cust"]] += 1
        date = FIRST_DAY + datetime.timedelta(days=(j * 7) // per_cust[m["cust"]])
        row = collections.OrderedDict()
        row["id"] = None
        row["channel"] = m["ch"] or c["channel"]
        row["customer"] = c["key"]
        row["date"] = date.isoformat()
        row["language"] = m["lang"] or c["language"]
        row["text"] = m["text"]
        row["intent"] = m["intent"]
        ref = kw.get("ref")
        tags = list(m["tags"])
        need = []
        if m["intent"] == "ORDER":
            if ref is not None:
                if m["lines"]:
                    raise SystemExit("reference rows take their lines from ref: " + m["text"][:40])
                src = list(ref.get("add", [])) + [msgs65.L(s, q, v) for s, v, q in ref.get("set", [])]
            else:
                src = m["lines"]
            lines = [line_json(l) for l in src]
            row["lines"] = lines
            for l, d in zip(src, lines):
                if l.cands:
                    need.append("ambiguous")
                    tags.append("family")
                if l.nic:
                    need.append("not in catalog")
                    tags.append("not_in_catalog")
                if d["sku"] is not None and has_variants(d["sku"]):
                    tags.append("variant")
                    if d["variant"] is None:
                        need.append("ambiguous")
                if d["quantity"] is None:
                    need.append(
                        {
                            "not_whole": "not a whole number",
                            "not_stated": "quantities not stated",
                            "range": "quantities not stated",
                        }[l.qnull]
                    )
                if is_fraction(d["sku"], d["quantity"]):
                    need.append("fraction")
            review = (
                any(is_open(d) for d in lines)
                or bool(ref)
                or bool(kw.get("credit"))
                or bool(kw.get("conditional"))
            )
            row["notes"] = None
            row["expect_review"] = review
            # history
            hist_ok = not (
                any(l.nic or l.q is None for l in src)
                or any(is_fraction(d["sku"], d["quantity"]) for d in lines)
                or kw.get("credit")
                or kw.get("conditional")
            )
            if kw.get("outlier"):
                row["lines_with_history"] = [collections.OrderedDict(d) for d in lines]
                row["expect_review_with_history"] = True
            elif hist_ok:
                bought = bought_map(h)
                if ref is not None:
                    basket = None
                    if ref["kind"] == "usual":
                        basket = usual_basket(h)
                    elif ref["kind"] == "last" and h["orders"]:
                        basket = h["orders"][-1]["lines"]
                    if basket is None:
                        lwh, erwh = lines, True
                    else:
                        lwh = apply_ref(ref, basket, bought)
                        erwh = any(is_open(d) for d in lwh)
                else:
                    lwh = [resolve(l, d, bought) for l, d in zip(src, lines)]
                    erwh = any(is_open(d) for d in lwh)
                if lwh != lines or erwh != review:
                    row["lines_with_history"] = lwh
                    row["expect_review_with_history"] = erwh
            if not review and not kw.get("outlier"):
                tags.append("clean")
        else:
            row["lines"] = []
            row["notes"] = None
            if m["lines"]:
                raise SystemExit("non-order with lines: " + m["text"][:40])
            tags.append(m["intent"].lower())
        if m["intent"] == "CHANGE":
            row["change_lines"] = [line_json(l) for l in kw["change"]]
            if any(has_variants(d["sku"]) for d in row["change_lines"]):
                tags.append("variant")
        elif "change" in kw:
            raise SystemExit("change_lines on a non-CHANGE row")
        notes = m["notes"]
        if ref is not None and not notes and ref["kind"] in ("usual", "last"):
            notes = (
                "refers to the customer's %s; lines hold only the explicit additions and new quantities"
                % ("usual order" if ref["kind"] == "usual" else "last order")
            )
        for key, sentence in STD:
            if key in need and key not in notes.lower():
                notes = (notes + "; " if notes else "") + sentence
        if ref is not None:
            tags.append("reference")

        for flag in ("outlier", "credit", "conditional"):
            if kw.get(flag):
                tags.append(flag)
        if "fraction" in need:
            tags.append("fraction")
        if c["type"] == "new":
            tags.append("new_customer")
        if row["language"] != "en":
            tags.append("multilingual")
        if row["language"] == "de" and c["region"] == "at":
            tags.append("austrian")
        if row["language"] == "de" and c["region"] == "ch":
            tags.append("swiss")
        row["notes"] = notes
        row["tags"] = sorted(set(tags))
        rows.append(row)
    random.Random(SHUFFLE_SEED).shuffle(rows)
    for i, r in enumerate(rows):
        r["id"] = "de%03d" % (i + 1)
    return rows


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
    os.makedirs(out, exist_ok=True)
    histories = cust65.generate_histories()
    rows = build_rows(histories)
    with open(os.path.join(out, "catalog65.json"), "w", encoding="utf-8") as f:
        json.dump(cat65.catalog_json(), f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(out, "histories65.jsonl"), "w", encoding="utf-8") as f:
        for h in histories:
            f.write(json.dumps(h, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "holdout65.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(
        "wrote %d messages, %d customers, %d products to %s"
        % (len(rows), len(histories), len(cat65.PRODUCTS), out)
    )


if __name__ == "__main__":
    main()
