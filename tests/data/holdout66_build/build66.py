# ruff: noqa  (hand-written data generator of blind set 66, kept as its writer left it)
"""Write catalog66.json, holdout66.jsonl and histories66.jsonl.

usage: python3 build66.py [output-directory]     (default: the parent folder of this script)

Fixed seeds; no set or dict ordering depends on PYTHONHASHSEED, so every run writes the same bytes.
The history fields are derived from the generated histories by the rules in readme66.md, never by running
the system.
"""

import datetime
import json
import os
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from cat66 import CATALOG, HAS_VARIANTS, VARIANTS, PRODUCT  # noqa: E402
from cust66 import CUSTOMER, MESSAGE_WEEK_START, generate_histories  # noqa: E402
from msgs66 import MESSAGES, NV  # noqa: E402

ID_PREFIX = "bm"
SHUFFLE_SEED = 66
LANG_OK = {"en", "pl", "ro", "pt", "lt"}


# ------------------------------------------------------------------ lines
def out_line(ln):
    """Label line -> output dict. Checks that variant keys are present exactly on products with variants."""
    d = {"sku": ln.sku}
    if ln.sku is None:
        if ln.var is not NV:
            raise ValueError("a null-sku line takes no variant")
    else:
        if ln.sku not in PRODUCT:
            raise ValueError(f"unknown sku {ln.sku}")
        if ln.sku in HAS_VARIANTS:
            if ln.var is NV:
                raise ValueError(f"{ln.sku} needs var=")
            if ln.var is not None and ln.var not in VARIANTS[ln.sku]:
                raise ValueError(f"bad variant {ln.var} for {ln.sku}")
            d["variant"] = ln.var
        elif ln.var is not NV:
            raise ValueError(f"{ln.sku} has no variants")
    d["quantity"] = ln.qty
    if ln.cand:
        d["candidates"] = list(ln.cand)
        if ln.cv is not None:
            d["candidate_variant"] = ln.cv
    return d


def is_open(d):
    return d["sku"] is None or d.get("variant", "x") is None or d["quantity"] is None


def fractional(q):
    return q is not None and float(q) != int(q)


# ------------------------------------------------------------------ history
class History:
    def __init__(self, cust_row):
        self.orders = cust_row["orders"]
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
        keyed = [json.dumps(sorted(json.dumps(l, sort_keys=True) for l in o["lines"])) for o in self.orders]
        cnt = Counter(keyed)
        top = max(cnt.values())
        winners = sorted(k for k, c in cnt.items() if c == top)
        if top < 2 or len(winners) != 1:
            return None
        for k, o in zip(keyed, self.orders):
            if k == winners[0]:
                return [dict(l) for l in o["lines"]]

    def last(self):
        return [dict(l) for l in self.orders[-1]["lines"]] if self.orders else None

    def resolve(self, ln):
        """Resolve one label line by the history rules; returns an output dict."""
        d = out_line(ln)
        if ln.sku is None and ln.cand:
            bought = [c for c in ln.cand if c in self.skus]
            if len(bought) != 1:
                return d
            s = bought[0]
            r = {"sku": s}
            if s in HAS_VARIANTS:
                if ln.cv is not None and ln.cv in VARIANTS[s]:
                    r["variant"] = ln.cv
                else:
                    vs = sorted(self.variants.get(s, ()))
                    r["variant"] = vs[0] if len(vs) == 1 else None
            r["quantity"] = ln.qty
            return r
        if ln.sku in HAS_VARIANTS and ln.var is None and not ln.nofill:
            opts = ln.opts or VARIANTS[ln.sku]
            vs = sorted(v for v in self.variants.get(ln.sku, ()) if v in opts)
            if len(vs) == 1:
                d["variant"] = vs[0]
        return d


def _same(a, b):
    return a["sku"] == b["sku"] and a.get("variant") == b.get("variant")


def apply_reference(m, hist):
    """Expand a reference with the message's changes; None when the reference cannot be resolved."""
    base = hist.usual() if m.ref["kind"] == "usual" else hist.last()
    if base is None:
        return None
    for sku, var in m.ref.get("remove", []):
        base = [l for l in base if not (l["sku"] == sku and (var is None or l.get("variant") == var))]
    for sku, var in m.ref.get("double", []):
        hit = False
        for l in base:
            if l["sku"] == sku and (var is None or l.get("variant") == var):
                l["quantity"] = l["quantity"] * 2
                hit = True
        if not hit:
            raise ValueError(f"'double' of {sku} not in the basket of {m.cust}")
    for ln in m.lines:
        r = hist.resolve(ln)
        match = None if is_open(r) else next((l for l in base if _same(l, r)), None)
        if match is None:
            base.append(r)
        elif ln.mode == "set":
            match["quantity"] = r["quantity"]
        else:
            match["quantity"] = match["quantity"] + r["quantity"]
    return base


