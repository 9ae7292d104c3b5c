# ruff: noqa  (hand-written data generator of blind set 46, kept as its writer left it)
"""Build blind set 46: writes catalog46.json, holdout46.jsonl and histories46.jsonl into the parent folder.

Deterministic: fixed seeds, no dependence on hash order. Python 3.11 standard library only.
History-dependent labels are derived from the generated histories by the rules in readme46.md.
"""

import copy
import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

import cat46  # noqa: E402
import cust46  # noqa: E402
import msgs46  # noqa: E402

MONDAY = datetime.date(2028, 4, 24)
SHUFFLE_SEED = 46046

PRODUCTS = {p["sku"]: p for p in cat46.PRODUCTS}
VARIANTS = {p["sku"]: [v["name"] for v in p["variants"]] for p in cat46.PRODUCTS if p["variants"]}
cust46.set_variant_skus(VARIANTS)


def catalog():
    cats = [{"name": n, "parent": par, "ai_keywords": kw} for n, par, kw in cat46.CATEGORIES]
    return {"currency": cat46.CURRENCY, "categories": cats, "products": cat46.PRODUCTS}


def histories():
    out = []
    for c in cust46.CUSTOMERS:
        out.append(
            {
                "customer": c["key"],
                "name": c["name"],
                "kind": c["kind"],
                "channel": c["channel"],
                "address": c["address"],
                "language": c["language"],
                "orders": cust46.history_for(c),
            }
        )
    return out


def bkey(lines):
    return tuple(sorted((l["sku"], l.get("variant") or "", l["quantity"]) for l in lines))


def usual_of(orders):
    counts = {}
    first = {}
    for o in orders:
        k = bkey(o["lines"])
        counts[k] = counts.get(k, 0) + 1
        first.setdefault(k, o)
    if not counts:
        return None
    top = max(counts.values())
    tops = [k for k, n in counts.items() if n == top]
    if top < 2 or len(tops) != 1:
        return None
    return first[tops[0]]["lines"]


def is_open(l):
    if l["sku"] is None or l["quantity"] is None:
        return True
    if "variant" in l and l["variant"] is None:
        return True
    q = l["quantity"]
    return q != int(q)


def mkline(sku, q, variant="__none__", extra=None):
    d = {"sku": sku}
    if sku in VARIANTS:
        d["variant"] = None if variant == "__none__" else variant
    d["quantity"] = q
    if extra:
        d.update(extra)
    return d


def norm_line(l):
    """Label line in canonical key order."""
    d = {"sku": l["sku"]}
    if l["sku"] in VARIANTS:
        if "variant" not in l:
            raise SystemExit("line of %s without variant key" % l["sku"])
        d["variant"] = l["variant"]
    elif "variant" in l:
        raise SystemExit("variant key on %s which has no variants" % l["sku"])
    d["quantity"] = l["quantity"]
    if "candidates" in l:
        d["candidates"] = l["candidates"]
    if "candidate_variant" in l:
        d["candidate_variant"] = l["candidate_variant"]
    return d


class Hist:
    def __init__(self, orders):
        self.orders = orders
        self.skus = {}
        for o in orders:
            for l in o["lines"]:
                self.skus.setdefault(l["sku"], set())
                if "variant" in l:
                    self.skus[l["sku"]].add(l["variant"])

    def resolve(self, l, nofill):
        l = copy.deepcopy(l)
        if l["sku"] is None and l.get("candidates"):
            hits = [c for c in l["candidates"] if c in self.skus]
            if len(hits) != 1:
                return l
            sku = hits[0]
            var = "__none__"
            if sku in VARIANTS:
                cv = l.get("candidate_variant")
                bought = sorted(self.skus[sku])
                if cv in VARIANTS[sku]:
                    var = cv
                elif len(bought) == 1:
                    var = bought[0]
                else:
                    var = None
            return mkline(sku, l["quantity"], var)
        if l["sku"] in VARIANTS and l.get("variant") is None and l["sku"] not in nofill:
            bought = sorted(self.skus.get(l["sku"], ()))
            if len(bought) == 1:
                l["variant"] = bought[0]
        return l


def apply_ref(base, m, h):
    lines = [dict(x) for x in copy.deepcopy(base)]
    for sku in m["remove"]:
        lines = [x for x in lines if x["sku"] != sku]
    for s in m["setq"]:
        s = h.resolve(norm_line(s), m["nofill"])
        hit = [
            x
            for x in lines
            if x["sku"] == s["sku"] and (s.get("variant") is None or x.get("variant") == s.get("variant"))
        ]
        if hit:
            for x in hit:
                x["quantity"] = s["quantity"]
        else:
            lines.append(s)
    for sku in m["double"]:
        for x in lines:
            if x["sku"] == sku:
                x["quantity"] = x["quantity"] * 2
    for a in m["add"]:
        a = h.resolve(norm_line(a), m["nofill"])
        hit = [
            x
            for x in lines
            if a["sku"] is not None and x["sku"] == a["sku"] and x.get("variant") == a.get("variant")
        ]
        if hit:
            hit[0]["quantity"] += a["quantity"]
        else:
            lines.append(a)
    return [norm_line(x) for x in lines]


