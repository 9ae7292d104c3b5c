# ruff: noqa  (hand-written data generator of blind set 30, kept as its writer left it)
"""Rebuild catalog30.json, histories30.jsonl and holdout30.jsonl (fixed seeds, byte-identical)."""

import datetime
import json
import os
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import cat30  # noqa: E402
import cust30  # noqa: E402
import msgs30  # noqa: E402

OUT = os.path.dirname(HERE)
DAY0 = datetime.date(2027, 8, 2)

CATALOG = cat30.catalog()
PROD = {p["sku"]: p for p in CATALOG["products"]}
HAS_VAR = {s for s, p in PROD.items() if p["variants"]}
CUST = {c[0]: c for c in cust30.C}
HIST = {h["customer"]: h for h in cust30.histories()}


def out_line(ln):
    d = {"sku": ln["sku"]}
    if ln["sku"] in HAS_VAR:
        d["variant"] = ln.get("variant")
    elif "variant" in ln and ln["sku"] is not None:
        raise SystemExit(f"variant on product without variants: {ln}")
    d["quantity"] = ln["quantity"]
    if ln["sku"] is None and ln.get("candidates"):
        d["candidates"] = list(ln["candidates"])
        if ln.get("candidate_variant"):
            d["candidate_variant"] = ln["candidate_variant"]
    return d


def is_open(d):
    q = d["quantity"]
    return (
        d["sku"] is None
        or q is None
        or ("variant" in d and d["variant"] is None)
        or (isinstance(q, float) and not q.is_integer())
    )


def bought(cust):
    skus = {}
    for o in HIST[cust]["orders"]:
        for ln in o["lines"]:
            skus.setdefault(ln["sku"], set()).add(ln.get("variant"))
    return skus


def baskets(cust):
    return [
        tuple((ln["sku"], ln.get("variant"), ln["quantity"]) for ln in o["lines"])
        for o in HIST[cust]["orders"]
    ]


def usual(cust):
    b = baskets(cust)
    if not b:
        return None
    c = Counter(b).most_common()
    if c[0][1] < 2 or (len(c) > 1 and c[1][1] == c[0][1]):
        return None
    return [list(x) for x in c[0][0]]


def resolve(ln, hb):
    """Resolve a raw message line with the customer's history; returns a new raw line."""
    ln = dict(ln)
    if ln["sku"] is None and ln.get("candidates"):
        inh = [c for c in ln["candidates"] if c in hb]
        if len(inh) == 1:
            sku = inh[0]
            cv = ln.get("candidate_variant")
            new = {"sku": sku, "quantity": ln["quantity"]}
            if ln.get("_set"):
                new["_set"] = True
            if sku in HAS_VAR:
                names = [v["name"] for v in PROD[sku]["variants"]]
                if cv and cv in names:
                    new["variant"] = cv
                elif not cv and len(hb[sku]) == 1:
                    new["variant"] = next(iter(hb[sku]))
                else:
                    new["variant"] = None
            return new
        return ln
    if ln["sku"] in HAS_VAR and ln.get("variant") is None and not ln.get("_nofill"):
        vs = hb.get(ln["sku"], set())
        if len(vs) == 1:
            ln["variant"] = next(iter(vs))
    return ln


