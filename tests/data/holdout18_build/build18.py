# ruff: noqa  (hand-written data generator of blind set 18, kept as its writer left it)
# -*- coding: utf-8 -*-
"""Rewrite catalog18.json, histories18.jsonl and holdout18.jsonl (byte-identical on every run).

python3 build18.py  (from anywhere; writes into the folder above this one)
The history-dependent labels are derived here from the generated histories, by the rules in readme18.md.
"""

import copy
import datetime
import json
import os
import random
from collections import Counter

import cat18
import cust18
import msgs18

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
FIRST_DAY = datetime.date(2027, 5, 31)
PREFIX = "g"

CAT = cat18.catalog()
PROD = {p["sku"]: p for p in CAT["products"]}
VARS = {p["sku"]: [v["name"] for v in p["variants"]] for p in CAT["products"]}
CUST = {c["customer"]: c for c in cust18.CUSTOMERS}


def has_var(sku):
    return bool(sku) and bool(VARS[sku])


def public(line):
    return {k: v for k, v in line.items() if not k.startswith("_")}


def is_open(line):
    return line["sku"] is None or line["quantity"] is None or ("variant" in line and line["variant"] is None)


def bkey(lines):
    return tuple(sorted((l["sku"], l.get("variant") or "", l["quantity"]) for l in lines))


class Hist:
    def __init__(self, rec):
        self.orders = rec["orders"]
        self.skus = set()
        self.variants = {}
        for o in self.orders:
            for l in o["lines"]:
                self.skus.add(l["sku"])
                if "variant" in l:
                    self.variants.setdefault(l["sku"], set()).add(l["variant"])

    def usual(self):
        if not self.orders:
            return None
        cnt = Counter(bkey(o["lines"]) for o in self.orders)
        top = cnt.most_common()
        if len(top) > 1 and top[0][1] == top[1][1]:
            return None
        if top[0][1] < 2:
            return None
        for o in reversed(self.orders):
            if bkey(o["lines"]) == top[0][0]:
                return [dict(l) for l in o["lines"]]

    def last(self):
        if not self.orders:
            return None
        return [dict(l) for l in self.orders[-1]["lines"]]

    def resolve(self, line):
        line = dict(line)
        if line["sku"] is None and line.get("candidates"):
            bought = [c for c in line["candidates"] if c in self.skus]
            if len(bought) != 1:
                return line
            sku = bought[0]
            new = {"sku": sku, "quantity": line["quantity"]}
            if has_var(sku):
                cv = line.get("candidate_variant")
                if cv in VARS[sku]:
                    new["variant"] = cv
                else:
                    vs = self.variants.get(sku, set())
                    new["variant"] = sorted(vs)[0] if len(vs) == 1 else None
            return new
        if line["sku"] and has_var(line["sku"]) and line.get("variant") is None and not line.get("_nofill"):
            vs = self.variants.get(line["sku"], set())
            if len(vs) == 1:
                line["variant"] = sorted(vs)[0]
        return line


def ref_lines(mods):
    """Lines without history: the explicit additions and new quantities."""
    out = []
    for m in mods:
        if m[0] == "add":
            out.append(dict(m[1]))
        elif m[0] == "qty":
            d = {"sku": m[1], "quantity": m[2]}
            if has_var(m[1]):
                d["variant"] = m[3] if len(m) > 3 else None
            out.append(d)
    return out


def apply_mods(base, mods, hist):
    b = [dict(l) for l in base]
    for m in mods:
        if m[0] == "drop":
            b = [l for l in b if l["sku"] != m[1]]
        elif m[0] == "qty":
            hit = False
            for l in b:
                if l["sku"] == m[1] and (len(m) < 4 or l.get("variant") == m[3]):
                    l["quantity"] = m[2]
                    hit = True
            if not hit:
                b.extend(ref_lines([m]))
        elif m[0] == "double":
            for l in b:
                if l["sku"] == m[1]:
                    l["quantity"] = l["quantity"] * 2
        elif m[0] == "add":
            add = hist.resolve(m[1])
            for l in b:
                if (
                    add["sku"]
                    and l["sku"] == add["sku"]
                    and l.get("variant") == add.get("variant")
                    and add["quantity"] is not None
                ):
                    l["quantity"] += add["quantity"]
                    break
            else:
                b.append(add)
    return b


