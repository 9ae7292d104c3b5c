# ruff: noqa  (hand-written data generator of blind set 34, kept as its writer left it)
"""Build catalog34.json, histories34.jsonl and holdout34.jsonl (thirty-fourth blind set).

Deterministic: fixed seeds, no dependence on PYTHONHASHSEED. Standard library only.
Run: python3 build34.py   (writes into the parent folder)
"""

import copy
import datetime
import json
import os
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import cat34  # noqa: E402
import cust34  # noqa: E402
import msgs34  # noqa: E402

OUT = os.path.dirname(HERE)
FIRST_DAY = datetime.date(2028, 5, 8)
HV = cat34.has_variants


def is_whole(q):
    return q is not None and float(q) == int(q)


def canon(lines):
    return tuple(sorted((l["sku"], l.get("variant") or "", l["quantity"]) for l in lines))


def bought(hist):
    """sku -> sorted list of variants (None for products without variants) in the customer's history."""
    out = {}
    for o in hist["orders"]:
        for l in o["lines"]:
            out.setdefault(l["sku"], set()).add(l.get("variant"))
    return {k: sorted(v, key=lambda x: x or "") for k, v in out.items()}


def usual_basket(hist):
    c = Counter(canon(o["lines"]) for o in hist["orders"])
    if not c:
        return None
    top = c.most_common()
    if top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    key = top[0][0]
    for o in hist["orders"]:
        if canon(o["lines"]) == key:
            return copy.deepcopy(o["lines"])
    return None


def fit_variant(sku, cv):
    names = cat34.variant_names(sku)
    if cv in names:
        return cv
    hits = [n for n in names if cv and cv in n]
    return hits[0] if len(hits) == 1 else None


def make_line(sku, qty, variant):
    d = {"sku": sku}
    if HV(sku):
        d["variant"] = variant
    d["quantity"] = qty
    return d


def resolve(line, b, nofill, why):
    """Resolve a family line or a missing variant from the customer's history b (sku -> variants)."""
    l = copy.deepcopy(line)
    if l["sku"] is None and l.get("candidates"):
        inter = [c for c in l["candidates"] if c in b]
        if len(inter) != 1:
            return l
        sku = inter[0]
        v = None
        if HV(sku):
            cv = fit_variant(sku, l.get("candidate_variant"))
            if cv:
                v = cv
            elif len(b[sku]) == 1:
                v = b[sku][0]
        why.append(
            "with history: %s is %s%s, the only candidate the customer has bought"
            % ("/".join(l["candidates"]), sku, (" " + v) if v else "")
        )
        return make_line(sku, l["quantity"], v)
    if l["sku"] and HV(l["sku"]) and l.get("variant") is None and not nofill:
        vs = b.get(l["sku"], [])
        if len(vs) == 1:
            l["variant"] = vs[0]
            why.append(
                "with history: %s variant %s, the only one the customer has bought" % (l["sku"], vs[0])
            )
    return l


def same(a, b):
    return a["sku"] == b["sku"] and a.get("variant") == b.get("variant")


def apply_ref(ref, base, b, nofill, why):
    res = copy.deepcopy(base)
    if ref["remove"]:
        res = [l for l in res if l["sku"] not in ref["remove"]]
    for sku in ref["double"]:
        for l in res:
            if l["sku"] == sku:
                l["quantity"] = l["quantity"] * 2
    for s in ref["set"]:
        r = resolve(s, b, nofill, why)
        hit = [l for l in res if r["sku"] is not None and l["sku"] == r["sku"]]
        if hit:
            hit[0]["quantity"] = r["quantity"]
            if r.get("variant"):
                hit[0]["variant"] = r["variant"]
        else:
            res.append(r)
    for a in ref["add"]:
        r = resolve(a, b, nofill, why)
        hit = [l for l in res if r["sku"] is not None and same(l, r)]
        if hit:
            hit[0]["quantity"] = hit[0]["quantity"] + r["quantity"]
        else:
            res.append(r)
    return res


def line_open(l):
    return (
        l["sku"] is None
        or l["quantity"] is None
        or not is_whole(l["quantity"])
        or (HV(l["sku"]) and l.get("variant") is None)
    )


def add_note(notes, phrase):
    if phrase.lower() in notes.lower():
        return notes
    return (notes + " " if notes else "") + phrase