def with_history(m, lines_out, review):
    """Return (lines_with_history, review_with_history) or None when history changes nothing or cannot help."""
    cust = m["customer"]
    raw = m["lines"]
    if m["outlier"]:
        return lines_out, True
    hard = (
        m["hard"]
        or any(x.get("_nic") or x.get("_nofill") or x["quantity"] is None for x in raw)
        or any(isinstance(x["quantity"], float) and not x["quantity"].is_integer() for x in raw)
    )
    if hard:
        return None
    hb = bought(cust)
    res = [resolve(x, hb) for x in raw]
    ref = m["ref"]
    unresolved = False
    if ref:
        base = None
        if ref["kind"] == "usual":
            base = usual(cust)
        elif ref["kind"] == "last" and HIST[cust]["orders"]:
            base = [
                [ln["sku"], ln.get("variant"), ln["quantity"]] for ln in HIST[cust]["orders"][-1]["lines"]
            ]
        if base is None:
            unresolved = True
        else:
            base = [b for b in base if b[0] not in ref.get("remove", [])]
            for b in base:
                if b[0] in ref.get("double", []):
                    b[2] = b[2] * 2
            for x in res:
                if x["sku"] is None:
                    unresolved = True
                    continue
                key = (x["sku"], x.get("variant"))
                hit = [b for b in base if (b[0], b[1]) == key]
                if hit:
                    hit[0][2] = x["quantity"] if x.get("_set") else hit[0][2] + x["quantity"]
                else:
                    base.append([x["sku"], x.get("variant"), x["quantity"]])
            res = [
                {"sku": b[0], "variant": b[1], "quantity": b[2]}
                if b[0] in HAS_VAR
                else {"sku": b[0], "quantity": b[2]}
                for b in base
            ]
    if unresolved:
        lwh = lines_out if ref else [out_line(x) for x in res]
        rwh = True
    else:
        lwh = [out_line(x) for x in res]
        rwh = any(is_open(d) for d in lwh) or (m["hard"])
    if lwh == lines_out and rwh == review:
        return None
    return lwh, rwh


def ensure(notes, phrase):
    if phrase in notes:
        return notes
    return (notes + "; " + phrase) if notes else phrase


def build_rows():
    msgs = list(msgs30.MSGS)
    rng = random.Random(30)
    rng.shuffle(msgs)
    rows = []
    for i, m in enumerate(msgs, 1):
        c = CUST[m["customer"]]
        row = {"id": f"i{i:03d}", "channel": m["channel"] or c[3], "text": m["text"], "intent": m["intent"]}
        lines_out = [out_line(x) for x in m["lines"]]
        row["lines"] = lines_out
        notes = m["notes"]
        tags = list(m["tags"])
        if m["intent"] == "ORDER":
            if any(d["sku"] is None and d.get("candidates") for d in lines_out) or any(
                "variant" in d and d["variant"] is None for d in lines_out
            ):
                notes = ensure(notes, "ambiguous")
            if any(x.get("_nic") for x in m["lines"]):
                notes = ensure(notes, "not in catalog")
            if any(d["quantity"] is None for d in lines_out) and "not a whole number" not in notes:
                notes = ensure(notes, "quantities not stated")
            if any(isinstance(d["quantity"], float) and not d["quantity"].is_integer() for d in lines_out):
                notes = ensure(notes, "not a whole number")
        elif m["lines"]:
            raise SystemExit(f"lines on non-order: {m['text'][:40]}")
        row["notes"] = notes
        row["customer"] = m["customer"]
        row["date"] = (DAY0 + datetime.timedelta(days=m["day"])).isoformat()
        row["language"] = m["lang"] or c[4]
        if m["intent"] == "ORDER":
            review = (any(is_open(d) for d in lines_out) or m["review"]) and not m["outlier"]
            row["expect_review"] = bool(review)
            wh = with_history(m, lines_out, row["expect_review"])
            if wh is not None:
                row["lines_with_history"] = wh[0]
                row["expect_review_with_history"] = wh[1]
            if not review and not m["outlier"] and "clean" not in tags:
                tags.insert(0, "clean")
        if m["intent"] == "CHANGE":
            row["change_lines"] = [out_line(x) for x in m["change"]]
        for t in ("question", "complaint", "other", "cancel", "change"):
            if m["intent"] == t.upper() and t not in tags:
                tags.append(t)
        if row["language"] != "en" and "multilingual" not in tags:
            tags.append("multilingual")
        row["tags"] = tags
        rows.append(row)
    return rows


def dump_jsonl(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    with open(os.path.join(OUT, "catalog30.json"), "w", encoding="utf-8") as f:
        json.dump(CATALOG, f, ensure_ascii=False, indent=1)
        f.write("\n")
    dump_jsonl(os.path.join(OUT, "histories30.jsonl"), cust30.histories())
    dump_jsonl(os.path.join(OUT, "holdout30.jsonl"), build_rows())
    print("wrote catalog30.json, histories30.jsonl, holdout30.jsonl")


if __name__ == "__main__":
    main()