def add_phrase(notes, phrase):
    if phrase in notes:
        return notes
    return (notes + "; " if notes else "") + phrase


def build_rows(hists):
    hmap = {h["customer"]: h for h in hists}
    rows = []
    for m in msgs46.MESSAGES:
        date = (MONDAY + datetime.timedelta(days=m["day"])).isoformat()
        r = {
            "channel": m["channel"],
            "customer": m["customer"],
            "date": date,
            "language": m["language"],
            "text": m["text"],
            "intent": m["intent"],
        }
        tags = list(m["tags"])
        notes = m["notes"]
        if m["intent"] != "ORDER":
            r["lines"] = []
            if m["intent"] == "CHANGE":
                r["change_lines"] = [norm_line(x) for x in m["change"]]
            tags.append(m["intent"].lower())
        else:
            if m["ref"] is not None:
                lines = [norm_line(x) for x in m["add"] + m["setq"]]
                if m["lines"]:
                    raise SystemExit("reference row with explicit lines: " + m["text"][:40])
            else:
                lines = [norm_line(x) for x in m["lines"]]
            r["lines"] = lines
            openl = any(is_open(l) for l in lines)
            review = bool(openl or m["why"] or m["ref"] is not None)
            if m["outlier"]:
                review = False
            r["expect_review"] = review
            # notes phrases
            for l in lines:
                if l["sku"] is None and "candidates" in l:
                    notes = add_phrase(notes, "ambiguous")
                elif l["sku"] is None:
                    notes = add_phrase(notes, "not in catalog")
                elif l.get("variant", "x") is None:
                    notes = add_phrase(notes, "ambiguous")
                if l["quantity"] is None:
                    notes = add_phrase(notes, "quantities not stated")
                elif l["quantity"] != int(l["quantity"]):
                    notes = add_phrase(notes, "not a whole number")
            if m["ref"] is not None:
                notes = add_phrase(notes, "ambiguous")
            # history
            h = Hist(hmap[m["customer"]]["orders"])
            nohist = (
                m["why"]
                or any(l["quantity"] is None for l in lines)
                or any(l["quantity"] is not None and l["quantity"] != int(l["quantity"]) for l in lines)
                or any(l["sku"] is None and "candidates" not in l for l in lines)
            )
            lwh = None
            if m["outlier"]:
                lwh, rwh = lines, True
            elif nohist:
                pass
            elif m["ref"] is not None:
                orders = hmap[m["customer"]]["orders"]
                base = None
                if m["ref"] == "usual":
                    base = usual_of(orders)
                elif m["ref"] == "last" and orders:
                    base = orders[-1]["lines"]
                if base is not None:
                    lwh = apply_ref(base, m, h)
                    rwh = any(is_open(l) for l in lwh)
            else:
                res = [norm_line(h.resolve(l, m["nofill"])) for l in lines]
                if res != lines:
                    lwh = res
                    rwh = any(is_open(l) for l in lwh)
            if lwh is not None:
                r["lines_with_history"] = lwh
                r["expect_review_with_history"] = rwh
            # tags
            if any("candidates" in l for l in lines):
                tags.append("family")
            if any(l["sku"] in VARIANTS for l in lines):
                tags.append("variant")
            if any(l["sku"] is None and "candidates" not in l for l in lines):
                tags.append("not_in_catalog")
            if m["ref"] is not None:
                tags.append("reference")
            if m["outlier"]:
                tags.append("outlier")
            if not review and not m["outlier"]:
                tags.append("clean")
        if m["language"] != "en":
            tags.append("multilingual")
        seen = []
        for t in tags:
            if t not in seen:
                seen.append(t)
        r["notes"] = notes
        r["tags"] = seen
        rows.append(r)
    rng = random.Random(SHUFFLE_SEED)
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        d = {"id": "fl%03d" % i}
        d.update(r)
        out.append(d)
    return out


def order_fields(r):
    keys = [
        "id",
        "channel",
        "customer",
        "date",
        "language",
        "text",
        "intent",
        "lines",
        "expect_review",
        "lines_with_history",
        "expect_review_with_history",
        "change_lines",
        "notes",
        "tags",
    ]
    return {k: r[k] for k in keys if k in r}


def main():
    cat = catalog()
    hists = histories()
    rows = [order_fields(r) for r in build_rows(hists)]
    with open(os.path.join(OUT, "catalog46.json"), "w", encoding="utf-8") as f:
        json.dump(cat, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(OUT, "histories46.jsonl"), "w", encoding="utf-8") as f:
        for h in hists:
            f.write(json.dumps(h, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "holdout46.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(
        "wrote %d products, %d customers, %d messages to %s"
        % (len(cat["products"]), len(hists), len(rows), OUT)
    )


if __name__ == "__main__":
    main()