def ensure_note(notes, phrase, alts=()):
    low = notes.lower()
    if phrase in low or any(a in low for a in alts):
        return notes
    return (notes + "; " if notes else "") + phrase


def build_rows(hists):
    rows = []
    for m in msgs18.MSGS:
        c = CUST[m["customer"]]
        h = hists[m["customer"]]
        day = FIRST_DAY + datetime.timedelta(days=m["day"])
        row = {
            "channel": m["channel"] or c["channel"],
            "customer": m["customer"],
            "date": day.isoformat(),
            "language": m["language"] or c["language"],
            "text": m["text"],
            "intent": m["intent"],
        }
        notes = m["notes"]
        tags = list(m["tags"])
        if m["intent"] != "ORDER":
            row["lines"] = []
            row["notes"] = notes
            if m["intent"] == "CHANGE":
                row["change_lines"] = [public(l) for l in m["change"]]
            row["tags"] = tags
            rows.append(row)
            continue
        ref = m["ref"]
        lines = ref_lines(ref[1]) if ref else [dict(l) for l in m["lines"]]
        review = any(is_open(l) for l in lines) or bool(m["review"]) or bool(ref)
        if m["outlier"]:
            review = False
        # notes
        if any(l["sku"] is None and l.get("candidates") for l in lines) or any(
            l["sku"] and "variant" in l and l["variant"] is None for l in lines
        ):
            notes = ensure_note(notes, "ambiguous")
        if any(l["sku"] is None and not l.get("candidates") for l in lines):
            notes = ensure_note(notes, "not in catalog")
        if any(l["quantity"] is None for l in lines):
            notes = ensure_note(notes, "quantities not stated", ("not a whole number",))
        lwh = None
        erwh = None
        if not m["nohist"]:
            if m["outlier"]:
                lwh, erwh = [dict(l) for l in lines], True
            elif ref:
                base = h.usual() if ref[0] == "usual" else h.last()
                if base is not None:
                    lwh = apply_mods(base, ref[1], h)
                    erwh = any(is_open(l) for l in lwh) or bool(m["review"])
            else:
                res = [h.resolve(l) for l in lines]
                rv = any(is_open(l) for l in res) or bool(m["review"])
                if [public(l) for l in res] != [public(l) for l in lines] or rv != review:
                    lwh, erwh = res, rv
        if any(is_open(l) for l in (lwh or [])):
            notes = ensure_note(
                notes, "ambiguous", ("not in catalog", "quantities not stated", "not a whole number")
            )
        row["lines"] = [public(l) for l in lines]
        row["notes"] = notes
        row["expect_review"] = review
        if lwh is not None:
            row["lines_with_history"] = [public(l) for l in lwh]
            row["expect_review_with_history"] = erwh
        if not review and not m["outlier"]:
            tags = ["clean"] + tags
        row["tags"] = tags
        rows.append(row)
    rng = random.Random(18018)
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows):
        d = {"id": "%s%03d" % (PREFIX, i + 1)}
        d.update(r)
        out.append(d)
    return out


def main():
    hist_recs = cust18.histories()
    hists = {r["customer"]: Hist(r) for r in hist_recs}
    rows = build_rows(hists)
    with open(os.path.join(OUT, "catalog18.json"), "w", encoding="utf-8") as f:
        json.dump(CAT, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(OUT, "histories18.jsonl"), "w", encoding="utf-8") as f:
        for r in hist_recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "holdout18.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d products, %d customers, %d messages" % (len(CAT["products"]), len(hist_recs), len(rows)))


if __name__ == "__main__":
    main()
