# ruff: noqa  (hand-written data generator for the tenth blind set, kept as its writer left it)
#!/usr/bin/python3
"""Rewrite catalog10.json, histories10.jsonl and holdout10.jsonl (one folder up) identically.

The messages and plain labels are hand-written in msgs10.py. The histories are generated with a fixed seed from
the hand-written usual baskets in cust10.py. lines_with_history / expect_review_with_history are derived here from
the written histories by the rules below, never by running the system:
  - a family line (sku null with candidates) is resolved when exactly one candidate is in the customer's earlier
    orders; it takes the size/colour the text names (candidate_variant) or, failing that, the only variant of that
    product the customer has had; a size/colour the catalog lacks is never filled;
  - a missing variant is filled when the customer has had exactly one variant of the product;
  - a null quantity and a not-in-catalog line stay open;
  - "the usual" is the customer's unique most frequent exact basket; "same as last week/time/order" the last one;
    removals, new quantities, relative changes and swaps are applied, additions are added to the same product's
    line; a first-time customer's reference and "the usual" with no usual basket stay unresolved (no fields);
  - an outlier (a quantity far above the customer's usual, no reason given) is review with history;
  - a conditional order or a first order on credit stays in review.
The fields are written only where history changes the lines or the review judgement.
"""

import collections
import copy
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

import cat10  # noqa: E402
import cust10  # noqa: E402
import msgs10  # noqa: E402

SHUFFLE_SEED = 1010
LANG_OF = {c["customer"]: c["language"] for c in cust10.CUSTOMERS}
CHAN_OF = {c["customer"]: c["channel"] for c in cust10.CUSTOMERS}
INTENT_TAG = {
    "QUESTION": "question",
    "COMPLAINT": "complaint",
    "OTHER": "other",
    "CANCEL": "cancel",
    "CHANGE": "change",
}


def hv(sku):
    return cat10.has_variants(sku)


def line_null(ln):
    return ln["sku"] is None or ln["quantity"] is None or ("variant" in ln and ln["variant"] is None)


def clean_line(ln):
    out = {"sku": ln["sku"]}
    if ln["sku"] is not None and hv(ln["sku"]):
        out["variant"] = ln.get("variant")
    out["quantity"] = ln["quantity"]
    if ln["sku"] is None and ln.get("candidates"):
        out["candidates"] = ln["candidates"]
        if ln.get("candidate_variant"):
            out["candidate_variant"] = ln["candidate_variant"]
    return out


def history_index(hist, date):
    orders = [o for o in hist["orders"] if o["date"] < date]
    bought = collections.defaultdict(set)
    for o in orders:
        for ln in o["lines"]:
            bought[ln["sku"]].add(ln.get("variant"))
    return orders, bought


def resolve_line(ln, bought):
    ln = copy.deepcopy(ln)
    nofill = ln.pop("_nofill", False)
    if ln["sku"] is None and ln.get("candidates"):
        hits = [c for c in ln["candidates"] if c in bought]
        if len(hits) == 1:
            sku = hits[0]
            new = {"sku": sku}
            if hv(sku):
                cv = ln.get("candidate_variant")
                if cv and cv in cat10.variants_of(sku):
                    new["variant"] = cv
                elif not nofill and not cv and len(bought[sku]) == 1:
                    new["variant"] = next(iter(bought[sku]))
                else:
                    new["variant"] = None
            new["quantity"] = ln["quantity"]
            return new
        return clean_line(ln)
    if ln["sku"] is not None and hv(ln["sku"]) and ln.get("variant") is None and not nofill:
        vs = bought.get(ln["sku"], set())
        if len(vs) == 1:
            ln["variant"] = next(iter(vs))
    return clean_line(ln)


def basket_key(lines):
    return tuple(sorted((l["sku"], l.get("variant") or "", l["quantity"]) for l in lines))


def usual_basket(orders):
    cnt = collections.Counter(basket_key(o["lines"]) for o in orders)
    if not cnt:
        return None
    top = cnt.most_common()
    if top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    for o in orders:
        if basket_key(o["lines"]) == top[0][0]:
            return o["lines"]


