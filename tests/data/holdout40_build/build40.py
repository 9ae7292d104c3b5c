# ruff: noqa  (hand-written data generator of blind set 40, kept as its writer left it)
"""Rewrites catalog40.json, histories40.jsonl and holdout40.jsonl (fixed seeds, same bytes every run)."""

import datetime
import json
import os
import random

import cat40
import cust40
import msgs40

OUT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
FLAG_NOHIST = {"conditional", "credit", "range", "fraction"}


def has_var(sku):
    return bool(cat40.variants_of(sku))


def clean_line(l):
    d = {"sku": l["sku"], "quantity": l["quantity"]}
    if l["sku"] is not None and has_var(l["sku"]):
        if "variant" not in l:
            raise SystemExit(f"missing variant key on {l}")
        d["variant"] = l["variant"]
    elif "variant" in l and l["sku"] is not None:
        raise SystemExit(f"variant on product without variants {l}")
    if l.get("candidates"):
        d["candidates"] = l["candidates"]
        if l.get("candidate_variant"):
            d["candidate_variant"] = l["candidate_variant"]
    return d


def line_open(l):
    q = l["quantity"]
    return (
        l["sku"] is None
        or q is None
        or ("variant" in l and l["variant"] is None)
        or (isinstance(q, float) and not q.is_integer())
    )


def bought_map(h):
    b = {}
    for o in h["orders"]:
        for l in o["lines"]:
            b.setdefault(l["sku"], set()).add(l.get("variant"))
    return b


def resolve(l, bought, nofill):
    l = dict(l)
    if l["sku"] is None and l.get("candidates"):
        hits = [c for c in l["candidates"] if c in bought]
        if len(hits) == 1:
            sku = hits[0]
            nl = {"sku": sku, "quantity": l["quantity"]}
            if has_var(sku):
                cv = l.get("candidate_variant")
                if cv and cv in cat40.variants_of(sku):
                    nl["variant"] = cv
                else:
                    vs = bought[sku]
                    nl["variant"] = next(iter(vs)) if len(vs) == 1 else None
            return nl
        return l
    if l["sku"] is not None and "variant" in l and l["variant"] is None and l["sku"] not in nofill:
        vs = bought.get(l["sku"], set())
        if len(vs) == 1:
            l["variant"] = next(iter(vs))
    return l


def add_line(base, l):
    for b in base:
        if b["sku"] is not None and b["sku"] == l["sku"] and b.get("variant") == l.get("variant"):
            b["quantity"] = b["quantity"] + l["quantity"]
            return
    base.append(dict(l))


