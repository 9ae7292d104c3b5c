# ruff: noqa  (hand-written data generator of blind set 19, kept as its writer left it)
"""Rewrites catalog19.json, histories19.jsonl and holdout19.jsonl (in the parent folder) byte-identically.
Fixed seeds; no set or dict iteration order depends on PYTHONHASHSEED. Run: python3 build19.py"""

import collections
import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import cat19  # noqa: E402
import cust19  # noqa: E402
import msgs19  # noqa: E402

OUT = os.path.dirname(HERE)
FIRST_DAY = datetime.date(2027, 5, 31)
ID_PREFIX = "y"


def dump(obj):
    return json.dumps(obj, ensure_ascii=False)


class Ctx:
    def __init__(self, catalog, histories):
        self.products = {p["sku"]: p for p in catalog["products"]}
        self.has_var = {s: bool(p["variants"]) for s, p in self.products.items()}
        self.var_names = {s: [v["name"] for v in p["variants"]] for s, p in self.products.items()}
        self.hist = {h["customer"]: h for h in histories}

    def bought(self, cust):
        """sku -> sorted list of variants bought (None for products without variants)."""
        d = collections.OrderedDict()
        for o in self.hist[cust]["orders"]:
            for ln in o["lines"]:
                d.setdefault(ln["sku"], set()).add(ln.get("variant"))
        return {k: sorted(v, key=lambda x: x or "") for k, v in d.items()}

    def usual(self, cust):
        orders = self.hist[cust]["orders"]
        if not orders:
            return None
        cnt = collections.Counter()
        first = {}
        for o in orders:
            k = tuple(sorted((ln["sku"], ln.get("variant") or "", ln["quantity"]) for ln in o["lines"]))
            cnt[k] += 1
            first.setdefault(k, o["lines"])
        ranked = cnt.most_common()
        if ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None
        return [dict(x) for x in first[ranked[0][0]]]

    def last(self, cust):
        orders = self.hist[cust]["orders"]
        return [dict(x) for x in orders[-1]["lines"]] if orders else None


def out_line(ctx, ln):
    """Internal line -> label line."""
    if ln.get("nic"):
        return {"sku": None, "quantity": ln["quantity"]}
    if ln["sku"] is None:
        d = {"sku": None, "quantity": ln["quantity"], "candidates": list(ln["candidates"])}
        if ln.get("cv"):
            d["candidate_variant"] = ln["cv"]
        return d
    s = ln["sku"]
    assert s in ctx.products, s
    d = {"sku": s}
    if ctx.has_var[s]:
        assert ln["variant"] is not msgs19.NOV, "variant missing on %s" % s
        assert ln["variant"] is None or ln["variant"] in ctx.var_names[s], (s, ln["variant"])
        d["variant"] = ln["variant"]
    else:
        assert ln["variant"] is msgs19.NOV, "variant on product without variants: %s" % s
    d["quantity"] = ln["quantity"]
    return d


def is_open(ln):
    return ln["sku"] is None or ln["quantity"] is None or ("variant" in ln and ln["variant"] is None)


def resolve(ctx, H, ln, nofill):
    """Resolve a label line with the customer's history H (sku -> variants bought)."""
    ln = dict(ln)
    if ln["sku"] is None and "candidates" in ln:
        got = [c for c in ln["candidates"] if c in H]
        if len(got) != 1:
            return ln
        s = got[0]
        d = {"sku": s}
        if ctx.has_var[s]:
            cv = ln.get("candidate_variant")
            if cv and cv in ctx.var_names[s]:
                d["variant"] = cv
            elif len(H[s]) == 1:
                d["variant"] = H[s][0]
            else:
                d["variant"] = None
        d["quantity"] = ln["quantity"]
        return d
    if ln["sku"] is not None and "variant" in ln and ln["variant"] is None and not nofill:
        vs = H.get(ln["sku"], [])
        if len(vs) == 1:
            ln["variant"] = vs[0]
    return ln


def same_line(a, b):
    return a["sku"] == b["sku"] and a.get("variant") == b.get("variant")