# ------------------------------------------------------------------ notes and tags
def add_phrases(m, lines):
    notes = m.notes.strip()
    low = notes.lower()
    add = []

    def need(keyword, phrase):
        if keyword not in low and phrase not in add:
            add.append(phrase)

    for ln, d in zip(m.lines, lines):
        if d["sku"] is None and "candidates" in d:
            need("ambiguous", "ambiguous between catalog products")
        elif d["sku"] is None:
            need("not in catalog", "not in catalog")
        elif d.get("variant", "x") is None:
            need(
                "ambiguous",
                "ambiguous: variant not given"
                if not ln.nofill
                else "ambiguous: the named size or colour does not exist",
            )
        if d["quantity"] is None:
            if ln.q == "count":
                need("not a whole number", "not a whole number of selling units")
            else:
                need("quantities not stated", "quantities not stated")
    if m.ref is not None:
        need("ambiguous", "ambiguous: refers to an earlier order")
    if add:
        notes = (notes + "; " if notes else "") + "; ".join(add)
    return notes


def build(out_dir):
    histories = generate_histories()
    hist_by = {h["customer"]: History(h) for h in histories}

    # dates: each customer's messages in written order, spread over the message week
    per_cust = {}
    for i, m in enumerate(MESSAGES):
        per_cust.setdefault(m.cust, []).append(i)
    date_of = {}
    for cust, idxs in per_cust.items():
        n = len(idxs)
        for k, i in enumerate(idxs):
            date_of[i] = (MESSAGE_WEEK_START + datetime.timedelta(days=(k * 7) // n)).isoformat()

    rows = []
    for i, m in enumerate(MESSAGES):
        c = CUSTOMER[m.cust]
        if c["language"] not in LANG_OK:
            raise ValueError(c["language"])
        hist = hist_by[m.cust]
        lines = [out_line(l) for l in m.lines]
        tags = list(m.tags)
        row = {"id": None, "channel": m.ch or c["channel"], "text": m.text, "intent": m.intent}
        if m.intent != "ORDER":
            if m.lines:
                raise ValueError(f"non-order with lines: {m.text[:40]}")
            row["lines"] = []
            row["notes"] = m.notes.strip()
        else:
            row["lines"] = lines
            row["notes"] = add_phrases(m, lines)
        row["customer"] = m.cust
        row["date"] = date_of[i]
        row["language"] = c["language"]
        if m.intent == "ORDER":
            review = bool(
                m.ref is not None or m.block or any(is_open(d) or fractional(d["quantity"]) for d in lines)
            )
            if m.outlier and review:
                raise ValueError("an outlier must be shippable as written")
            row["expect_review"] = review
            lwh, ewh = None, None
            blocked = (
                m.block
                or any(d["quantity"] is None or fractional(d["quantity"]) for d in lines)
                or any(l.nofill for l in m.lines)
                or any(d["sku"] is None and "candidates" not in d for d in lines)
            )
            if m.outlier:
                lwh, ewh = [dict(d) for d in lines], True
            elif not review or blocked:
                pass
            elif m.ref is not None:
                exp = apply_reference(m, hist)
                if exp is not None:
                    lwh, ewh = exp, any(is_open(d) for d in exp)
            else:
                res = [hist.resolve(l) for l in m.lines]
                if res != lines:
                    lwh, ewh = res, any(is_open(d) for d in res)
            if lwh is not None:
                row["lines_with_history"] = lwh
                row["expect_review_with_history"] = ewh
        if m.intent == "CHANGE":
            if m.change_lines is None:
                raise ValueError("CHANGE needs change_lines")
            row["change_lines"] = [out_line(l) for l in m.change_lines]
        elif m.change_lines is not None:
            raise ValueError("change_lines only on CHANGE")
        # derived tags
        if m.intent != "ORDER":
            tags.append(m.intent.lower())
        if c["language"] != "en":
            tags.append("multilingual")
        all_lines = row["lines"] + row.get("change_lines", [])
        if any(d["sku"] in HAS_VARIANTS for d in all_lines):
            tags.append("variant")
        if any(d["sku"] is None and "candidates" in d for d in all_lines):
            tags.append("family")
        if any(d["sku"] is None and "candidates" not in d for d in all_lines):
            tags.append("not_in_catalog")
        if m.ref is not None:
            tags.append("reference")
        if m.outlier:
            tags.append("outlier")
        if m.intent == "ORDER" and not row["expect_review"] and not m.outlier:
            tags.append("clean")
        row["tags"] = sorted(set(tags))
        rows.append(row)

    order = list(range(len(rows)))
    random.Random(SHUFFLE_SEED).shuffle(order)
    out_rows = []
    for n, i in enumerate(order, 1):
        r = rows[i]
        r["id"] = f"{ID_PREFIX}{n:03d}"
        out_rows.append(r)

    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "catalog66.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(CATALOG, ensure_ascii=False, indent=2) + "\n")
    with open(os.path.join(out_dir, "holdout66.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in out_rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(out_dir, "histories66.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for h in histories:
            f.write(json.dumps(h, ensure_ascii=False) + "\n")
    return out_rows, histories


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
    rows, hist = build(out)
    print(f"wrote {len(rows)} messages, {len(hist)} customers, {len(CATALOG['products'])} products to {out}")
