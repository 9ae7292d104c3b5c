# ruff: noqa  (hand-written data generator of blind set 67, kept as its writer left it)
"""Writes catalog67.json, holdout67.jsonl and histories67.jsonl (fixed seeds, byte-identical on every run).

Usage: python3 build67.py [output_dir]     (default: the parent folder of holdout67_build, i.e. blind67/)

History-dependent labels (lines_with_history, expect_review_with_history) are derived here from the generated
histories by the rules of the README, never by running the system:
  - a family line is resolved when exactly one candidate is in the customer's earlier orders; it takes the
    candidate_variant named in the text, or the customer's only variant of that product;
  - a missing variant is filled when the customer has bought exactly one variant (never for a variant that does not
    exist, `nofill`);
  - "the usual" is the unique most frequent exact basket, "same as last week/time" the last order; removals, new
    quantities, "double" and additions (added to the same line, after the addition is itself resolved) are applied;
  - rows whose review does not depend on the product (null quantity, fraction, not-in-catalog line, credit,
    conditional) carry no history fields; history fields appear only where they change the lines or the review;
  - an outlier keeps its lines and is in review with history.
"""

import copy
import datetime
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from cat67 import catalog, has_variants, variant_names, PRODUCT  # noqa: E402
from cust67 import CUSTOMER, MESSAGE_WEEK, generate_histories  # noqa: E402
from msgs67 import MSGS, MISSING  # noqa: E402

ARABIC = re.compile("[\u0600-\u06ff]")
ARABIC_DIALECTS = {"ary", "aeb", "arq"}


def mk_line(spec):
    k = spec["kind"]
    if k == "L":
        sku = spec["sku"]
        assert sku in PRODUCT, sku
        d = {"sku": sku}
        if has_variants(sku):
            assert spec["v"] is not MISSING, ("variant required", sku)
            assert spec["v"] is None or spec["v"] in variant_names(sku), (sku, spec["v"])
            d["variant"] = spec["v"]
        else:
            assert spec["v"] is MISSING, ("no variants", sku)
        d["quantity"] = spec["qty"]
        return d
    if k == "F":
        for c in spec["cands"]:
            assert c in PRODUCT, c
        assert len(spec["cands"]) >= 2
        d = {"sku": None, "quantity": spec["qty"], "candidates": list(spec["cands"])}
        if spec["cv"]:
            assert any(spec["cv"] in variant_names(c) for c in spec["cands"]), spec
            d["candidate_variant"] = spec["cv"]
        return d
    if k == "X":
        return {"sku": None, "quantity": spec["qty"]}
    raise ValueError(k)


def is_open(d):
    q = d["quantity"]
    return (
        d["sku"] is None
        or q is None
        or ("variant" in d and d["variant"] is None)
        or (isinstance(q, float) and q != int(q))
    )


def is_fraction(q):
    return isinstance(q, float) and q != int(q)


class Hist:
    def __init__(self, rec):
        self.orders = rec["orders"]
        self.bought = set()
        self.variants = {}
        for o in self.orders:
            for ln in o["lines"]:
                self.bought.add(ln["sku"])
                if "variant" in ln:
                    self.variants.setdefault(ln["sku"], set()).add(ln["variant"])

    def usual(self):
        counts = {}
        first = {}
        for o in self.orders:
            key = tuple(sorted((ln["sku"], ln.get("variant") or "", ln["quantity"]) for ln in o["lines"]))
            counts[key] = counts.get(key, 0) + 1
            first.setdefault(key, o)
        if not counts:
            return None
        top = max(counts.values())
        keys = [k for k, n in counts.items() if n == top]
        if len(keys) != 1 or top < 2:
            return None
        return copy.deepcopy(first[keys[0]]["lines"])

    def last(self):
        return copy.deepcopy(self.orders[-1]["lines"]) if self.orders else None

    def resolve(self, d, nofill=False):
        d = copy.deepcopy(d)
        if d["sku"] is None and "candidates" in d:
            inhist = [c for c in d["candidates"] if c in self.bought]
            if len(inhist) != 1:
                return d
            sku = inhist[0]
            out = {"sku": sku}
            if has_variants(sku):
                cv = d.get("candidate_variant")
                if cv:
                    out["variant"] = cv if cv in variant_names(sku) else None
                else:
                    vs = self.variants.get(sku, set())
                    out["variant"] = next(iter(vs)) if len(vs) == 1 else None
            out["quantity"] = d["quantity"]
            return out
        if d["sku"] is not None and "variant" in d and d["variant"] is None and not nofill:
            vs = self.variants.get(d["sku"], set())
            if len(vs) == 1:
                d["variant"] = next(iter(vs))
        return d


def same(a, b):
    if a["sku"] != b["sku"]:
        return False
    if "variant" in b and b["variant"] is not None:
        return a.get("variant") == b["variant"]
    return True


def apply_ref(base, ref, hist):
    basket = copy.deepcopy(base)
    for r in ref["remove"]:
        before = len(basket)
        basket = [ln for ln in basket if ln["sku"] != r]
        assert len(basket) < before, ("remove not in basket", r)
    for s in ref["set"]:
        d = hist.resolve(mk_line(s))
        idx = [i for i, ln in enumerate(basket) if same(ln, d)]
        assert len(idx) == 1, ("set target", d, basket)
        basket[idx[0]]["quantity"] = d["quantity"]
    for sku in ref["double"]:
        idx = [i for i, ln in enumerate(basket) if ln["sku"] == sku]
        assert idx, ("double target", sku)
        for i in idx:
            basket[i]["quantity"] *= 2
    for a in ref["add"]:
        d = hist.resolve(mk_line(a))
        mergeable = d["sku"] is not None and not ("variant" in d and d["variant"] is None)
        idx = [i for i, ln in enumerate(basket) if mergeable and same(ln, d)]
        if len(idx) == 1 and d["quantity"] is not None:
            basket[idx[0]]["quantity"] += d["quantity"]
        else:
            basket.append(d)
    return basket


