# ruff: noqa  (hand-written data generator of blind set 47, kept as its writer left it)
"""Build blind set 47: catalog47.json, holdout47.jsonl, histories47.jsonl in the parent directory.

Deterministic: fixed seeds, no dependence on hash order. The history-dependent labels are derived here from the
generated histories by the rules in the README section, never by running the system.
"""

import collections
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

import cat47  # noqa: E402
import cust47  # noqa: E402
import msgs47  # noqa: E402

PROD = {p[0]: p for p in cat47.P}
VARIANTS = {p[0]: [v[1] for v in p[7]] for p in cat47.P}
CUST = {c["key"]: c for c in cust47.CUSTOMERS}


def has_var(sku):
    return bool(sku) and bool(VARIANTS[sku])


def clean_line(l):
    """Public shape of a line."""
    if l["sku"] is None:
        d = {"sku": None, "quantity": l["quantity"]}
        if l.get("candidates"):
            d["candidates"] = list(l["candidates"])
            if l.get("candidate_variant"):
                d["candidate_variant"] = l["candidate_variant"]
        return d
    d = {"sku": l["sku"]}
    if has_var(l["sku"]):
        d["variant"] = l.get("variant")
    d["quantity"] = l["quantity"]
    return d


def is_open(l):
    q = l["quantity"]
    if l["sku"] is None or q is None:
        return True
    if has_var(l["sku"]) and l.get("variant") is None:
        return True
    return q != int(q)


def fractional(l):
    q = l["quantity"]
    return q is not None and q != int(q)


def basket_key(lines):
    return tuple(sorted((l["sku"], l.get("variant") or "", l["quantity"]) for l in lines))


def resolve(line, bought):
    """Resolve one message line with the customer's history. Returns a public line (may stay open)."""
    l = clean_line(line)
    if l["sku"] is None and l.get("candidates"):
        inhist = [c for c in l["candidates"] if c in bought]
        if len(inhist) != 1:
            return l
        sku = inhist[0]
        out = {"sku": sku}
        if has_var(sku):
            cv = line.get("candidate_variant")
            if cv and cv in VARIANTS[sku]:
                out["variant"] = cv
            elif len(bought[sku]) == 1:
                out["variant"] = sorted(bought[sku])[0]
            else:
                out["variant"] = None
        out["quantity"] = l["quantity"]
        return out
    if l["sku"] is not None and has_var(l["sku"]) and l.get("variant") is None and not line.get("nofill"):
        vs = bought.get(l["sku"], set())
        if len(vs) == 1:
            l["variant"] = sorted(vs)[0]
    return l


def same_line(a, b):
    return a["sku"] is not None and a["sku"] == b["sku"] and a.get("variant") == b.get("variant")


def base_basket(orders, ref):
    if not orders:
        return None
    if ref == "last":
        return [dict(l) for l in orders[-1]["lines"]]
    cnt = collections.Counter(basket_key(o["lines"]) for o in orders)
    top = cnt.most_common()
    if len(top) > 1 and top[0][1] == top[1][1]:
        return None
    if top[0][1] < 2:
        return None
    key = top[0][0]
    for o in orders:
        if basket_key(o["lines"]) == key:
            return [dict(l) for l in o["lines"]]
    return None


