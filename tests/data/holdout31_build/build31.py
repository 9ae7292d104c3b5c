# ruff: noqa  (hand-written data generator of blind set 31, kept as its writer left it)
"""Build set 31: catalog31.json, histories31.jsonl, holdout31.jsonl (in the folder above this one).

Deterministic: fixed seeds, no dependence on hash order; two runs give the same bytes.
History-dependent labels are derived here from the generated histories by the README rules,
never by running the system.
"""

import datetime
import json
import os
import random

import cat31
import cust31
import msgs31

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

PROD = {p["sku"]: p for p in cat31.PRODUCTS}
VARS = {p["sku"]: [v["name"] for v in p["variants"]] for p in cat31.PRODUCTS}


def has_variants(sku):
    return bool(sku and VARS.get(sku))


def clean_line(l):
    """Plain dict in a fixed key order: sku, variant, quantity, candidates, candidate_variant."""
    d = {"sku": l.get("sku")}
    if l.get("sku") and has_variants(l["sku"]):
        d["variant"] = l.get("variant")
    elif "variant" in l and l.get("sku"):
        raise ValueError("variant on a product without variants: %r" % (l,))
    d["quantity"] = l.get("quantity")
    if l.get("candidates"):
        d["candidates"] = list(l["candidates"])
        if l.get("candidate_variant"):
            d["candidate_variant"] = l["candidate_variant"]
    return d


def check_label_line(l):
    if l.get("sku"):
        assert l["sku"] in PROD, l
        if has_variants(l["sku"]):
            assert "variant" in l, "variant missing on %r" % (l,)
            assert l["variant"] is None or l["variant"] in VARS[l["sku"]], l
        else:
            assert "variant" not in l, l


def is_open(l):
    q = l.get("quantity")
    return (
        l.get("sku") is None
        or q is None
        or (l.get("sku") and has_variants(l["sku"]) and l.get("variant") is None)
        or (isinstance(q, float) and q != int(q))
    )


def resolve(l, hist, nofill):
    """Resolve one line with the customer's history (README rules)."""
    l = clean_line(l)
    skus = {x["sku"] for o in hist for x in o["lines"]}
    if l["sku"] is None and l.get("candidates"):
        bought = [c for c in l["candidates"] if c in skus]
        if len(bought) == 1:
            s = bought[0]
            out = {"sku": s, "quantity": l["quantity"]}
            if has_variants(s):
                cv = l.get("candidate_variant")
                if cv and cv in VARS[s]:
                    out["variant"] = cv
                else:
                    vs = sorted({x["variant"] for o in hist for x in o["lines"] if x["sku"] == s})
                    out["variant"] = vs[0] if len(vs) == 1 and not cv else None
            return clean_line(out)
        return l
    if l["sku"] and has_variants(l["sku"]) and l["variant"] is None and not nofill:
        vs = sorted({x["variant"] for o in hist for x in o["lines"] if x["sku"] == l["sku"]})
        if len(vs) == 1:
            l = dict(l, variant=vs[0])
    return clean_line(l)


def same(a, b):
    return a["sku"] == b["sku"] and a.get("variant") == b.get("variant")


def apply_ref(ref, hist, nofill):
    if not hist:
        return None
    base = cust31.usual_basket(hist) if ref["kind"] == "usual" else hist[-1]["lines"]
    if base is None:
        return None
    out = [clean_line(x) for x in base]
    out = [x for x in out if x["sku"] not in ref["remove"]]
    for s in ref["double"]:
        for x in out:
            if x["sku"] == s:
                x["quantity"] = x["quantity"] * 2
    for sl in ref["set"]:
        r = resolve(sl, hist, nofill)
        hit = [x for x in out if same(x, r)]
        if hit:
            for x in hit:
                x["quantity"] = r["quantity"]
        else:
            out.append(r)
    for al in ref["add"]:
        r = resolve(al, hist, nofill)
        hit = [x for x in out if r["sku"] and same(x, r)]
        if hit and r["quantity"] is not None:
            hit[0]["quantity"] = hit[0]["quantity"] + r["quantity"]
        else:
            out.append(r)
    return out


NOTE_AMBIG = "ambiguous"


def add_note(notes, phrase, sentence):
    if phrase in notes.lower():
        return notes
    return (notes + " " + sentence).strip() if notes else sentence


