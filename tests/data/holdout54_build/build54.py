# ruff: noqa  (hand-written data generator of blind set 54, kept as its writer left it)
"""Build catalog54.json, holdout54.jsonl and histories54.jsonl into the parent folder.
Deterministic: fixed seeds, no dependence on hash order."""

import collections
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

import cat54  # noqa: E402
import cust54  # noqa: E402
import msgs54  # noqa: E402

CAT = cat54.catalog()
PROD = {p["sku"]: p for p in CAT["products"]}
HAS_VAR = {s for s, p in PROD.items() if p["variants"]}
VNAMES = {s: [v["name"] for v in p["variants"]] for s, p in PROD.items()}
CUST = {c[0]: c for c in cust54.C}
HIST = {c[0]: cust54.history(c) for c in cust54.C}


def jline(sku, q, variant="__none__"):
    d = {"sku": sku, "quantity": q}
    if sku in HAS_VAR:
        d["variant"] = None if variant == "__none__" else variant
    return d


def conv(t):
    """hand notation -> label line dict"""
    if t[0] == "?":
        d = {"sku": None, "quantity": t[1], "candidates": list(t[2])}
        if t[3]:
            d["candidate_variant"] = t[3]
        return d
    if t[0] == "NIC":
        return {"sku": None, "quantity": t[1]}
    sku, q = t[0], t[1]
    if sku not in PROD:
        raise SystemExit("unknown sku " + sku)
    if sku in HAS_VAR:
        if len(t) < 3:
            raise SystemExit("variant missing in notation for " + sku)
        return jline(sku, q, t[2])
    if len(t) > 2:
        raise SystemExit("variant given for product without variants " + sku)
    return jline(sku, q)


def hist_line(t):
    return jline(t[0], t[1], t[2]) if t[0] in HAS_VAR else jline(t[0], t[1])


def line_open(d):
    return d["sku"] is None or ("variant" in d and d["variant"] is None) or d["quantity"] is None


def frac(d):
    return d["quantity"] is not None and float(d["quantity"]) != int(d["quantity"])


def key_of(d):
    return (d["sku"], d.get("variant"))


def basket_key(lines):
    return tuple(sorted((x["sku"], x.get("variant") or "", x["quantity"]) for x in lines))


def history_before(cust, date):
    return [o for o in HISTORY_JSON[cust]["orders"] if o["date"] < date]


def resolve_ref(ref, orders, explicit):
    kind = ref["kind"]
    if kind == "first" or not orders:
        return None
    if kind == "last":
        base = orders[-1]["lines"]
    else:
        cnt = collections.Counter(basket_key(o["lines"]) for o in orders)
        top = cnt.most_common()
        if len(top) > 1 and top[0][1] == top[1][1]:
            return None
        best = top[0][0]
        base = [o for o in orders if basket_key(o["lines"]) == best][-1]["lines"]
    out = [dict(x) for x in base]
    for s in ref.get("remove", []):
        before = len(out)
        out = [x for x in out if x["sku"] != s]
        assert len(out) < before, ("remove of absent line", s)
    for s in ref.get("double", []):
        hit = [x for x in out if x["sku"] == s]
        assert hit, ("double of absent line", s)
        for x in hit:
            x["quantity"] *= 2
    for s, q in ref.get("set", {}).items():
        hit = [x for x in out if x["sku"] == s]
        assert len(hit) <= 1, ("set", s)
        if hit:
            hit[0]["quantity"] = q
        else:
            out.append(jline(s, q))
    for t in ref.get("add", []):
        d = conv(t)
        hit = [x for x in out if key_of(x) == key_of(d)]
        if hit:
            hit[0]["quantity"] += d["quantity"]
        else:
            out.append(d)
    return out


def resolve_line(d, orders):
    bought = collections.defaultdict(set)
    for o in orders:
        for x in o["lines"]:
            bought[x["sku"]].add(x.get("variant"))
    d = dict(d)
    if d["sku"] is None and "candidates" in d:
        have = [c for c in d["candidates"] if c in bought]
        if len(have) != 1:
            return d
        sku = have[0]
        nd = {"sku": sku, "quantity": d["quantity"]}
        if sku in HAS_VAR:
            cv = d.get("candidate_variant")
            if cv and cv in VNAMES[sku]:
                nd["variant"] = cv
            elif len(bought[sku]) == 1:
                nd["variant"] = next(iter(bought[sku]))
            else:
                nd["variant"] = None
        return nd
    if d["sku"] is not None and "variant" in d and d["variant"] is None:
        if len(bought.get(d["sku"], ())) == 1:
            d["variant"] = next(iter(bought[d["sku"]]))
    return d


