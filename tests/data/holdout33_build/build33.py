# ruff: noqa  (hand-written data generator of blind set 33, kept as its writer left it)
"""Build catalog33.json, histories33.jsonl and holdout33.jsonl from cat33.py, cust33.py and msgs33.py.

Run: python3 build33.py   (writes into the parent folder; the output is byte-identical on every run)
"""

import collections
import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import cat33  # noqa: E402
import cust33  # noqa: E402
import msgs33  # noqa: E402

OUT = os.path.dirname(HERE)
FIRST_DAY = datetime.date(2028, 5, 29)
CHANNELS = {"W": "WHATSAPP", "S": "SMS", "E": "EMAIL"}
PRODUCTS = {p["sku"]: p for p in cat33.PRODUCTS}
VARIANT_SKUS = {p["sku"] for p in cat33.PRODUCTS if p["variants"]}


def build_catalog():
    cats = [{"name": n, "parent": par, "ai_keywords": kw} for n, par, kw in cat33.CATEGORIES]
    return {"currency": cat33.CURRENCY, "categories": cats, "products": cat33.PRODUCTS}


def fmt_qty(q):
    if isinstance(q, float) and q.is_integer():
        return int(q)
    return q


def out_line(l):
    """A label line in output form (variant key exactly on products with variants)."""
    d = {"sku": l["sku"]}
    if l["sku"] is not None and l["sku"] in VARIANT_SKUS:
        v = l.get("variant")
        if v == msgs33.NOVAR:
            raise SystemExit("variant missing for %s" % l["sku"])
        d["variant"] = v
    elif l.get("variant", msgs33.NOVAR) != msgs33.NOVAR:
        raise SystemExit("variant on a product without variants: %s" % l)
    d["quantity"] = fmt_qty(l["quantity"])
    if l.get("candidates"):
        d["candidates"] = l["candidates"]
        if l.get("candidate_variant"):
            d["candidate_variant"] = l["candidate_variant"]
    return d


def is_open(l):
    q = l["quantity"]
    if l["sku"] is None or q is None:
        return True
    if l["sku"] in VARIANT_SKUS and l.get("variant") is None:
        return True
    if isinstance(q, float) and not q.is_integer():
        return True
    return False


def bought_of(orders):
    b = collections.defaultdict(set)
    for o in orders:
        for l in o["lines"]:
            b[l["sku"]].add(l.get("variant"))
    return b


def resolve(l, bought, nofill=False):
    """Resolve a family line or a missing variant from the customer's history (see readme33.md)."""
    l = dict(l)
    if l["sku"] is None and l.get("candidates"):
        hit = [c for c in l["candidates"] if c in bought]
        if len(hit) == 1:
            sku = hit[0]
            new = {"sku": sku, "quantity": l["quantity"]}
            if sku in VARIANT_SKUS:
                names = [v["name"] for v in PRODUCTS[sku]["variants"]]
                cv = l.get("candidate_variant")
                if cv and cv in names:
                    new["variant"] = cv
                elif len(bought[sku]) == 1:
                    new["variant"] = next(iter(bought[sku]))
                else:
                    new["variant"] = None
            return new
        return l
    if l["sku"] in VARIANT_SKUS and l.get("variant") is None and not nofill:
        if len(bought.get(l["sku"], ())) == 1:
            l["variant"] = next(iter(bought[l["sku"]]))
    return l


def basket_key(lines):
    return tuple(sorted((l["sku"], l.get("variant") or "", l["quantity"]) for l in lines))


def base_basket(orders, kind):
    if not orders:
        return None
    if kind == "last":
        return [dict(l) for l in orders[-1]["lines"]]
    cnt = collections.Counter(basket_key(o["lines"]) for o in orders)
    top = cnt.most_common()
    if top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    for o in reversed(orders):
        if basket_key(o["lines"]) == top[0][0]:
            return [dict(l) for l in o["lines"]]
    return None


def vkey(l):
    v = l.get("variant")
    return None if v in (None, msgs33.NOVAR) else v


def apply_reference(base, ref, explicit, bought):
    lines = [dict(l) for l in base]
    rem = set(ref.get("remove", []))
    lines = [l for l in lines if l["sku"] not in rem]
    for l in lines:
        if l["sku"] in ref.get("double", []):
            l["quantity"] = l["quantity"] * 2
    setq = set(ref.get("setq", []))
    for e in explicit:
        e = resolve(e, bought)
        key = (e["sku"], vkey(e))
        same = [l for l in lines if e["sku"] is not None and (l["sku"], vkey(l)) == key]
        if same and e["sku"] in setq:
            same[0]["quantity"] = e["quantity"]
        elif same:
            same[0]["quantity"] = same[0]["quantity"] + e["quantity"]
        else:
            lines.append(e)
    return lines


