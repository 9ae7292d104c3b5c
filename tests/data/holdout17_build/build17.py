# ruff: noqa  (hand-written data generator of blind set 17, kept as its writer left it)
"""Rebuild catalog17.json, histories17.jsonl and holdout17.jsonl (standard library only, fixed seeds).

Run from anywhere: python3 build17.py   (writes into the folder above this one)
The history-dependent labels are derived here from the generated histories by the rules in readme17.md,
never by running the system.
"""

import copy
import json
import os
import random
from collections import Counter

import cat17
import cust17
import msgs17

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SHUFFLE_SEED = 17017
HISTORY_SEED = 1717
ID_PREFIX = "r"


def build_catalog():
    cats = [{"name": n, "parent": p, "ai_keywords": list(k)} for n, p, k in cat17.CATEGORIES]
    return {"currency": cat17.CURRENCY, "categories": cats, "products": copy.deepcopy(cat17.PRODUCTS)}


def product_index(catalog):
    return {p["sku"]: p for p in catalog["products"]}


def has_variants(prod):
    return bool(prod["variants"])


def public_line(line, idx):
    """Order line as written to the files: sku, quantity, variant (exactly on products with variants),
    candidates, candidate_variant."""
    out = {"sku": line["sku"], "quantity": line["quantity"]}
    if line["sku"] is not None and has_variants(idx[line["sku"]]):
        out["variant"] = line.get("variant")
    if line["sku"] is None and line.get("candidates"):
        out["candidates"] = list(line["candidates"])
        if line.get("candidate_variant"):
            out["candidate_variant"] = line["candidate_variant"]
    return out


def is_open(line, idx):
    if line["sku"] is None or line["quantity"] is None:
        return True
    return has_variants(idx[line["sku"]]) and line.get("variant") is None


class History:
    def __init__(self, hist_row):
        self.orders = hist_row["orders"]
        self.skus = set()
        self.variants = {}
        for o in self.orders:
            for ln in o["lines"]:
                self.skus.add(ln["sku"])
                if "variant" in ln:
                    self.variants.setdefault(ln["sku"], set()).add(ln["variant"])

    @staticmethod
    def sig(lines):
        return tuple(sorted((ln["sku"], ln.get("variant") or "", ln["quantity"]) for ln in lines))

    def usual(self):
        if not self.orders:
            return None
        cnt = Counter(self.sig(o["lines"]) for o in self.orders)
        ranked = cnt.most_common()
        if ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None
        top = ranked[0][0]
        for o in reversed(self.orders):
            if self.sig(o["lines"]) == top:
                return copy.deepcopy(o["lines"])
        return None

    def last(self):
        return copy.deepcopy(self.orders[-1]["lines"]) if self.orders else None


def resolve_line(line, hist, idx):
    """A family line is resolved when exactly one candidate is in the customer's history; it takes the variant
    named in the text (candidate_variant) or the customer's only variant of that product. A missing variant is
    filled when the customer has bought exactly one variant (never for a variant the catalog lacks)."""
    ln = copy.deepcopy(line)
    if ln["sku"] is None and ln.get("candidates"):
        c = [s for s in ln["candidates"] if s in hist.skus]
        if len(c) != 1:
            return ln
        sku = c[0]
        new = {"sku": sku, "quantity": ln["quantity"]}
        for k in ("_mode",):
            if k in ln:
                new[k] = ln[k]
        prod = idx[sku]
        if has_variants(prod):
            names = [v["name"] for v in prod["variants"]]
            cv = ln.get("candidate_variant")
            hv = hist.variants.get(sku, set())
            if cv and cv in names:
                new["variant"] = cv
            elif len(hv) == 1:
                new["variant"] = next(iter(hv))
            else:
                new["variant"] = None
        return new
    if (
        ln["sku"] is not None
        and has_variants(idx[ln["sku"]])
        and ln.get("variant") is None
        and not ln.get("_nofill")
    ):
        hv = hist.variants.get(ln["sku"], set())
        if len(hv) == 1:
            ln["variant"] = next(iter(hv))
    return ln