def build_rows(ctx):
    cust = {c["key"]: c for c in cust19.CUSTOMERS}
    rows = []
    for m in msgs19.MESSAGES:
        c = cust[m["customer"]]
        row = collections.OrderedDict()
        row["id"] = None
        row["channel"] = m["channel"] or c["channel"]
        row["customer"] = m["customer"]
        row["date"] = (FIRST_DAY + datetime.timedelta(days=m["day"])).isoformat()
        row["language"] = m["language"]
        row["text"] = m["text"]
        row["intent"] = m["intent"]
        tags = list(m["tags"])
        ref = m["ref"]
        if ref:
            lines_in = list(ref.get("setq", [])) + list(ref.get("add", []))
            assert not m["lines"]
        else:
            lines_in = m["lines"]
        lines = [out_line(ctx, x) for x in lines_in]
        row["lines"] = lines
        row["notes"] = m["notes"]
        if m["intent"] != "ORDER":
            assert not lines
            tags.append(m["intent"].lower())
            if m["intent"] == "CHANGE":
                row["change_lines"] = [out_line(ctx, x) for x in m["change"]]
            else:
                assert m["change"] is None
        else:
            review = bool(any(is_open(x) for x in lines) or m["force"] or ref)
            assert not (review and m["outlier"])
            row["expect_review"] = review
            H = ctx.bought(m["customer"])
            lwh = None
            if ref:
                base = ctx.usual(m["customer"]) if ref["kind"] == "usual" else ctx.last(m["customer"])
                if base is not None:
                    b = [dict(x) for x in base]
                    rm = set(ref.get("remove", []))
                    for s in sorted(rm):
                        assert any(x["sku"] == s for x in b), (m["text"], s)
                    b = [x for x in b if x["sku"] not in rm]
                    for ln in ref.get("setq", []):
                        r = resolve(ctx, H, out_line(ctx, ln), m["nofill"])
                        hit = [
                            x
                            for x in b
                            if x["sku"] is not None
                            and x["sku"] == r["sku"]
                            and (r.get("variant") is None or x.get("variant") == r.get("variant"))
                        ]
                        if r["sku"] is not None and hit:
                            for x in hit:
                                x["quantity"] = r["quantity"]
                        else:
                            b.append(r)
                    for ln in ref.get("add", []):
                        r = resolve(ctx, H, out_line(ctx, ln), m["nofill"])
                        hit = [x for x in b if r["sku"] is not None and not is_open(r) and same_line(x, r)]
                        if hit:
                            hit[0]["quantity"] += r["quantity"]
                        else:
                            b.append(r)
                    for s in ref.get("double", []):
                        assert any(x["sku"] == s for x in b)
                        for x in b:
                            if x["sku"] == s:
                                x["quantity"] *= 2
                    lwh = b
            else:
                lwh = [resolve(ctx, H, x, m["nofill"]) for x in lines]
            if any(x["quantity"] is None for x in lines):
                lwh = None  # a null quantity stays null: review does not depend on the product
            if lwh is not None:
                rwh = bool(
                    any(is_open(x) for x in lwh) or m["force"] in ("credit", "conditional") or m["outlier"]
                )
                if lwh != lines or rwh != review:
                    row["lines_with_history"] = lwh
                    row["expect_review_with_history"] = rwh
            if not review and not m["outlier"]:
                tags.append("clean")
            if m["outlier"]:
                tags.append("outlier")
            if ref:
                tags.append("reference")
            if c["kind"] == "new":
                tags.append("new_customer")
                if ref:
                    tags.append("ambiguous_reference")
            if any("candidates" in x for x in lines):
                tags.append("family")
            if any(x["sku"] is None and "candidates" not in x for x in lines):
                tags.append("not_in_catalog")
            if any("variant" in x or "candidate_variant" in x for x in lines):
                tags.append("variant")
        if m["language"] != "en":
            tags.append("multilingual")
        seen = []
        for t in tags:
            if t not in seen:
                seen.append(t)
        row["tags"] = seen
        rows.append(row)
    rng = random.Random(19)
    rng.shuffle(rows)
    for i, r in enumerate(rows, 1):
        r["id"] = "%s%03d" % (ID_PREFIX, i)
    return rows


def main():
    catalog = cat19.build_catalog()
    histories = cust19.gen_histories(catalog)
    ctx = Ctx(catalog, histories)
    rows = build_rows(ctx)
    with open(os.path.join(OUT, "catalog19.json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(catalog, ensure_ascii=False, indent=1) + "\n")
    with open(os.path.join(OUT, "histories19.jsonl"), "w", encoding="utf-8") as f:
        for h in histories:
            f.write(dump(h) + "\n")
    with open(os.path.join(OUT, "holdout19.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(dump(r) + "\n")
    print(
        "wrote %d products, %d customers, %d messages" % (len(catalog["products"]), len(histories), len(rows))
    )


if __name__ == "__main__":
    main()