def apply_ref(m, orders, bought):
    kind, ops = m["ref"]
    if not orders:
        return None
    base = usual_basket(orders) if kind == "usual" else orders[-1]["lines"]
    if base is None:
        return None
    lines = [dict(l) for l in base]
    set_idx = {op[1] for op in ops if op[0] == "set"}

    def find(sku, variant):
        for l in lines:
            if l["sku"] == sku and l.get("variant") == variant:
                return l
        return None

    for op in ops:
        if op[0] == "drop":
            l = find(op[1], op[2])
            assert l is not None, (m["text"], op)
            lines.remove(l)
        elif op[0] == "mult":
            l = find(op[1], op[2])
            assert l is not None, (m["text"], op)
            l["quantity"] = l["quantity"] * op[3]
        elif op[0] == "swap":
            l = find(op[1], op[2])
            assert l is not None, (m["text"], op)
            l["variant"] = op[3]
    for i, ml in enumerate(m["lines"]):
        r = resolve_line(ml, bought)
        if r["sku"] is None:
            lines.append(r)
            continue
        l = find(r["sku"], r.get("variant"))
        if i in set_idx:
            assert l is not None, (m["text"], r)
            l["quantity"] = r["quantity"]
        elif l is not None and r["quantity"] is not None:
            l["quantity"] = l["quantity"] + r["quantity"]
        else:
            lines.append(r)
    return [clean_line(l) for l in lines]


def build_rows(hist_by_cust):
    rows = []
    for m in msgs10.MSGS:
        cust = m["customer"]
        row = {
            "id": None,
            "channel": m["channel"] or CHAN_OF[cust],
            "text": m["text"],
            "intent": m["intent"],
            "lines": [clean_line(l) for l in m["lines"]] if m["intent"] == "ORDER" else [],
            "notes": m["notes"],
            "customer": cust,
            "date": m["date"],
            "language": m["language"] or LANG_OF[cust],
        }
        tags = list(m["tags"])
        flags = set(m["flags"])
        if m["intent"] == "ORDER":
            review = (
                any(line_null(l) for l in row["lines"])
                or bool(m["ref"])
                or bool(flags & {"conditional", "credit"})
            )
            row["expect_review"] = review
            orders, bought = history_index(hist_by_cust[cust], m["date"])
            if m["ref"]:
                tags.append("reference")
                lwh = apply_ref(m, orders, bought)
                if lwh is not None:
                    rh = any(line_null(l) for l in lwh) or bool(flags & {"conditional", "credit"})
                    row["lines_with_history"] = lwh
                    row["expect_review_with_history"] = rh
            else:
                lwh = [resolve_line(l, bought) for l in m["lines"]]
                rh = (
                    any(line_null(l) for l in lwh)
                    or bool(flags & {"conditional", "credit"})
                    or "outlier" in flags
                )
                if lwh != row["lines"] or rh != review:
                    row["lines_with_history"] = lwh
                    row["expect_review_with_history"] = rh
            if "outlier" in flags:
                tags.append("outlier")
            if not review and "outlier" not in flags:
                tags.append("clean")
        if m["intent"] == "CHANGE":
            row["change_lines"] = [clean_line(l) for l in (m["change"] or [])]
        if m["intent"] in INTENT_TAG:
            tags.append(INTENT_TAG[m["intent"]])
        if row["language"] != "en":
            tags.append("multilingual")
        if cust10.BY_KEY[cust]["pattern"] == "new":
            tags.append("new_customer")
        if any(l["sku"] is None and not l.get("candidates") for l in row["lines"]):
            tags.append("not_in_catalog")
        seen = []
        for t in tags:
            if t not in seen:
                seen.append(t)
        row["tags"] = seen
        rows.append(row)
    rng = random.Random(SHUFFLE_SEED)
    rng.shuffle(rows)
    for i, r in enumerate(rows):
        r["id"] = "c%03d" % (i + 1)
    return rows


def main():
    hist = cust10.gen_histories()
    hist_by_cust = {h["customer"]: h for h in hist}
    rows = build_rows(hist_by_cust)
    with open(os.path.join(OUT, "catalog10.json"), "w", encoding="utf-8") as f:
        json.dump(cat10.CAT, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(OUT, "histories10.jsonl"), "w", encoding="utf-8") as f:
        for h in hist:
            f.write(json.dumps(h, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "holdout10.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d products, %d customers, %d messages" % (len(cat10.CAT["products"]), len(hist), len(rows)))


if __name__ == "__main__":
    main()