def apply_reference(msg, hist, idx, log):
    base = hist.usual() if msg["_ref"] == "usual" else hist.last()
    if base is None:
        return None
    basket = base
    for group in msg["_remove"]:
        before = len(basket)
        basket = [b for b in basket if b["sku"] not in group]
        if len(basket) == before:
            log.append("WARN %s %s: nothing removed for %s" % (msg["customer"], msg["date"], group))
    for group in msg["_double"]:
        hit = False
        for b in basket:
            if b["sku"] in group:
                b["quantity"] *= 2
                hit = True
        if not hit:
            log.append("WARN %s %s: nothing doubled for %s" % (msg["customer"], msg["date"], group))
    for line in msg["lines"]:
        r = resolve_line(line, hist, idx)
        mode = line.get("_mode")
        if mode not in ("set", "add"):
            raise SystemExit("reference line without mode: %r" % (msg["text"][:60],))
        if r["sku"] is None:
            basket.append(r)
            continue
        same = [
            b
            for b in basket
            if b["sku"] == r["sku"]
            and (
                not has_variants(idx[r["sku"]])
                or r.get("variant") is None
                or b.get("variant") == r["variant"]
            )
        ]
        if has_variants(idx[r["sku"]]) and r.get("variant") is None:
            if len(same) == 1:
                r["variant"] = same[0]["variant"]
            else:
                basket.append(r)
                continue
        if same and len(same) == 1:
            if mode == "set":
                same[0]["quantity"] = r["quantity"]
            else:
                same[0]["quantity"] = (
                    (same[0]["quantity"] or 0) + (r["quantity"] or 0) if r["quantity"] is not None else None
                )
        elif not same:
            basket.append(r)
        else:
            raise SystemExit("ambiguous basket match: %r" % (msg["text"][:60],))
    return basket


def build_rows(catalog, histories, log):
    idx = product_index(catalog)
    hmap = {h["customer"]: History(h) for h in histories}
    rows = []
    for m in msgs17.MESSAGES:
        h = hmap[m["customer"]]
        row = {
            "customer": m["customer"],
            "date": m["date"],
            "channel": m["channel"],
            "language": m["language"],
            "text": m["text"],
            "intent": m["intent"],
            "lines": [public_line(l, idx) for l in m["lines"]],
        }
        if m["intent"] == "ORDER":
            opened = any(is_open(l, idx) for l in m["lines"])
            review = bool(opened or m["_ref"] or m["_fixed"])
            row["expect_review"] = review
            lwh, erh = None, None
            if m["_outlier"]:
                lwh, erh = row["lines"], True
            elif m["_ref"]:
                basket = apply_reference(m, h, idx, log)
                if basket is not None:
                    lwh = [public_line(b, idx) for b in basket]
                    erh = bool(m["_fixed"] or any(is_open(b, idx) for b in basket))
            else:
                res = [resolve_line(l, h, idx) for l in m["lines"]]
                pub = [public_line(r, idx) for r in res]
                if pub != row["lines"]:
                    lwh = pub
                    erh = bool(m["_fixed"] or any(is_open(r, idx) for r in res))
            if lwh is not None:
                row["lines_with_history"] = lwh
                row["expect_review_with_history"] = erh
        if m["intent"] == "CHANGE":
            row["change_lines"] = [public_line(l, idx) for l in (m["change_lines"] or [])]
        row["notes"] = m["notes"]
        row["tags"] = list(m["tags"])
        rows.append(row)
    rng = random.Random(SHUFFLE_SEED)
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        d = {"id": "%s%03d" % (ID_PREFIX, i)}
        d.update(r)
        out.append(d)
    return out


def dump_jsonl(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    log = []
    catalog = build_catalog()
    histories = cust17.generate(product_index(catalog), seed=HISTORY_SEED)
    rows = build_rows(catalog, histories, log)
    with open(os.path.join(OUT, "catalog17.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(catalog, ensure_ascii=False, indent=2) + "\n")
    dump_jsonl(os.path.join(OUT, "histories17.jsonl"), histories)
    dump_jsonl(os.path.join(OUT, "holdout17.jsonl"), rows)
    for l in log:
        print(l)
    print(
        "wrote catalog17.json (%d products), histories17.jsonl (%d customers), holdout17.jsonl (%d messages)"
        % (len(catalog["products"]), len(histories), len(rows))
    )


if __name__ == "__main__":
    main()