def build_rows(hist_by):
    rows = []
    for m in msgs34.MSGS:
        c = cust34.BY_CUSTOMER[m["customer"]]
        hist = hist_by[m["customer"]]
        b = bought(hist)
        ref = m["ref"]
        raw = list(m["lines"])
        if ref:
            raw = list(ref["set"]) + list(ref["add"])
        notes = m["notes"]
        tags = list(m["tags"])
        nic = [l["_nic"] for l in raw if "_nic" in l]
        lines = []
        for l in raw:
            l = {k: v for k, v in l.items() if k != "_nic"}
            if l["sku"] is not None:
                if HV(l["sku"]) and "variant" not in l:
                    raise SystemExit("missing variant key: %s %s" % (m["text"][:40], l["sku"]))
                if not HV(l["sku"]) and "variant" in l:
                    raise SystemExit("variant on plain product: %s %s" % (m["text"][:40], l["sku"]))
            lines.append(l)
        row = {
            "channel": m["channel"] or c["channel"],
            "customer": m["customer"],
            "date": (FIRST_DAY + datetime.timedelta(days=m["day"])).isoformat(),
            "language": m["language"] or c["language"],
            "text": m["text"],
            "intent": m["intent"],
            "lines": lines if m["intent"] == "ORDER" else [],
        }
        if m["intent"] == "ORDER":
            if any(l["sku"] is None and l.get("candidates") for l in lines):
                notes = add_note(notes, "ambiguous: a bare family word names no single product.")
                tags.append("family")
            if any(l["sku"] and HV(l["sku"]) and l.get("variant") is None for l in lines):
                notes = add_note(notes, "ambiguous variant: the message does not say which.")
            if nic:
                notes = add_note(notes, "not in catalog: %s." % ", ".join(nic))
                tags.append("not_in_catalog")
            if any(l["quantity"] is None for l in lines):
                if "not a whole number" not in notes:
                    notes = add_note(notes, "quantities not stated.")
            if any(l["sku"] and HV(l["sku"]) for l in lines):
                tags.append("variant")
            review = (
                any(line_open(l) for l in lines)
                or bool(ref)
                or "cond" in m["flags"]
                or "credit" in m["flags"]
            )
            if m["outlier"]:
                review = False
            row["expect_review"] = review
            # history
            hfields = None
            why = []
            fixed = (
                c["hist"] == "new"
                or any(l["quantity"] is None or not is_whole(l["quantity"]) for l in lines)
                or nic
                or "cond" in m["flags"]
                or "credit" in m["flags"]
            )
            nofill = "nofill" in m["flags"]
            if m["outlier"]:
                mx = max(
                    l["quantity"] for o in hist["orders"] for l in o["lines"] if l["sku"] == m["outlier"]
                )
                q = [l["quantity"] for l in lines if l["sku"] == m["outlier"]][0]
                notes = add_note(
                    notes,
                    "outlier: %s is %.1f times the customer's largest earlier quantity (%s); "
                    "with history it goes to review." % (q, q / mx, mx),
                )
                tags.append("outlier")
                hfields = (copy.deepcopy(lines), True)
            elif not fixed:
                if ref:
                    base = (
                        usual_basket(hist)
                        if ref["kind"] == "usual"
                        else (copy.deepcopy(hist["orders"][-1]["lines"]) if hist["orders"] else None)
                    )
                    if base is not None:
                        res = apply_ref(ref, base, b, nofill, why)
                        why.insert(
                            0,
                            "with history: expanded from the customer's %s"
                            % (
                                "usual basket"
                                if ref["kind"] == "usual"
                                else "last order (%s)" % hist["orders"][-1]["date"]
                            ),
                        )
                        hfields = (res, any(line_open(l) for l in res))
                else:
                    res = [resolve(l, b, nofill, why) for l in lines]
                    rv = any(line_open(l) for l in res)
                    if res != lines or rv != review:
                        hfields = (res, rv)
            if ref:
                tags.append("reference")
                if hfields is None:
                    notes = add_note(notes, "ambiguous reference: cannot be resolved, even with history.")
            if hfields is not None:
                row["lines_with_history"] = hfields[0]
                row["expect_review_with_history"] = hfields[1]
                if why:
                    notes = add_note(notes, "; ".join(why) + ".")
            if not review and not m["outlier"]:
                tags.append("clean")
        else:
            tags.append(m["intent"].lower())
        if m["intent"] == "CHANGE":
            row["change_lines"] = copy.deepcopy(m["change"])
        if row["language"] != "en":
            tags.append("multilingual")
        seen = []
        for t in tags:
            if t not in seen:
                seen.append(t)
        row["tags"] = sorted(seen)
        row["notes"] = notes
        rows.append(row)
    rng = random.Random(34)
    rng.shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        d = {"id": "bt%03d" % i}
        d.update(r)
        out.append(d)
    return out


def dump_jsonl(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    cat = cat34.catalog()
    with open(os.path.join(OUT, "catalog34.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(cat, ensure_ascii=False, indent=2) + "\n")
    hists = cust34.histories(HV)
    dump_jsonl(os.path.join(OUT, "histories34.jsonl"), hists)
    rows = build_rows({h["customer"]: h for h in hists})
    dump_jsonl(os.path.join(OUT, "holdout34.jsonl"), rows)
    print("wrote %d products, %d customers, %d messages" % (len(cat["products"]), len(hists), len(rows)))


if __name__ == "__main__":
    main()