def std_notes(notes, lines):
    out = notes.strip()
    low = out.lower()
    extra = []
    amb = []
    for d in lines:
        if d["sku"] is None and "candidates" in d:
            amb.append("family line over " + ", ".join(d["candidates"]))
        elif d["sku"] is not None and "variant" in d and d["variant"] is None:
            amb.append(d["sku"] + " with no variant")
    if amb and "ambiguous" not in low:
        extra.append("Ambiguous: " + "; ".join(amb) + ".")
    if any(d["sku"] is None and "candidates" not in d for d in lines) and "not in catalog" not in low:
        extra.append("Not in catalog.")
    if (
        any(d["quantity"] is None for d in lines)
        and "quantities not stated" not in low
        and "not a whole number" not in low
    ):
        extra.append("Quantities not stated.")
    return " ".join([out] + extra).strip()


def build_rows(histories):
    hist = {h["customer"]: Hist(h) for h in histories}
    per_cust = {}
    for msg in MSGS:
        per_cust.setdefault(msg["customer"], []).append(msg)
    dates = {}
    for c, lst in per_cust.items():
        for i, msg in enumerate(lst):
            dates[id(msg)] = (MESSAGE_WEEK + datetime.timedelta(days=(i * 7) // len(lst))).isoformat()
    rows = []
    for msg in MSGS:
        c = CUSTOMER[msg["customer"]]
        h = hist[c["key"]]
        lang = c["language"]
        row = {
            "id": None,
            "customer": c["key"],
            "date": dates[id(msg)],
            "channel": msg["channel"] or c["channel"],
            "language": lang,
            "text": msg["text"],
            "intent": msg["intent"],
        }
        specs = msg["lines"]
        lines = [mk_line(s) for s in specs]
        tags = set(msg["tags"])
        ref = msg["ref"]
        if msg["intent"] != "ORDER":
            assert not lines and ref is None and not msg["outlier"]
            row["lines"] = []
            row["notes"] = msg["notes"].strip()
            if msg["intent"] == "CHANGE":
                row["change_lines"] = [mk_line(s) for s in msg["change"]]
            else:
                assert msg["change"] is None
            tags.add(msg["intent"].lower())
        else:
            assert msg["change"] is None
            row["lines"] = lines
            row["notes"] = std_notes(msg["notes"], lines)
            review = bool(ref) or bool(msg["flags"]) or any(is_open(d) for d in lines)
            if msg["outlier"]:
                assert not review
            row["expect_review"] = review
            nohist = (
                bool(msg["flags"])
                or any(d["quantity"] is None or is_fraction(d["quantity"]) for d in lines)
                or any(d["sku"] is None and "candidates" not in d for d in lines)
            )
            if not nohist:
                erwh = None
                if msg["outlier"]:
                    lwh = copy.deepcopy(lines)
                    erwh = True
                elif ref:
                    base = None
                    if ref["kind"] == "usual":
                        base = h.usual()
                    elif ref["kind"] == "last":
                        base = h.last()
                    if base is None:
                        lwh = copy.deepcopy(lines)
                        erwh = True
                    else:
                        lwh = apply_ref(base, ref, h)
                else:
                    lwh = [h.resolve(d, s.get("nofill", False)) for d, s in zip(lines, specs)]
                if erwh is None:
                    erwh = any(is_open(d) for d in lwh)
                if lwh != lines or erwh != review:
                    row["lines_with_history"] = lwh
                    row["expect_review_with_history"] = erwh
            if ref:
                tags.add("reference")
            if msg["outlier"]:
                tags.add("outlier")
            if not review and not msg["outlier"]:
                tags.add("clean")
            if any(d["sku"] is None and "candidates" in d for d in lines):
                tags.add("family")
            if any(d["sku"] is None and "candidates" not in d for d in lines):
                tags.add("not_in_catalog")
        allv = row.get("lines", []) + row.get("change_lines", [])
        if any(d["sku"] is not None and has_variants(d["sku"]) for d in allv):
            tags.add("variant")
        if lang != "en":
            tags.add("multilingual")
        if ARABIC.search(msg["text"]):
            tags.add("arabic_script")
        elif lang in ARABIC_DIALECTS:
            tags.add("arabizi")
        if c["history"] == "new":
            tags.add("new_customer")
        row["tags"] = sorted(tags)
        rows.append(row)
    random.Random(67).shuffle(rows)
    for i, row in enumerate(rows, 1):
        row["id"] = "mg%03d" % i
    order = [
        "id",
        "customer",
        "date",
        "channel",
        "language",
        "text",
        "intent",
        "lines",
        "notes",
        "expect_review",
        "lines_with_history",
        "expect_review_with_history",
        "change_lines",
        "tags",
    ]
    return [{k: r[k] for k in order if k in r} for r in rows]


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
    os.makedirs(out, exist_ok=True)
    histories = generate_histories()
    rows = build_rows(histories)
    with open(os.path.join(out, "catalog67.json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(catalog(), ensure_ascii=False, indent=2) + "\n")
    with open(os.path.join(out, "holdout67.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "histories67.jsonl"), "w", encoding="utf-8") as f:
        for h in histories:
            f.write(json.dumps(h, ensure_ascii=False) + "\n")
    print("wrote %d messages, %d customers to %s" % (len(rows), len(histories), out))


if __name__ == "__main__":
    main()
