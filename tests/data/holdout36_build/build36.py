# ruff: noqa  (hand-written data generator of blind set 36, kept as its writer left it)
"""Builds catalog36.json, histories36.jsonl and holdout36.jsonl (byte-identical on every run)."""

import collections
import copy
import datetime
import json
import os
import random

from cat36 import build_catalog, has_variants, variant_names
from cust36 import CUSTOMERS, generate_histories
from msgs36 import MESSAGES

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
FIRST_DAY = datetime.date(2028, 6, 5)
CUST = {c[0]: c for c in CUSTOMERS}


def clean_line(l):
    d = {"sku": l["sku"]}
    if l["sku"] is not None and has_variants(l["sku"]):
        d["variant"] = l.get("variant")
    d["quantity"] = l["quantity"]
    if "candidates" in l:
        d["candidates"] = list(l["candidates"])
    if "candidate_variant" in l:
        d["candidate_variant"] = l["candidate_variant"]
    return d


def is_fraction(q):
    return q is not None and float(q) != int(q)


def open_line(l):
    return (
        l["sku"] is None
        or l["quantity"] is None
        or is_fraction(l["quantity"])
        or ("variant" in l and l["variant"] is None)
    )


def basket_key(lines):
    return tuple(sorted((l["sku"], l.get("variant") or "", l["quantity"]) for l in lines))


def history_index(hist):
    idx = {}
    for c in hist:
        bought = collections.defaultdict(set)
        for o in c["orders"]:
            for l in o["lines"]:
                bought[l["sku"]].add(l.get("variant"))
        idx[c["customer"]] = (c["orders"], bought)
    return idx


def resolve(l, bought, nofill):
    l = clean_line(l)
    if l["sku"] is None and "candidates" in l:
        hit = [c for c in l["candidates"] if c in bought]
        if len(hit) == 1:
            sku = hit[0]
            n = {"sku": sku}
            if has_variants(sku):
                cv = l.get("candidate_variant")
                vs = sorted(v for v in bought[sku] if v)
                if cv and cv in variant_names(sku):
                    n["variant"] = cv
                elif len(vs) == 1:
                    n["variant"] = vs[0]
                else:
                    n["variant"] = None
            n["quantity"] = l["quantity"]
            return n
        return l
    if l["sku"] is not None and "variant" in l and l["variant"] is None and l["sku"] not in nofill:
        vs = sorted(v for v in bought.get(l["sku"], set()) if v)
        if len(vs) == 1:
            l["variant"] = vs[0]
    return l


def usual_basket(orders):
    cnt = collections.Counter(basket_key(o["lines"]) for o in orders)
    if not cnt:
        return None
    (k1, n1), *rest = cnt.most_common()
    if n1 < 2 or (rest and rest[0][1] == n1):
        return None
    for o in orders:
        if basket_key(o["lines"]) == k1:
            return o["lines"]


def same_line(a, b):
    return a["sku"] == b["sku"] and a.get("variant") == b.get("variant")


def apply_reference(base, m, resolved):
    basket = [clean_line(l) for l in base]
    basket = [l for l in basket if l["sku"] not in m["remove"]]
    for raw, l in zip(m["lines"], resolved):
        hit = [b for b in basket if same_line(b, l)]
        if raw["_role"] == "set":
            if hit:
                hit[0]["quantity"] = l["quantity"]
            else:
                basket.append(copy.deepcopy(l))
        else:
            if hit and l["sku"] is not None:
                hit[0]["quantity"] = hit[0]["quantity"] + l["quantity"]
            else:
                basket.append(copy.deepcopy(l))
    for b in basket:
        if b["sku"] in m["double"]:
            b["quantity"] = b["quantity"] * 2
    return basket


NOTE_PHRASES = ("ambiguous", "not in catalog", "quantities not stated", "not a whole number")


