# ruff: noqa  (hand-written data generator of blind set 61, kept as its writer left it)
#!/usr/bin/env python3
"""Build the sixty-first blind set: catalog61.json, holdout61.jsonl, histories61.jsonl.

Usage: python3 build61.py [OUTPUT_DIR]     (default: the folder that holds holdout61_build/)

Fixed seeds; the output is byte-identical across runs and PYTHONHASHSEED values. History-dependent labels
(lines_with_history, expect_review_with_history) are derived here from the generated histories by the rules in
readme61.md, never by running the system.
"""

import copy
import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import cat61  # noqa: E402
import cust61  # noqa: E402
import msgs61  # noqa: E402

FIRST_MESSAGE_DAY = datetime.date(2028, 8, 7)
SHUFFLE_SEED = 61
ID_PREFIX = "ph"

PRODUCTS = {p["sku"]: p for p in cat61.PRODUCTS}


def has_variants(sku):
    return bool(PRODUCTS[sku]["variants"])


def variant_names(sku):
    return [v["name"] for v in PRODUCTS[sku]["variants"]]


def build_catalog():
    cats = [{"name": n, "parent": p, "ai_keywords": list(k)} for n, p, k in cat61.CATEGORIES]
    return {"currency": cat61.CURRENCY, "categories": cats, "products": copy.deepcopy(cat61.PRODUCTS)}


def out_line(l):
    """Public form of a label line, keys in a fixed order."""
    d = {"sku": l["sku"]}
    if l["sku"] is not None and has_variants(l["sku"]):
        d["variant"] = l.get("variant")
    d["quantity"] = l["quantity"]
    if l["sku"] is None and l.get("candidates"):
        d["candidates"] = list(l["candidates"])
        if l.get("candidate_variant") is not None:
            d["candidate_variant"] = l["candidate_variant"]
    return d


def check_line(l, where):
    if l["sku"] is not None:
        assert l["sku"] in PRODUCTS, (where, l)
        if has_variants(l["sku"]):
            assert "variant" in l, ("variant key missing", where, l)
            assert l["variant"] is None or l["variant"] in variant_names(l["sku"]), (where, l)
        else:
            assert "variant" not in l, ("variant on product without variants", where, l)
    else:
        for cnd in l.get("candidates", []):
            assert cnd in PRODUCTS, (where, cnd)


def line_open(l):
    if l["sku"] is None or l["quantity"] is None:
        return True
    if has_variants(l["sku"]) and l.get("variant") is None:
        return True
    return False


def fractional(l):
    q = l["quantity"]
    return q is not None and float(q) != int(q)


def hist_index(orders):
    idx = {}
    for o in orders:
        for l in o["lines"]:
            idx.setdefault(l["sku"], set()).add(l.get("variant"))
    return idx


def resolve(l, idx):
    """Resolve one label line with the customer's history (family word, missing variant)."""
    r = dict(l)
    if l["sku"] is None and l.get("candidates"):
        bought = [c for c in l["candidates"] if c in idx]
        if len(bought) != 1:
            return r
        s = bought[0]
        new = {"sku": s, "quantity": l["quantity"], "_op": l.get("_op", "add")}
        if has_variants(s):
            cv = l.get("candidate_variant")
            if cv is not None and cv in variant_names(s):
                new["variant"] = cv
            elif cv is None and len(idx[s]) == 1:
                new["variant"] = next(iter(idx[s]))
            else:
                new["variant"] = None
        return new
    if l["sku"] is not None and has_variants(l["sku"]) and l.get("variant") is None and not l.get("_nofill"):
        vs = idx.get(l["sku"], set())
        if len(vs) == 1:
            r["variant"] = next(iter(vs))
    return r


def canon(lines):
    return tuple(sorted((l["sku"], l.get("variant") or "", l["quantity"]) for l in lines))


def reference_base(kind, orders):
    if not orders or kind == "first":
        return None
    if kind == "last":
        return [dict(l) for l in orders[-1]["lines"]]
    counts = {}
    first_seen = {}
    for o in orders:
        k = canon(o["lines"])
        counts[k] = counts.get(k, 0) + 1
        first_seen.setdefault(k, o["lines"])
    top = max(counts.values())
    tops = [k for k, v in counts.items() if v == top]
    if len(tops) != 1:
        return None
    return [dict(l) for l in first_seen[tops[0]]]


def apply_reference(base, ref, resolved_lines):
    lw = [dict(l) for l in base if l["sku"] not in set(ref.get("remove", []))]
    for l in lw:
        if l["sku"] in set(ref.get("double", [])):
            l["quantity"] = l["quantity"] * 2
    for l in resolved_lines:
        if l["sku"] is None:
            lw.append(dict(l))
            continue
        match = [x for x in lw if x["sku"] == l["sku"] and x.get("variant") == l.get("variant")]
        if match:
            if l.get("_op") == "set":
                match[0]["quantity"] = l["quantity"]
            else:
                match[0]["quantity"] = match[0]["quantity"] + l["quantity"]
        else:
            lw.append(dict(l))
    return lw


