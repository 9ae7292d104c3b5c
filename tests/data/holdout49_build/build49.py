# ruff: noqa  (hand-written data generator of blind set 49, kept as its writer left it)
"""Build blind set 49: catalog49.json, histories49.jsonl, holdout49.jsonl in the parent folder.

Deterministic (string-seeded random.Random, no dependence on hash()). History-dependent labels are derived
from the generated histories by the documented rules, never by running the system.
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

from cat49 import PRODUCTS, build_catalog, shade_key  # noqa: E402
from cust49 import build_histories  # noqa: E402
from msgs49 import ANY, MSGS  # noqa: E402

FIRST_DAY = datetime.date(2028, 5, 15)
INTENT_TAG = {
    "QUESTION": "question",
    "COMPLAINT": "complaint",
    "OTHER": "other",
    "CANCEL": "cancel",
    "CHANGE": "change",
}


def has_variants(sku):
    return bool(sku) and bool(PRODUCTS[sku]["variants"])


def vnames(sku):
    return [v[1] for v in PRODUCTS[sku]["variants"]]


def clean_line(l):
    return {k: v for k, v in l.items() if not k.startswith("_")}


def is_open(l):
    if l.get("sku") is None or l.get("quantity") is None:
        return True
    if "variant" in l and l["variant"] is None:
        return True
    q = l["quantity"]
    return q != int(q)


def basket_key(lines):
    return tuple(sorted((l["sku"], l.get("variant") or "", l["quantity"]) for l in lines))


def usual_basket(orders):
    if not orders:
        return None
    count = {}
    first = {}
    for o in orders:
        k = basket_key(o["lines"])
        count[k] = count.get(k, 0) + 1
        first.setdefault(k, o["lines"])
    best = max(count.values())
    keys = [k for k, v in count.items() if v == best]
    if len(keys) != 1 or best < 2:
        return None
    return first[keys[0]]


def bought_map(orders):
    b = {}
    for o in orders:
        for l in o["lines"]:
            b.setdefault(l["sku"], set()).add(l.get("variant"))
    return b


def resolve(line, bought):
    """Resolve a family line or a missing variant from the customer's history (rules in the README)."""
    l = dict(line)
    if l.get("sku") is None and l.get("candidates"):
        hits = [c for c in l["candidates"] if c in bought]
        if len(hits) != 1:
            return l
        sku = hits[0]
        new = {"sku": sku}
        if has_variants(sku):
            var = None
            cv = l.get("candidate_variant")
            if cv:
                m = [n for n in vnames(sku) if shade_key(n) == shade_key(cv)]
                if m:
                    var = m[0]
            if var is None:
                bv = [v for v in bought[sku] if v]
                if len(bv) == 1:
                    var = bv[0]
            new["variant"] = var
        new["quantity"] = l["quantity"]
        return new
    if l.get("sku") and has_variants(l["sku"]) and l.get("variant") is None and not l.get("_nofill"):
        bv = [v for v in bought.get(l["sku"], set()) if v]
        if len(bv) == 1:
            l["variant"] = bv[0]
    return l


def same_item(a, b):
    return a["sku"] == b["sku"] and a.get("variant") == b.get("variant")


def apply_ref(ref, base, bought):
    lines = [dict(l) for l in base]
    for sku, var in ref["remove"]:
        lines = [l for l in lines if not (l["sku"] == sku and (var == ANY or l.get("variant") == var))]
    for s in ref["setq"]:
        r = resolve(s, bought)
        hit = False
        for l in lines:
            if (
                r.get("sku")
                and l["sku"] == r["sku"]
                and (r.get("variant") is None or l.get("variant") == r.get("variant"))
            ):
                l["quantity"] = r["quantity"]
                hit = True
        if not hit:
            lines.append(r)
    for a in ref["add"]:
        r = resolve(a, bought)
        for l in lines:
            if r.get("sku") and same_item(l, r):
                l["quantity"] = l["quantity"] + r["quantity"]
                break
        else:
            lines.append(r)
    for sku, var in ref["double"]:
        for l in lines:
            if l["sku"] == sku and (var == ANY or l.get("variant") == var):
                l["quantity"] = l["quantity"] * 2
    return [clean_line(l) for l in lines]