def build():
    # ---------------- catalog
    catalog = {
        "currency": cat31.CURRENCY,
        "categories": [{"name": n, "parent": p, "ai_keywords": k} for (n, p, k) in cat31.CATEGORIES],
        "products": cat31.PRODUCTS,
    }
    # ---------------- histories
    hist = {}
    hist_rows = []
    for c in cust31.C:
        orders = cust31.history(c)
        hist[c["customer"]] = orders
        hist_rows.append(
            {
                "customer": c["customer"],
                "name": c["name"],
                "kind": c["kind"],
                "channel": c["channel"],
                "address": c["address"],
                "language": c["language"],
                "orders": orders,
            }
        )
    # ---------------- messages
    rows = []
    for m in msgs31.MSGS:
        c = cust31.CUSTOMERS[m["customer"]]
        date = (cust31.MSG_WEEK + datetime.timedelta(days=m["day"])).isoformat()
        lang = m["language"] or c["language"]
        row = {
            "id": None,
            "channel": m["channel"] or c["channel"],
            "customer": m["customer"],
            "date": date,
            "language": lang,
            "text": m["text"],
            "intent": m["intent"],
        }
        tags = set(m["tags"])
        notes = m["notes"]
        if m["intent"] != "ORDER":
            assert not m["lines"], m["text"]
            row["lines"] = []
            tags.add(m["intent"].lower())
            if m["intent"] == "CHANGE":
                for l in m["change"]:
                    check_label_line(l)
                row["change_lines"] = [clean_line(l) for l in m["change"]]
        else:
            for l in m["lines"]:
                check_label_line(l)
            lines = [clean_line(l) for l in m["lines"]]
            row["lines"] = lines
            review = (
                any(is_open(l) for l in lines)
                or bool(m["ref"])
                or bool(set(m["flags"]) & {"credit", "conditional"})
            )
            if m["outlier"]:
                assert not review, m["text"]
            row["expect_review"] = review
            # note phrases
            if any(l.get("candidates") for l in lines) or any(
                l["sku"] and has_variants(l["sku"]) and l["variant"] is None for l in lines
            ):
                notes = add_note(notes, "ambiguous", "Ambiguous: a human must choose.")
            if any(getattr(l, "nic", False) for l in m["lines"]):
                notes = add_note(notes, "not in catalog", "Not in catalog.")
            whys = {getattr(l, "why", None) for l in m["lines"]}
            if "count" in whys:
                notes = add_note(notes, "not a whole number", "Quantity not a whole number of selling units.")
            if "unstated" in whys or "range" in whys:
                notes = add_note(notes, "quantities not stated", "Quantities not stated.")
            if any(isinstance(l["quantity"], float) and l["quantity"] != int(l["quantity"]) for l in lines):
                notes = add_note(
                    notes, "not a whole number", "A fraction of a selling unit: not a whole number."
                )
            # tags
            if m["ref"]:
                tags.add("reference")
            if m["outlier"]:
                tags.add("outlier")
            if any(l.get("candidates") for l in lines):
                tags.add("family")
            if any(getattr(l, "nic", False) for l in m["lines"]):
                tags.add("not_in_catalog")
            if any(l["sku"] and has_variants(l["sku"]) for l in lines):
                tags.add("variant")
            for f in m["flags"]:
                tags.add(f)
            if not review and not m["outlier"]:
                tags.add("clean")
            # history
            h = hist[m["customer"]]
            lwh = None
            if m["ref"]:
                lwh = apply_ref(m["ref"], h, m["nofill"])
            elif h:
                lwh = [resolve(l, h, m["nofill"]) for l in m["lines"]]
            if lwh is not None:
                rwh = (
                    any(is_open(l) for l in lwh)
                    or bool(set(m["flags"]) & {"credit", "conditional"})
                    or m["outlier"]
                )
                if lwh != lines or rwh != review:
                    row["lines_with_history"] = lwh
                    row["expect_review_with_history"] = rwh
        if lang != "en":
            tags.add("multilingual")
        row["notes"] = notes
        row["tags"] = sorted(tags)
        rows.append(row)
    rng = random.Random(31)
    rng.shuffle(rows)
    for i, r in enumerate(rows, 1):
        r["id"] = "o%03d" % i
    # ---------------- write
    with open(os.path.join(OUT, "catalog31.json"), "w", encoding="utf-8") as f:
        json.dump(catalog, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(OUT, "histories31.jsonl"), "w", encoding="utf-8") as f:
        for r in hist_rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "holdout31.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return catalog, hist_rows, rows


if __name__ == "__main__":
    cat, h, rows = build()
    print("products", len(cat["products"]), "customers", len(h), "messages", len(rows))