def add_phrase(notes, phrase, alt=None):
    low = notes.lower()
    if phrase in low or (alt and alt in low):
        return notes
    sep = "" if not notes else (" " if notes.endswith(".") else ". ")
    return notes + sep + phrase[0].upper() + phrase[1:] + "."


def build_rows(histories):
    per_cust = {}
    for m in msgs61.MSGS:
        per_cust.setdefault(m["customer"], []).append(m)
    dates = {}
    for key, ms in per_cust.items():
        n = len(ms)
        for i, m in enumerate(ms):
            dates[id(m)] = (FIRST_MESSAGE_DAY + datetime.timedelta(days=(i * 7) // n)).isoformat()

    rows = []
    for m in msgs61.MSGS:
        c = cust61.CUSTOMERS[m["customer"]]
        where = (m["customer"], m["text"][:40])
        for l in m["lines"]:
            check_line(l, where)
        for l in m["change"] or []:
            check_line(l, where)
        intent = m["intent"]
        row = {
            "id": None,
            "channel": m["channel"] or c["channel"],
            "customer": c["key"],
            "date": dates[id(m)],
            "language": c["language"],
            "text": m["text"],
            "intent": intent,
        }
        lines = m["lines"] if intent == "ORDER" else []
        assert intent == "ORDER" or not m["lines"], where
        row["lines"] = [out_line(l) for l in lines]
        notes = m["notes"]
        if any(l["sku"] is None and l.get("candidates") for l in lines) or any(
            l["sku"] is not None and has_variants(l["sku"]) and l.get("variant") is None for l in lines
        ):
            notes = add_phrase(notes, "ambiguous")
        if any(l.get("_nic") for l in lines):
            notes = add_phrase(notes, "not in catalog")
        if any(l["quantity"] is None for l in lines):
            notes = add_phrase(notes, "quantities not stated", "not a whole number")
        if m["ref"] and intent == "ORDER":
            notes = add_phrase(notes, "ambiguous without the customer's history", "ambiguous")
        row["notes"] = notes
        tags = set(m["tags"])
        if intent == "ORDER":
            review = bool(m["review"] or m["ref"] or any(line_open(l) or fractional(l) for l in lines))
            assert not (m["outlier"] and review), where
            row["expect_review"] = review
            # ---- history ----
            if not m["nohist"]:
                orders = histories[c["key"]]
                idx = hist_index(orders)
                resolved = [resolve(l, idx) for l in lines]
                lw = None
                if m["ref"]:
                    base = reference_base(m["ref"]["kind"], orders)
                    if base is not None:
                        lw = apply_reference(base, m["ref"], resolved)
                else:
                    lw = resolved
                if lw is not None:
                    rwh = bool(m["review"] or m["outlier"] or any(line_open(l) or fractional(l) for l in lw))
                    pub_lw = [out_line(l) for l in lw]
                    if pub_lw != row["lines"] or rwh != review:
                        row["lines_with_history"] = pub_lw
                        row["expect_review_with_history"] = rwh
            if not review and not m["outlier"]:
                tags.add("clean")
            if m["outlier"]:
                tags.add("outlier")
        else:
            tags.add(intent.lower())
        if intent == "CHANGE":
            assert m["change"] is not None, where
            row["change_lines"] = [out_line(l) for l in m["change"]]
        else:
            assert m["change"] is None, where
        if c["language"] != "en":
            tags.add("multilingual")
        if any(l["sku"] is None and l.get("candidates") for l in lines):
            tags.add("family")
        if any(
            l["sku"] is not None and has_variants(l["sku"]) for l in list(lines) + list(m["change"] or [])
        ):
            tags.add("variant")
        if any(l.get("_nic") for l in lines):
            tags.add("not_in_catalog")
        if m["ref"]:
            tags.add("reference")
        row["tags"] = sorted(tags)
        rows.append(row)

    order = list(range(len(rows)))
    random.Random(SHUFFLE_SEED).shuffle(order)
    out = []
    for n, i in enumerate(order, 1):
        r = rows[i]
        r["id"] = "%s%03d" % (ID_PREFIX, n)
        out.append(r)
    return out


def build_histories():
    hist = cust61.generate_histories(has_variants)
    recs = []
    for c in cust61.C:
        orders = hist[c["key"]]
        for o in orders:
            for l in o["lines"]:
                check_line(l, (c["key"], o["date"]))
        recs.append(
            {
                "customer": c["key"],
                "name": c["name"],
                "kind": c["kind"],
                "channel": c["channel"],
                "address": c["address"],
                "language": c["language"],
                "orders": orders,
            }
        )
    return hist, recs


def main(argv):
    outdir = os.path.abspath(argv[1]) if len(argv) > 1 else os.path.dirname(HERE)
    os.makedirs(outdir, exist_ok=True)
    catalog = build_catalog()
    hist, hrecs = build_histories()
    rows = build_rows(hist)
    with open(os.path.join(outdir, "catalog61.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(catalog, ensure_ascii=False, indent=2) + "\n")
    with open(os.path.join(outdir, "histories61.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in hrecs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "holdout61.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(
        "wrote %d products, %d customers, %d messages to %s"
        % (len(catalog["products"]), len(hrecs), len(rows), outdir)
    )


if __name__ == "__main__":
    main(sys.argv)