def add_note(notes, phrase):
    if phrase in notes:
        return notes
    return (notes + " " if notes else "") + phrase + "."


def build_rows(histories):
    hist = {h["customer"]: h["orders"] for h in histories}
    rng = random.Random("blind49-dates")
    rows = []
    for m in MSGS:
        orders = hist[m["customer"]]
        bought = bought_map(orders)
        day = m["day"] if m["day"] is not None else rng.randint(0, 6)
        row = {
            "channel": m["channel"],
            "customer": m["customer"],
            "date": (FIRST_DAY + datetime.timedelta(days=day)).isoformat(),
            "language": m["language"],
            "text": m["text"],
            "intent": m["intent"],
        }
        raw = m["lines"]
        if m["ref"] is not None and not raw:
            raw = list(m["ref"]["setq"]) + list(m["ref"]["add"])
        lines = [clean_line(l) for l in raw]
        row["lines"] = lines
        notes = m["notes"]
        if any(l.get("candidates") for l in lines) or any(
            "variant" in l and l["variant"] is None and l.get("sku") for l in lines
        ):
            notes = add_note(notes, "ambiguous")
        if any(l.get("_nic") for l in raw):
            notes = add_note(notes, "not in catalog")
        if any(l.get("quantity") is None for l in lines) and "not a whole number" not in notes:
            notes = add_note(notes, "quantities not stated")
        tags = list(m["tags"])
        if m["intent"] == "ORDER":
            er = any(is_open(l) for l in lines) or m["ref"] is not None or m["review"]
            row["notes"] = notes
            row["expect_review"] = bool(er)
            nohist = (
                any(l.get("quantity") is None for l in lines)
                or any(l.get("_nic") for l in raw)
                or m["review"]
            )
            lwh = erwh = None
            if m["outlier"]:
                lwh, erwh = lines, True
            elif nohist:
                pass
            elif m["ref"] is not None:
                base = None
                if m["ref"]["base"] == "usual":
                    base = usual_basket(orders)
                elif orders:
                    base = orders[-1]["lines"]
                if base is not None:
                    lwh = apply_ref(m["ref"], base, bought)
                    erwh = any(is_open(l) for l in lwh)
            else:
                res = [clean_line(resolve(l, bought)) for l in raw]
                if res != lines:
                    lwh = res
                    erwh = any(is_open(l) for l in res) or m["review"]
            if lwh is not None and (lwh != lines or erwh != er):
                row["lines_with_history"] = lwh
                row["expect_review_with_history"] = bool(erwh)
        else:
            row["notes"] = notes
        if m["intent"] == "CHANGE":
            row["change_lines"] = [clean_line(l) for l in m["change"]]
        # automatic tags
        if m["intent"] in INTENT_TAG:
            tags.append(INTENT_TAG[m["intent"]])
        if m["language"] != "en":
            tags.append("multilingual")
        if any(l.get("candidates") for l in lines):
            tags.append("family")
        if any("variant" in l for l in lines + row.get("change_lines", [])):
            tags.append("variant")
        if any(l.get("_nic") for l in raw):
            tags.append("not_in_catalog")
        if m["ref"] is not None:
            tags.append("reference")
        if m["outlier"]:
            tags.append("outlier")
        if m["intent"] == "ORDER" and not row["expect_review"] and not m["outlier"]:
            tags.append("clean")
        seen = []
        for t in tags:
            if t not in seen:
                seen.append(t)
        row["tags"] = seen
        row["_outlier"] = m["outlier"]
        rows.append(row)
    random.Random("blind49-shuffle").shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        o = {"id": f"hs{i:03d}"}
        for k, v in r.items():
            if not k.startswith("_"):
                o[k] = v
        out.append(o)
    return out


def dump_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    cat = build_catalog()
    with open(os.path.join(OUT, "catalog49.json"), "w", encoding="utf-8") as f:
        json.dump(cat, f, ensure_ascii=False, indent=1)
        f.write("\n")
    hists = build_histories()
    dump_jsonl(os.path.join(OUT, "histories49.jsonl"), hists)
    rows = build_rows(hists)
    dump_jsonl(os.path.join(OUT, "holdout49.jsonl"), rows)
    print(f"wrote {len(cat['products'])} products, {len(hists)} histories, {len(rows)} messages to {OUT}")


if __name__ == "__main__":
    main()