def add_note_phrases(notes, lines):
    extra = []
    if any(l["sku"] is None and "candidates" in l for l in lines) or any(
        "variant" in l and l["variant"] is None for l in lines
    ):
        if "ambiguous" not in notes:
            extra.append("ambiguous")
    if any(l["sku"] is None and "candidates" not in l for l in lines):
        if "not in catalog" not in notes:
            extra.append("not in catalog")
    if any(l["quantity"] is None for l in lines):
        if "quantities not stated" not in notes and "not a whole number" not in notes:
            extra.append("quantities not stated")
    if any(is_fraction(l["quantity"]) for l in lines):
        if "not a whole number" not in notes:
            extra.append("not a whole number")
    if extra:
        notes = (notes + " " if notes else "") + "Label: " + ", ".join(extra) + "."
    return notes


def build_rows(hist):
    idx = history_index(hist)
    msgs = list(MESSAGES)
    random.Random(36036).shuffle(msgs)
    rows = []
    for i, m in enumerate(msgs, 1):
        key, name, kind, channel, address, lang, pattern = CUST[m["cust"]][:7]
        row = {
            "id": "sf%03d" % i,
            "customer": key,
            "date": (FIRST_DAY + datetime.timedelta(days=m["day"])).isoformat(),
            "channel": m["channel"] or channel,
            "language": m["lang"] or lang,
            "text": m["text"],
            "intent": m["intent"],
        }
        lines = [clean_line(l) for l in m["lines"]]
        row["lines"] = lines
        tags = set(m["tags"])
        notes = m["notes"]
        if m["intent"] == "ORDER":
            review = (
                m["review"]
                if m["review"] is not None
                else (any(open_line(l) for l in lines) or m["ref"] is not None)
            )
            if m["outlier"]:
                assert not review, m["text"]
            row["expect_review"] = review
            nohist = (
                m["nohist"]
                or m["review"] is not None
                or any(l["quantity"] is None for l in lines)
                or any(is_fraction(l["quantity"]) for l in lines)
                or any(l["sku"] is None and "candidates" not in l for l in lines)
            )
            if not nohist:
                orders, bought = idx[key]
                resolved = [resolve(l, bought, m["nofill"]) for l in m["lines"]]
                unresolved = False
                if m["ref"]:
                    base = None
                    if orders:
                        base = orders[-1]["lines"] if m["ref"] == "last" else usual_basket(orders)
                    if base is None:
                        unresolved = True
                        lh = resolved
                    else:
                        lh = apply_reference(base, m, resolved)
                else:
                    lh = resolved
                rh = unresolved or any(open_line(l) for l in lh) or bool(m["outlier"])
                if lh != lines or rh != review:
                    row["lines_with_history"] = lh
                    row["expect_review_with_history"] = rh
            notes = add_note_phrases(notes, lines)
            if "lines_with_history" in row:
                notes = add_note_phrases(notes, row["lines_with_history"])
            if not review and not m["outlier"]:
                tags.add("clean")
            if m["ref"]:
                tags.add("reference")
            if m["outlier"]:
                tags.add("outlier")
            if any(l["sku"] is None and "candidates" in l for l in lines):
                tags.add("family")
            if any(l["sku"] is None and "candidates" not in l for l in lines):
                tags.add("not_in_catalog")
            if any("variant" in l for l in lines):
                tags.add("variant")
        else:
            assert not lines
            tags.add(m["intent"].lower())
        if m["intent"] == "CHANGE":
            row["change_lines"] = [clean_line(l) for l in m["change"]]
            if any("variant" in l for l in row["change_lines"]):
                tags.add("variant")
        if row["language"] != "en":
            tags.add("multilingual")
        if pattern == "new":
            tags.add("new_customer")
        row["tags"] = sorted(tags)
        row["notes"] = notes
        rows.append(row)
    return rows


def dump_jsonl(path, objs):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for o in objs:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")


def main():
    cat = build_catalog()
    with open(os.path.join(OUT, "catalog36.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(cat, ensure_ascii=False, indent=1) + "\n")
    hist = generate_histories()
    dump_jsonl(os.path.join(OUT, "histories36.jsonl"), hist)
    rows = build_rows(hist)
    dump_jsonl(os.path.join(OUT, "holdout36.jsonl"), rows)
    print("wrote %d products, %d customers, %d messages" % (len(cat["products"]), len(hist), len(rows)))


if __name__ == "__main__":
    main()
