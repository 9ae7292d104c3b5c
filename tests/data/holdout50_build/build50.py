# ruff: noqa  (hand-written data generator of blind set 50, kept as its writer left it)
"""Build blind set 50: catalog50.json, holdout50.jsonl, histories50.jsonl in the parent folder.

Deterministic: fixed seeds, no iteration over unordered sets in anything written.
History-dependent labels are derived from the generated histories by the README rules, never by running the system.
"""

import datetime
import json
import os
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import cat50  # noqa: E402
import cust50  # noqa: E402
import msgs50  # noqa: E402

OUT = os.path.dirname(HERE)
BASE = datetime.date(2028, 7, 31)
CATALOG = cat50.build_catalog()
PROD = {p["sku"]: p for p in CATALOG["products"]}
HAS_VAR = {s for s, p in PROD.items() if p["variants"]}
VARNAMES = {s: [v["name"] for v in p["variants"]] for s, p in PROD.items()}


def is_whole(q):
    return q is not None and float(q) == int(q)


def clean_line(l):
    d = {"sku": l["sku"], "quantity": l["quantity"]}
    if l["sku"] is not None and l["sku"] in HAS_VAR:
        d["variant"] = l.get("variant")
    if l.get("candidates"):
        d["candidates"] = list(l["candidates"])
        if l.get("candidate_variant"):
            d["candidate_variant"] = l["candidate_variant"]
    return d


def line_open(l):
    if l["sku"] is None or l["quantity"] is None or not is_whole(l["quantity"]):
        return True
    return l["sku"] in HAS_VAR and l.get("variant") is None


def hist_index(orders):
    bought = {}
    for o in orders:
        for l in o["lines"]:
            bought.setdefault(l["sku"], [])
            v = l.get("variant")
            if v not in bought[l["sku"]]:
                bought[l["sku"]].append(v)
    return bought


def resolve(l, bought):
    l = dict(l)
    if l.get("_nic"):
        return l
    if l["sku"] is None and l.get("candidates"):
        b = [c for c in l["candidates"] if c in bought]
        if len(b) != 1:
            return l
        sku = b[0]
        new = {"sku": sku, "quantity": l["quantity"]}
        if sku in HAS_VAR:
            cv = l.get("candidate_variant")
            if cv and cv in VARNAMES[sku]:
                new["variant"] = cv
            elif len(bought[sku]) == 1:
                new["variant"] = bought[sku][0]
            else:
                new["variant"] = None
        return new
    if l["sku"] in HAS_VAR and l.get("variant") is None and not l.get("_nofill"):
        vs = bought.get(l["sku"], [])
        if len(vs) == 1:
            l["variant"] = vs[0]
    return l


def usual_basket(orders):
    keys = [tuple((l["sku"], l.get("variant"), l["quantity"]) for l in o["lines"]) for o in orders]
    cnt = Counter(keys)
    if not cnt:
        return None
    best = max(cnt.values())
    tops = [k for k in keys if cnt[k] == best]
    if best < 2 or len(set(tops)) != 1:
        return None
    k = tops[0]
    return [dict({"sku": s, "quantity": q}, **({"variant": v} if s in HAS_VAR else {})) for s, v, q in k]


def apply_edits(base, edits, bought):
    b = [dict(l) for l in base]
    for e in edits:
        if e[0] == "remove":
            b = [l for l in b if l["sku"] != e[1]]
        elif e[0] == "double":
            for l in b:
                if l["sku"] == e[1]:
                    l["quantity"] = l["quantity"] * 2
        elif e[0] == "set":
            hit = [l for l in b if l["sku"] == e[1] and (len(e) < 4 or l.get("variant") == e[3])]
            if hit:
                for l in hit:
                    l["quantity"] = e[2]
            else:
                nl = {"sku": e[1], "quantity": e[2]}
                if e[1] in HAS_VAR:
                    nl["variant"] = e[3] if len(e) > 3 else None
                b.append(resolve(nl, bought))
        elif e[0] == "add":
            a = resolve(e[1], bought)
            hit = [
                l
                for l in b
                if a["sku"] is not None and l["sku"] == a["sku"] and l.get("variant") == a.get("variant")
            ]
            if hit:
                hit[0]["quantity"] = hit[0]["quantity"] + a["quantity"]
            else:
                b.append(a)
    return b


def ensure_note(notes, phrase):
    if phrase in notes:
        return notes
    return (notes + "; " + phrase) if notes else phrase


