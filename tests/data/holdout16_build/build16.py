# ruff: noqa  (hand-written data generator of blind set 16, kept as its writer left it)
#!/usr/bin/env python3
"""Rewrites catalog16.json, histories16.jsonl and holdout16.jsonl (one folder up) identically on every run.

Standard library only. The messages and plain labels are hand-written in msgs16.py; the histories are generated
with fixed seeds in cust16.py; the history-dependent labels (lines_with_history, expect_review_with_history) are
derived here from the generated histories by the rules in readme16.md, never by running the system.
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
OUT = os.path.dirname(HERE)

from cat16 import CATALOG, has_variants, VARIANTS  # noqa: E402
from cust16 import CUST, MESSAGE_MONDAY, basket_sig, output_histories  # noqa: E402
from msgs16 import MESSAGES  # noqa: E402

SHUFFLE_SEED = 16
ID_PREFIX = "s"


def clean(line):
    d = {"sku": line["sku"], "quantity": line["quantity"]}
    if line["sku"] is not None and has_variants(line["sku"]):
        d["variant"] = line.get("variant")
    if line["sku"] is None and line.get("candidates"):
        d["candidates"] = list(line["candidates"])
        if line.get("candidate_variant"):
            d["candidate_variant"] = line["candidate_variant"]
    if line["sku"] is not None and not has_variants(line["sku"]):
        assert "variant" not in line, ("variant on a product without variants", line)
    return d


def is_open(line):
    return (
        line["sku"] is None
        or line["quantity"] is None
        or (has_variants(line["sku"]) and line.get("variant") is None)
    )


class Hist:
    def __init__(self, h):
        self.orders = h["orders"]
        self.skus = set()
        self.variants = collections.defaultdict(set)
        for o in self.orders:
            for l in o["lines"]:
                self.skus.add(l["sku"])
                if has_variants(l["sku"]):
                    self.variants[l["sku"]].add(l["variant"])

    def usual(self):
        if not self.orders:
            return None
        counts = collections.Counter(basket_sig(o["lines"]) for o in self.orders)
        top = counts.most_common()
        if top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
            return None
        sig = top[0][0]
        for o in self.orders:
            if basket_sig(o["lines"]) == sig:
                return [dict(l) for l in o["lines"]]

    def last(self):
        return [dict(l) for l in self.orders[-1]["lines"]] if self.orders else None

    def resolve(self, line):
        l = dict(line)
        if l["sku"] is None:
            cands = l.get("candidates")
            if not cands:
                return l
            bought = [c for c in cands if c in self.skus]
            if len(bought) != 1:
                return l
            s = bought[0]
            q = l["_qby"][s] if "_qby" in l else l["quantity"]
            new = {"sku": s, "quantity": q}
            if has_variants(s):
                cv = l.get("candidate_variant")
                if cv:
                    assert cv in VARIANTS[s], (cv, s)
                    new["variant"] = cv
                else:
                    vs = self.variants[s]
                    new["variant"] = next(iter(vs)) if len(vs) == 1 else None
            return new
        if has_variants(l["sku"]) and l.get("variant") is None and not l.get("_nofill"):
            vs = self.variants.get(l["sku"], set())
            if len(vs) == 1:
                l["variant"] = next(iter(vs))
        return l


def apply_ops(basket, ops, hist):
    b = [dict(l) for l in basket]
    for op in ops:
        kind = op[0]
        if kind == "remove":
            n = len(b)
            b = [l for l in b if l["sku"] != op[1]]
            assert len(b) < n, ("remove of a line not in the basket", op)
        elif kind == "double":
            hit = [l for l in b if l["sku"] == op[1]]
            assert hit, op
            for l in hit:
                l["quantity"] = l["quantity"] * 2
        elif kind == "swap":
            _, sku, frm, to = op
            hit = [l for l in b if l["sku"] == sku and l.get("variant") == frm]
            assert len(hit) == 1, op
            assert to in VARIANTS[sku]
            hit[0]["variant"] = to
        elif kind in ("set", "add"):
            line = hist.resolve(op[1])
            if line["sku"] is None:
                b.append(line)
                continue
            if has_variants(line["sku"]) and line.get("variant") is not None:
                hit = [l for l in b if l["sku"] == line["sku"] and l.get("variant") == line["variant"]]
            else:
                hit = [l for l in b if l["sku"] == line["sku"]]
            assert len(hit) <= 1, ("set/add matches two basket lines", op)
            if hit:
                if kind == "set":
                    hit[0]["quantity"] = line["quantity"]
                else:
                    hit[0]["quantity"] = hit[0]["quantity"] + line["quantity"]
            else:
                b.append(line)
        else:
            raise ValueError(op)
    return b


def history_labels(m, hist):
    """returns (lines_with_history, expect_review_with_history) or None when history changes nothing"""
    lines = m["lines"]
    spec = m["hist"]
    if spec == "outlier":
        return [clean(l) for l in lines], True
    if isinstance(spec, dict):
        base = hist.usual() if spec["ref"] == "usual" else hist.last()
        assert base is not None, ("reference cannot be resolved", m["text"])
        lw = apply_ops(base, spec["ops"], hist)
        rw = m["sticky"] or any(is_open(l) for l in lw)
        return [clean(l) for l in lw], rw
    lw = [hist.resolve(l) for l in lines]
    rw = m["sticky"] or any(is_open(l) for l in lw)
    lw = [clean(l) for l in lw]
    if lw == [clean(l) for l in lines] and rw == m["review"]:
        if spec == "resolve":
            raise AssertionError(("declared 'resolve' but history changes nothing", m["customer"], m["text"]))
        return None
    if spec is None:
        raise AssertionError(("history changes this row but no hist declared", m["customer"], m["text"], lw))
    return lw, rw


def build_rows(histories):
    H = {h["customer"]: Hist(h) for h in histories}
    rows = []
    for m in MESSAGES:
        assert m["customer"] in CUST, m["customer"]
        date = (MESSAGE_MONDAY + datetime.timedelta(days=m["day"])).isoformat()
        row = collections.OrderedDict()
        row["id"] = None
        row["customer"] = m["customer"]
        row["date"] = date
        row["channel"] = m["channel"]
        row["language"] = m["language"]
        row["text"] = m["text"]
        row["intent"] = m["intent"]
        row["lines"] = [clean(l) for l in m["lines"]]
        if m["intent"] == "ORDER":
            assert isinstance(m["review"], bool), m["text"]
            row["expect_review"] = m["review"]
            hist = H[m["customer"]]
            if hist.orders:
                hl = history_labels(m, hist)
                if hl is not None:
                    row["lines_with_history"], row["expect_review_with_history"] = hl
            else:
                assert m["hist"] is None, m["text"]
        else:
            assert not m["lines"] and m["review"] is None and m["hist"] is None, m["text"]
        if m["intent"] == "CHANGE":
            row["change_lines"] = [clean(l) for l in m["change"]]
        else:
            assert m["change"] is None, m["text"]
        row["notes"] = m["notes"]
        row["tags"] = sorted(set(m["tags"]))
        rows.append(row)
    rng = random.Random(SHUFFLE_SEED)
    rng.shuffle(rows)
    for i, r in enumerate(rows, 1):
        r["id"] = f"{ID_PREFIX}{i:03d}"
    return rows


def main():
    histories = output_histories()
    rows = build_rows(histories)
    with open(os.path.join(OUT, "catalog16.json"), "w", encoding="utf-8") as f:
        json.dump(CATALOG, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(OUT, "histories16.jsonl"), "w", encoding="utf-8") as f:
        for h in histories:
            f.write(json.dumps(h, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "holdout16.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(CATALOG['products'])} products, {len(histories)} customers, {len(rows)} messages")


if __name__ == "__main__":
    main()