def build_row(m, orders):
    c = CUST[m["customer"]]
    row = collections.OrderedDict()
    row["channel"] = m["channel"] or c["channel"]
    row["customer"] = m["customer"]
    row["date"] = "2028-06-%02d" % m["day"]
    row["language"] = m["language"]
    row["text"] = m["text"]
    row["intent"] = m["intent"]
    tags = list(m["tags"])
    notes = m["notes"]
    lines = [clean_line(l) for l in m["lines"]]
    row["lines"] = lines
    if m["intent"] != "ORDER":
        assert not lines, m["text"]
        tags.append(m["intent"].lower())
    else:
        review = any(is_open(l) for l in lines) or bool(m["ref"]) or bool(m["review"])
        row["expect_review"] = review
        bought = collections.defaultdict(set)
        for o in orders:
            for l in o["lines"]:
                bought[l["sku"]].add(l.get("variant"))
        nohist = (
            any(l["quantity"] is None or fractional(l) for l in lines)
            or bool(m["review"])
            or any(l.get("nic") for l in m["lines"])
        )
        hist_lines = None
        hist_review = None
        if m["outlier"]:
            assert not review
            hist_lines, hist_review = [dict(l) for l in lines], True
        elif review and not nohist:
            resolved = [(resolve(l, bought), l.get("op")) for l in m["lines"]]
            if m["ref"]:
                base = base_basket(orders, m["ref"])
                if base is None:
                    tags.append("ambiguous_reference")
                else:
                    base = [l for l in base if l["sku"] not in m["remove"]]
                    for l in base:
                        if l["sku"] in m["double"]:
                            l["quantity"] = l["quantity"] * 2
                    for rl, op in resolved:
                        hit = [b for b in base if same_line(b, rl)]
                        if hit and op == "set":
                            hit[0]["quantity"] = rl["quantity"]
                        elif hit:
                            hit[0]["quantity"] = hit[0]["quantity"] + rl["quantity"]
                        else:
                            base.append(dict(rl))
                    hist_lines = [clean_line(b) for b in base]
            else:
                hist_lines = [rl for rl, _ in resolved]
            if hist_lines is not None:
                hist_review = any(is_open(l) for l in hist_lines) or bool(m["review"])
                if hist_lines == lines and hist_review == review:
                    hist_lines = hist_review = None
        if hist_lines is not None:
            row["lines_with_history"] = hist_lines
            row["expect_review_with_history"] = hist_review
        if not review and not m["outlier"]:
            tags.append("clean")
        if m["outlier"]:
            tags.append("outlier")
        if m["ref"]:
            tags.append("reference")
        # standard note phrases
        add = []
        if any(l["sku"] is None and l.get("candidates") for l in lines) or any(
            l["sku"] and has_var(l["sku"]) and l.get("variant") is None for l in lines
        ):
            if "ambiguous" not in notes:
                add.append("ambiguous")
        if any(l.get("nic") for l in m["lines"]):
            if "not in catalog" not in notes:
                add.append("not in catalog: " + ", ".join(l["nic"] for l in m["lines"] if l.get("nic")))
        if any(l["quantity"] is None for l in lines):
            if "quantities not stated" not in notes and "not a whole number" not in notes:
                add.append("quantities not stated")
        if add:
            notes = (notes + " " if notes else "") + "; ".join(add) + "."
    if m["change"] is not None:
        assert m["intent"] == "CHANGE"
        row["change_lines"] = [clean_line(l) for l in m["change"]]
    all_lines = list(m["lines"]) + list(m["change"] or [])
    if any(l.get("candidates") for l in all_lines):
        tags.append("family")
    if any(l["sku"] and has_var(l["sku"]) for l in all_lines):
        tags.append("variant")
    if any(l.get("nic") for l in all_lines) and "not_in_catalog" not in tags:
        tags.append("not_in_catalog")
    if m["language"] != "en":
        tags.append("multilingual")
    row["notes"] = notes
    seen = []
    for t in tags:
        if t not in seen:
            seen.append(t)
    row["tags"] = seen
    return row


def main():
    catalog = cat47.catalog()
    hist = cust47.histories()
    orders_of = {h["customer"]: h["orders"] for h in hist}
    rows = [build_row(m, orders_of[m["customer"]]) for m in msgs47.MSGS]
    random.Random(4747).shuffle(rows)
    out_rows = []
    for i, r in enumerate(rows, 1):
        d = collections.OrderedDict([("id", "pr%03d" % i)])
        d.update(r)
        out_rows.append(d)
    with open(os.path.join(OUT, "catalog47.json"), "w", encoding="utf-8") as f:
        json.dump(catalog, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(OUT, "histories47.jsonl"), "w", encoding="utf-8") as f:
        for h in hist:
            f.write(json.dumps(h, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "holdout47.jsonl"), "w", encoding="utf-8") as f:
        for r in out_rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(
        "wrote %d products, %d customers, %d messages to %s"
        % (len(catalog["products"]), len(hist), len(out_rows), OUT)
    )


if __name__ == "__main__":
    main()