def main():
    catalog = cat40.build_catalog()
    hists = cust40.histories()
    H = {h["customer"]: h for h in hists}
    CU = {c[0]: c for c in cust40.C}
    rows = []
    for m in msgs40.MSGS:
        c = CU[m["customer"]]
        tags = list(m["tags"])
        notes = m["notes"]
        nic = [l["_nic"] for l in m["lines"] if "_nic" in l]
        lines = [clean_line(l) for l in m["lines"]]
        row = {
            "id": None,
            "channel": m.get("ch", c[3]),
            "customer": m["customer"],
            "date": (cust40.MSG_START + datetime.timedelta(days=m["day"])).isoformat(),
            "language": m.get("lang", c[5]),
            "text": m["text"],
            "intent": m["intent"],
            "lines": lines,
        }
        # standard note phrases
        add = []
        if any(l["sku"] is None and l.get("candidates") for l in lines) or any(
            "variant" in l and l["variant"] is None for l in lines
        ):
            if "ambiguous" not in notes:
                add.append("ambiguous: the text does not say which product or variant")
        if nic:
            add.append("not in catalog: " + ", ".join(nic))
        if any(l["quantity"] is None for l in lines) and "quantities not stated" not in notes:
            add.append("quantities not stated")
        if any(isinstance(l["quantity"], float) and not l["quantity"].is_integer() for l in lines):
            add.append("not a whole number of selling units")
        notes = " ".join([notes] + [a[0].upper() + a[1:] + "." for a in add]).strip()
        ref = m.get("ref")
        if m["intent"] == "ORDER":
            review = (
                any(line_open(l) for l in lines)
                or bool(m.get("rv"))
                or bool(ref)
                or bool(FLAG_NOHIST & set(tags) - {"range", "fraction"})
            )
            if m.get("outlier"):
                review = False
            row["expect_review"] = review
            # history
            h = H[m["customer"]]
            bought = bought_map(h)
            nofill = set(m.get("nofill", []))
            skip = (
                any(l["quantity"] is None for l in lines)
                or nic
                or (FLAG_NOHIST & set(tags))
                or any(isinstance(l["quantity"], float) and not l["quantity"].is_integer() for l in lines)
            )
            lwh = erh = None
            if m.get("outlier"):
                lwh, erh = [dict(l) for l in lines], True
            elif not skip and ref:
                kind, spec = ref
                base = cust40.usual_basket(h) if kind == "usual" else cust40.last_basket(h)
                if base is not None:
                    for sku in spec.get("rm", []):
                        assert any(b["sku"] == sku for b in base), (m["text"], sku)
                        base = [b for b in base if b["sku"] != sku]
                    for sku in spec.get("dbl", []):
                        assert any(b["sku"] == sku for b in base), (m["text"], sku)
                        for b in base:
                            if b["sku"] == sku:
                                b["quantity"] *= 2
                    setskus = spec.get("set", [])
                    for l in lines:
                        r = resolve(l, bought, nofill)
                        if r["sku"] in setskus:
                            hit = [b for b in base if b["sku"] == r["sku"]]
                            assert hit, (m["text"], r)
                            for b in hit:
                                b["quantity"] = r["quantity"]
                        elif r["sku"] is None:
                            base.append(r)
                        else:
                            add_line(base, r)
                    lwh = base
                    erh = any(line_open(l) for l in lwh) or bool(m.get("rv"))
            elif not skip:
                res = [resolve(l, bought, nofill) for l in lines]
                if res != lines:
                    lwh = res
                    erh = any(line_open(l) for l in lwh) or bool(m.get("rv"))
            if lwh is not None and (lwh != lines or erh != review):
                row["lines_with_history"] = [clean_line(l) for l in lwh]
                row["expect_review_with_history"] = erh
        if m["intent"] == "CHANGE":
            row["change_lines"] = [clean_line(l) for l in m.get("change", [])]
        row["notes"] = notes
        # derived tags
        if m["intent"] != "ORDER":
            tags.append(m["intent"].lower())
        if row["language"] != "en":
            tags.append("multilingual")
        if any(l.get("candidates") for l in lines):
            tags.append("family")
        if any("variant" in l for l in lines + row.get("change_lines", [])) or any(
            l.get("candidate_variant") for l in lines
        ):
            tags.append("variant")
        if nic:
            tags.append("not_in_catalog")
        if ref:
            tags.append("reference")
        if m.get("outlier"):
            tags.append("outlier")
        if m["intent"] == "ORDER" and not row["expect_review"] and not m.get("outlier"):
            tags.append("clean")
        seen = []
        for t in tags:
            if t not in seen:
                seen.append(t)
        row["tags"] = seen
        rows.append(row)
    rng = random.Random(40)
    rng.shuffle(rows)
    for i, r in enumerate(rows, 1):
        r["id"] = f"pb{i:03d}"
    with open(os.path.join(OUT, "catalog40.json"), "w", encoding="utf-8") as f:
        json.dump(catalog, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(OUT, "histories40.jsonl"), "w", encoding="utf-8") as f:
        for h in hists:
            f.write(json.dumps(h, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "holdout40.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(catalog['products'])} products, {len(hists)} customers, {len(rows)} messages to {OUT}")


if __name__ == "__main__":
    main()
