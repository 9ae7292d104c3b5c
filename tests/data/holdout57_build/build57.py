# ruff: noqa  (hand-written data generator of blind set 57, kept as its writer left it)
# -*- coding: utf-8 -*-
"""Rewrites catalog57.json, histories57.json and holdout57.jsonl from cat57.py, cust57.py and msgs57.py.

Fixed seeds; no set or dict iteration order depends on PYTHONHASHSEED.  History-dependent labels are derived from
the generated histories by the rules in the README section, never by running the system.
"""

import collections
import copy
import datetime
import json
import os
import random

import cat57
import cust57
import msgs57

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

PROD = {p[0]: p for p in cat57.P}
HAS_VAR = {p[0]: bool(p[6]) for p in cat57.P}
VARNAMES = {p[0]: [v[1] for v in p[6]] for p in cat57.P}


# ---------------------------------------------------------------------------------------------------- catalog
def build_catalog():
    cats = [{"name": n, "parent": par, "ai_keywords": kw} for n, par, kw in cat57.CATEGORIES]
    prods = []
    for sku, name, cat, unit, price, aliases, variants in cat57.P:
        if variants:
            price = min((v[3] for v in variants), key=lambda s: float(s))
        words = [
            w.strip("(),").lower()
            for w in name.split()
            if len(w.strip("(),")) > 3 and not any(ch.isdigit() for ch in w)
        ]
        kw = []
        for w in words:
            if w not in kw:
                kw.append(w)
        prods.append(
            {
                "sku": sku,
                "name": name,
                "category": cat,
                "unit": unit,
                "unit_price": price,
                "aliases": aliases,
                "keywords": kw[:5],
                "ai_training_examples": ["train57 catalogue line :: %s :: one %s" % (name.lower(), unit)],
                "variants": [
                    {"name": vn, "variant_type": vt, "sku": vs, "unit_price": vp, "ai_aliases": va}
                    for vs, vn, vt, vp, va in variants
                ],
            }
        )
    return {"currency": cat57.CURRENCY, "categories": cats, "products": prods}


# ---------------------------------------------------------------------------------------------------- helpers
def clean_line(line):
    out = {"sku": line["sku"]}
    if line["sku"] is not None and HAS_VAR[line["sku"]]:
        out["variant"] = line.get("variant")
    out["quantity"] = line["quantity"]
    if line.get("candidates"):
        out["candidates"] = list(line["candidates"])
        if line.get("candidate_variant"):
            out["candidate_variant"] = line["candidate_variant"]
    return out


def is_open(line):
    if line["sku"] is None or line["quantity"] is None:
        return True
    if HAS_VAR[line["sku"]] and line.get("variant") is None:
        return True
    q = line["quantity"]
    return not (isinstance(q, int) or float(q).is_integer())


def hist_info(orders):
    skus, variants = [], collections.defaultdict(list)
    for o in orders:
        for ln in o["lines"]:
            if ln["sku"] not in skus:
                skus.append(ln["sku"])
            v = ln.get("variant")
            if v is not None and v not in variants[ln["sku"]]:
                variants[ln["sku"]].append(v)
    return skus, variants


def resolve(line, skus, variants):
    line = copy.deepcopy(line)
    if line["sku"] is None and line.get("candidates"):
        inh = [c for c in line["candidates"] if c in skus]
        if len(inh) == 1:
            sku = inh[0]
            new = {"sku": sku, "quantity": line["quantity"]}
            if HAS_VAR[sku]:
                cv = line.get("candidate_variant")
                if cv and cv in VARNAMES[sku]:
                    new["variant"] = cv
                elif len(variants[sku]) == 1 and not cv:
                    new["variant"] = variants[sku][0]
                else:
                    new["variant"] = None
            return new
        return line
    if line["sku"] is not None and HAS_VAR[line["sku"]] and line.get("variant") is None:
        if len(variants[line["sku"]]) == 1:
            line["variant"] = variants[line["sku"]][0]
    return line


def basket_key(lines):
    return tuple((ln["sku"], ln.get("variant"), ln["quantity"]) for ln in lines)


def reference_basket(ref, orders):
    if not orders:
        return None
    if ref == "last":
        return copy.deepcopy(orders[-1]["lines"])
    cnt = collections.Counter(basket_key(o["lines"]) for o in orders)
    top = cnt.most_common()
    if len(top) > 1 and top[0][1] == top[1][1]:
        return None
    best = top[0][0]
    for o in orders:
        if basket_key(o["lines"]) == best:
            return copy.deepcopy(o["lines"])
    return None


def apply_mods(basket, mods, skus, variants):
    for m in mods:
        op = m[0]
        if op == "remove":
            basket = [ln for ln in basket if ln["sku"] != m[1]]
        elif op == "double":
            for ln in basket:
                if ln["sku"] == m[1]:
                    ln["quantity"] = ln["quantity"] * 2
        elif op == "set":
            _, sku, var, q = m
            hit = [ln for ln in basket if ln["sku"] == sku and (var is None or ln.get("variant") == var)]
            if hit:
                hit[0]["quantity"] = q
            else:
                ln = {"sku": sku, "quantity": q}
                if HAS_VAR[sku]:
                    ln["variant"] = var
                basket.append(ln)
        elif op == "add":
            ln = resolve(clean_line(m[1]), skus, variants)
            hit = [
                b
                for b in basket
                if ln["sku"] is not None and b["sku"] == ln["sku"] and b.get("variant") == ln.get("variant")
            ]
            if hit:
                hit[0]["quantity"] = hit[0]["quantity"] + ln["quantity"]
            else:
                basket.append(ln)
        else:
            raise ValueError(op)
    return [clean_line(b) for b in basket]