def note_phrases(lines, notes):
    add = []
    low = notes.lower()
    for l in lines:
        if l.get("nic"):
            if "not in catalog" not in low and "not in catalog" not in " ".join(add):
                add.append("not in catalog")
        elif l["sku"] is None:
            if "ambiguous" not in low and not any(a.startswith("ambiguous") for a in add):
                add.append("ambiguous between " + ", ".join(l["candidates"]))
        elif l["sku"] in VARIANT_SKUS and l.get("variant") is None:
            if "ambiguous" not in low and not any(a.startswith("ambiguous") for a in add):
                add.append("ambiguous: variant not given")
        if l["quantity"] is None and "not a whole number" not in low and "quantities not stated" not in low:
            if "quantities not stated / not a whole number" not in add:
                add.append("quantities not stated / not a whole number")
    if not add:
        return notes
    return (notes + " " if notes else "") + "(" + "; ".join(add) + ")"


def build_rows(histories):
    hist = {h["customer"]: h for h in histories}
    rows = []
    report = []
    for m in msgs33.MESSAGES:
        date = FIRST_DAY + datetime.timedelta(days=m["day"])
        orders = [o for o in hist[m["cust"]]["orders"] if o["date"] < date.isoformat()]
        bought = bought_of(orders)
        lines = m["lines"]
        tags = list(m["tags"])
        row = collections.OrderedDict()
        row["key"] = m["key"]
        row["channel"] = CHANNELS[m["ch"]]
        row["customer"] = m["cust"]
        row["date"] = date.isoformat()
        row["language"] = "en" if m["lang"] == "en" else "el"
        row["text"] = m["text"]
        row["intent"] = m["intent"]
        row["lines"] = [out_line(l) for l in lines]
        if m["intent"] == "ORDER":
            review = bool(m["rv"] or m["ref"] or any(is_open(l) for l in lines))
            if m["outlier"]:
                assert not review, m["key"]
            row["expect_review"] = review
            nohist = m["rv"] or any(
                l.get("nic")
                or l["quantity"] is None
                or (isinstance(l["quantity"], float) and not l["quantity"].is_integer())
                for l in lines
            )
            if not nohist and (review or m["outlier"]):
                nofill = {id(l) for l in lines if l.get("nofill")}
                if m["ref"]:
                    base = base_basket(orders, m["ref"]["kind"])
                    lwh = None if base is None else apply_reference(base, m["ref"], lines, bought)
                else:
                    lwh = [resolve(l, bought, id(l) in nofill) for l in lines]
                if lwh is not None:
                    rwh = bool(m["outlier"] or any(is_open(l) for l in lwh))
                    out_lwh = [out_line(l) for l in lwh]
                    if out_lwh != row["lines"] or rwh != review:
                        row["lines_with_history"] = out_lwh
                        row["expect_review_with_history"] = rwh
                        report.append((m["key"], "review %s -> %s" % (review, rwh)))
                    else:
                        report.append((m["key"], "unchanged by history"))
                else:
                    report.append((m["key"], "reference unresolvable"))
            elif review:
                report.append(
                    (m["key"], "no history fields (quantity / not in catalog / credit / conditional)")
                )
        if m["intent"] == "CHANGE":
            row["change_lines"] = [out_line(l) for l in m["change"]]
        # tags
        if m["intent"] != "ORDER":
            tags.append(m["intent"].lower())
        if m["lang"] != "en":
            tags.append("multilingual")
        if m["lang"] == "gl":
            tags.append("greeklish")
        if any(l.get("candidates") for l in lines):
            tags.append("family")
        if any(l["sku"] in VARIANT_SKUS for l in lines + (m["change"] or [])):
            tags.append("variant")
        if any(l.get("nic") for l in lines):
            tags.append("not_in_catalog")
        if m["ref"]:
            tags.append("reference")
        if m["outlier"]:
            tags.append("outlier")
        if m["intent"] == "ORDER" and not row["expect_review"] and not m["outlier"]:
            tags.append("clean")
        row["tags"] = sorted(set(tags))
        row["notes"] = note_phrases(lines, m["notes"])
        rows.append(row)
    rng = random.Random(33)
    rng.shuffle(rows)
    final = []
    for i, r in enumerate(rows, 1):
        r2 = collections.OrderedDict()
        r2["id"] = "gr%03d" % i
        for k, v in r.items():
            if k != "key":
                r2[k] = v
        final.append((r["key"], r2))
    return final, report


def main():
    catalog = build_catalog()
    histories = cust33.generate_histories(VARIANT_SKUS)
    rows, report = build_rows(histories)
    with open(os.path.join(OUT, "catalog33.json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(catalog, ensure_ascii=False, indent=2) + "\n")
    with open(os.path.join(OUT, "histories33.jsonl"), "w", encoding="utf-8") as f:
        for h in histories:
            f.write(json.dumps(h, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "holdout33.jsonl"), "w", encoding="utf-8") as f:
        for _, r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    if "-v" in sys.argv:
        ids = {k: r["id"] for k, r in rows}
        for k, what in report:
            print("%-6s %s  %s" % (k, ids[k], what))
    print(
        "wrote %d products, %d customers, %d messages" % (len(catalog["products"]), len(histories), len(rows))
    )


if __name__ == "__main__":
    main()