def build():
    global HISTORY_JSON
    HISTORY_JSON = {}
    hist_rows = []
    for c in cust54.C:
        key, name, kind, ch, addr, lang = c[:6]
        orders = [{"date": o["date"], "lines": [hist_line(t) for t in o["lines"]]} for o in HIST[key]]
        row = {
            "customer": key,
            "name": name,
            "kind": kind,
            "channel": ch,
            "address": addr,
            "language": lang,
            "orders": orders,
        }
        HISTORY_JSON[key] = row
        hist_rows.append(row)

    rows = []
    for msg in msgs54.M:
        c = CUST[msg["cust"]]
        date = "2028-06-%02d" % msg["day"]
        lines = [conv(t) for t in msg["lines"]]
        notes = msg["notes"]
        tags = list(msg["tags"])
        intent = msg["intent"]
        row = {
            "id": None,
            "customer": msg["cust"],
            "date": date,
            "channel": msg["ch"] or c[3],
            "language": msg["lang"],
            "text": msg["text"],
            "intent": intent,
            "lines": lines,
        }
        if intent != "ORDER":
            assert not lines
            tags.append(intent.lower())
        if intent == "CHANGE":
            row["change_lines"] = [conv(t) for t in (msg["change"] or [])]
        low = notes.lower()
        if any(t[0] == "?" for t in msg["lines"]) or any(
            x["sku"] is not None and x.get("variant", 1) is None for x in lines
        ):
            if "ambiguous" not in low:
                notes = (notes + "; " if notes else "") + "ambiguous"
        if any(t[0] == "NIC" for t in msg["lines"]) and "not in catalog" not in low:
            notes = (notes + "; " if notes else "") + "not in catalog"
        if any(x["quantity"] is None for x in lines) and "quantities not stated" not in low:
            notes = (notes + "; " if notes else "") + "quantities not stated"
        if msg["ref"] and "ambiguous" not in notes.lower():
            notes = (notes + "; " if notes else "") + "ambiguous until the reference is looked up"
        row["notes"] = notes
        if any(t[0] == "?" for t in msg["lines"]):
            tags.append("family")
        if any(x["sku"] in HAS_VAR for x in lines) or any(
            x["sku"] in HAS_VAR for x in row.get("change_lines", [])
        ):
            tags.append("variant")
        if any(t[0] == "NIC" for t in msg["lines"]):
            tags.append("not_in_catalog")
        if msg["lang"] != "en":
            tags.append("multilingual")
        if intent == "ORDER":
            blocked = (
                any(x["quantity"] is None or frac(x) for x in lines)
                or any(t[0] == "NIC" for t in msg["lines"])
                or msg["review"] is True
            )
            review = any(line_open(x) or frac(x) for x in lines) or bool(msg["ref"]) or msg["review"] is True
            row["expect_review"] = review
            orders = history_before(msg["cust"], date)
            if msg["ref"]:
                tags.append("reference")
                res = resolve_ref(msg["ref"], orders, lines)
                if res is not None:
                    res = [resolve_line(x, orders) for x in res]
                    row["lines_with_history"] = res
                    row["expect_review_with_history"] = any(line_open(x) or frac(x) for x in res)
            elif msg["outlier"]:
                tags.append("outlier")
                row["lines_with_history"] = [dict(x) for x in lines]
                row["expect_review_with_history"] = True
            elif review and not blocked:
                res = [resolve_line(x, orders) for x in lines]
                if res != lines:
                    row["lines_with_history"] = res
                    row["expect_review_with_history"] = any(line_open(x) or frac(x) for x in res)
            if not review and not msg["outlier"]:
                tags.append("clean")
        seen = []
        for t in tags:
            if t not in seen:
                seen.append(t)
        row["tags"] = seen
        rows.append(row)

    rnd = random.Random(5454)
    rnd.shuffle(rows)
    for i, r in enumerate(rows, 1):
        r["id"] = "sl%03d" % i

    def dump(path, text):
        with open(os.path.join(OUT, path), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)

    dump("catalog54.json", json.dumps(CAT, ensure_ascii=False, indent=1) + "\n")
    dump("holdout54.jsonl", "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    dump("histories54.jsonl", "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in hist_rows))
    print("wrote", len(rows), "messages,", len(CAT["products"]), "products,", len(hist_rows), "customers")


if __name__ == "__main__":
    build()