def build():
    hist = cust50.generate()
    byc = {h["customer"]: h for h in hist}
    rows = []
    for m in msgs50.MSGS:
        c = byc[m["customer"]]
        orders = c["orders"]
        bought = hist_index(orders)
        tags = list(m["tags"])
        notes = m["notes"]
        row = {
            "customer": m["customer"],
            "date": (BASE + datetime.timedelta(days=m["day"])).isoformat(),
            "channel": m["channel"],
            "language": m["language"],
            "text": m["text"],
            "intent": m["intent"],
        }
        raw = list(m["lines"])
        if m["ref"]:
            for e in m["edits"]:
                if e[0] == "add":
                    raw.append(e[1])
                elif e[0] == "set":
                    nl = {"sku": e[1], "quantity": e[2]}
                    if e[1] in HAS_VAR:
                        nl["variant"] = e[3] if len(e) > 3 else None
                    raw.append(nl)
        lines = [clean_line(l) for l in raw]
        row["lines"] = lines
        if m["intent"] == "ORDER":
            review = any(line_open(l) for l in lines) or bool(m["review"]) or bool(m["ref"])
            if m["outlier"]:
                review = False
            row["expect_review"] = review
            # notes
            if any(l["sku"] is None and l.get("candidates") for l in raw) or any(
                l["sku"] in HAS_VAR and l.get("variant") is None for l in lines if l["sku"]
            ):
                notes = ensure_note(notes, "ambiguous")
            if any(l.get("_nic") for l in raw):
                notes = ensure_note(
                    notes, "not in catalog: " + ", ".join(l["_nic"] for l in raw if l.get("_nic"))
                )
            if any(l["quantity"] is None for l in lines):
                notes = ensure_note(notes, "quantities not stated")
            if any(l["quantity"] is not None and not is_whole(l["quantity"]) for l in lines):
                notes = ensure_note(notes, "not a whole number of selling units")
            if m["ref"]:
                notes = ensure_note(notes, "ambiguous: refers to earlier orders")
            # history
            lwh = None
            erwh = None
            blocked = (
                any(l["quantity"] is None or not is_whole(l["quantity"]) or l.get("_nic") for l in raw)
                or bool(m["review"])
                and not m["ref"]
            )
            if m["outlier"]:
                lwh, erwh = lines, True
            elif m["ref"]:
                base = None
                if orders:
                    base = (
                        usual_basket(orders)
                        if m["ref"] == "usual"
                        else [dict(l) for l in orders[-1]["lines"]]
                    )
                if base is not None:
                    res = apply_edits(base, m["edits"], bought)
                    lwh = [clean_line(l) for l in res]
                    erwh = any(line_open(l) for l in lwh)
            elif not blocked and orders:
                res = [clean_line(resolve(l, bought)) for l in raw]
                r2 = any(line_open(l) for l in res)
                if res != lines or r2 != review:
                    lwh, erwh = res, r2
            if lwh is not None:
                row["lines_with_history"] = lwh
                row["expect_review_with_history"] = erwh
            # tags
            if any(l.get("candidates") for l in lines):
                tags.append("family")
            if any(l["sku"] in HAS_VAR for l in lines if l["sku"]) or any(
                c in HAS_VAR for l in lines for c in l.get("candidates", [])
            ):
                tags.append("variant")
            if any(l.get("_nic") for l in raw):
                tags.append("not_in_catalog")
            if m["outlier"]:
                tags.append("outlier")
            if not review and not m["outlier"]:
                tags.append("clean")
        else:
            tags.append(m["intent"].lower())
        if m["ref"]:
            tags.append("reference")
        if m["intent"] == "CHANGE":
            row["change_lines"] = [clean_line(l) for l in m["change"]]
        if m["language"] != "en":
            tags.append("multilingual")
        row["notes"] = notes
        seen = []
        for t in tags:
            if t not in seen:
                seen.append(t)
        row["tags"] = seen
        rows.append(row)
    random.Random(5050).shuffle(rows)
    out_rows = []
    for i, r in enumerate(rows, 1):
        out_rows.append(dict([("id", "vt%03d" % i)] + list(r.items())))
    return CATALOG, out_rows, hist


def main():
    cat, rows, hist = build()
    with open(os.path.join(OUT, "catalog50.json"), "w", encoding="utf-8") as f:
        json.dump(cat, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(OUT, "holdout50.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "histories50.jsonl"), "w", encoding="utf-8") as f:
        for h in hist:
            f.write(json.dumps(h, ensure_ascii=False) + "\n")
    print(
        "wrote %d products, %d messages, %d customers to %s"
        % (len(cat["products"]), len(rows), len(hist), OUT)
    )


if __name__ == "__main__":
    main()