PHRASES = [
    ("ambiguous", "Ambiguous: a human must choose."),
    ("not in catalog", "Not in catalog."),
    ("quantities not stated", "Quantities not stated (not a whole number of selling units, or no number)."),
]


# ---------------------------------------------------------------------------------------------------- messages
def build_rows(histories):
    per_cust = collections.defaultdict(list)
    for m in msgs57.MSGS:
        per_cust[m["customer"]].append(m)
    start = datetime.date(2028, 6, 5)
    dates = {}
    for cu, ms in per_cust.items():
        k = len(ms)
        for i, m in enumerate(ms):
            dates[id(m)] = (start + datetime.timedelta(days=(i * 7) // k)).isoformat()

    rows = []
    for m in msgs57.MSGS:
        cu = m["customer"]
        orders = histories[cu]
        skus, variants = hist_info(orders)
        row = collections.OrderedDict()
        row["id"] = None
        row["channel"] = m["channel"]
        row["customer"] = cu
        row["date"] = dates[id(m)]
        row["language"] = m["language"]
        row["text"] = m["text"]
        row["intent"] = m["intent"]
        lines = [clean_line(ln) for ln in m["lines"]]
        row["lines"] = lines if m["intent"] == "ORDER" else []
        tags = list(m["tags"])
        notes = m["notes"].strip()
        if m["intent"] == "ORDER":
            review = bool(m["review"]) or m["ref"] is not None or any(is_open(ln) for ln in lines)
            if m["outlier"]:
                review = False
            row["expect_review"] = review
            # history
            nohist = m["nohist"] or any(
                ln["quantity"] is None
                or (ln["sku"] is None and not ln.get("candidates"))
                or not float(ln["quantity"]).is_integer()
                for ln in lines
            )
            hl, hr = None, None
            if not nohist:
                if m["ref"]:
                    base = reference_basket(m["ref"], orders)
                    if base is not None:
                        hl = apply_mods(base, m["mods"], skus, variants)
                        hr = any(is_open(ln) for ln in hl)
                else:
                    hl = [clean_line(resolve(ln, skus, variants)) for ln in lines]
                    hr = any(is_open(ln) for ln in hl) or m["outlier"]
                if hl is not None and (hl != lines or hr != review):
                    row["lines_with_history"] = hl
                    row["expect_review_with_history"] = hr
            # notes phrases
            low = notes.lower()
            need = []
            if any(
                ln.get("candidates") or (ln["sku"] and HAS_VAR[ln["sku"]] and ln.get("variant") is None)
                for ln in lines
            ):
                need.append(0)
            if any(ln["sku"] is None and not ln.get("candidates") for ln in lines):
                need.append(1)
            if any(ln["quantity"] is None for ln in lines):
                need.append(2)
            for i in need:
                if PHRASES[i][0] not in low:
                    notes = (notes + ". " if notes else "") + PHRASES[i][1]
                    notes = notes.replace("..", ".")
            # tags
            if any(ln.get("candidates") for ln in lines):
                tags.append("family")
            if any((ln["sku"] and HAS_VAR[ln["sku"]]) or ln.get("candidate_variant") for ln in lines):
                tags.append("variant")
            if any(ln["sku"] is None and not ln.get("candidates") for ln in lines):
                tags.append("not_in_catalog")
            if m["ref"]:
                tags.append("reference")
            if m["outlier"]:
                tags.append("outlier")
            if not review and not m["outlier"]:
                tags.append("clean")
        else:
            tags.append(m["intent"].lower())
            if m["intent"] == "CHANGE":
                row["change_lines"] = [clean_line(ln) for ln in (m["change"] or [])]
        if m["language"] != "en":
            tags.append("multilingual")
        row["notes"] = notes
        seen = []
        for t in tags:
            if t not in seen:
                seen.append(t)
        row["tags"] = sorted(seen)
        rows.append(row)
    rnd = random.Random(5757)
    rnd.shuffle(rows)
    for i, r in enumerate(rows, 1):
        r["id"] = "ce%03d" % i
    return rows


def dump(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main():
    catalog = build_catalog()
    histories = cust57.generate(HAS_VAR)
    rows = build_rows(histories)
    dump(os.path.join(OUT, "catalog57.json"), json.dumps(catalog, ensure_ascii=False, indent=1) + "\n")
    hl = []
    for key in sorted(cust57.C):
        c = cust57.C[key]
        hl.append(
            json.dumps(
                collections.OrderedDict(
                    [
                        ("customer", key),
                        ("name", c["name"]),
                        ("kind", c["kind"]),
                        ("channel", c["channel"]),
                        ("address", c["address"]),
                        ("language", c["language"]),
                        ("orders", histories[key]),
                    ]
                ),
                ensure_ascii=False,
            )
        )
    dump(os.path.join(OUT, "histories57.jsonl"), "\n".join(hl) + "\n")
    dump(
        os.path.join(OUT, "holdout57.jsonl"),
        "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n",
    )
    print("wrote %d products, %d customers, %d messages" % (len(catalog["products"]), len(hl), len(rows)))


if __name__ == "__main__":
    main()
