# ruff: noqa  (hand-written data generator of blind set 55, kept as its writer left it)
"""Build catalog55.json, holdout55.jsonl and histories55.jsonl into the parent folder (deterministic)."""

import json, os, random, datetime, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import cat55, cust55, msgs55

CAT = cat55.catalog()
PROD = {p["sku"]: p for p in CAT["products"]}
HIST = cust55.histories()
HBY = {h["customer"]: h for h in HIST}
CUST = {c[0]: c for c in cust55.C}


def key(lines):
    return tuple(sorted((x["sku"], x.get("variant"), x["quantity"]) for x in lines))


def base_basket(cust, ref):
    orders = HBY[cust]["orders"]
    if not orders:
        return None
    if ref == "last":
        return [dict(x) for x in orders[-1]["lines"]]
    cnt = Counter(key(o["lines"]) for o in orders)
    top = cnt.most_common()
    if len(top) > 1 and top[0][1] == top[1][1] or top[0][1] < 2:
        return None
    for o in orders:
        if key(o["lines"]) == top[0][0]:
            return [dict(x) for x in o["lines"]]


def bought(cust):
    s = {}
    for o in HBY[cust]["orders"]:
        for x in o["lines"]:
            s.setdefault(x["sku"], set()).add(x.get("variant"))
    return s


def resolve(line, cust, keepnull=False):
    b = bought(cust)
    x = dict(line)
    if x["sku"] is None and x.get("candidates"):
        hit = [c for c in x["candidates"] if c in b]
        if len(hit) != 1:
            return x
        sku = hit[0]
        p = PROD[sku]
        y = {"sku": sku}
        if p["variants"]:
            names = [v["name"] for v in p["variants"]]
            cv = x.get("candidate_variant")
            if cv and cv in names:
                y["variant"] = cv
            elif len(b[sku]) == 1:
                y["variant"] = next(iter(b[sku]))
            else:
                y["variant"] = None
        y["quantity"] = x["quantity"]
        return y
    if x["sku"] and PROD[x["sku"]]["variants"] and x.get("variant") is None and not keepnull:
        vs = b.get(x["sku"], set())
        if len(vs) == 1:
            x["variant"] = next(iter(vs))
    return x


def is_open(x):
    return x["sku"] is None or x["quantity"] is None or ("variant" in x and x["variant"] is None)


def add_std_notes(r):
    notes = r.get("notes", "")
    need = []
    for x in r["lines"]:
        if x["sku"] is None and x.get("candidates"):
            need.append("ambiguous")
        elif x["sku"] is None:
            need.append("not in catalog")
        elif "variant" in x and x["variant"] is None:
            need.append("ambiguous")
        if x["quantity"] is None and not ("quantities not stated" in notes or "not a whole number" in notes):
            need.append("quantities not stated")
    for w in need:
        if w not in notes:
            notes = (notes + "; " if notes else "") + w
    return notes


def build_rows():
    rows = []
    rank = Counter()
    total = Counter(m["cust"] for m in msgs55.M)
    for m in msgs55.M:
        c = CUST[m["cust"]]
        r = {"channel": c[3], "customer": m["cust"]}
        k = rank[m["cust"]]
        rank[m["cust"]] += 1
        r["date"] = (
            datetime.date(2028, 6, 5) + datetime.timedelta(days=k * 7 // total[m["cust"]])
        ).isoformat()
        r["language"] = m["lang"]
        r["text"] = m["text"]
        r["intent"] = m["intent"]
        tags = set(m.get("tags", []))
        if m["intent"] != "ORDER":
            r["lines"] = []
            tags.add(m["intent"].lower())
            if m["intent"] == "CHANGE":
                r["change_lines"] = m["change"]
        else:
            lines = [dict(x) for x in m["lines"]]
            r["lines"] = lines
            ref = m.get("ref")
            review = bool(m.get("review")) or bool(ref) or any(is_open(x) for x in lines)
            r["expect_review"] = review
            if m.get("outlier"):
                r["lines_with_history"] = lines
                r["expect_review_with_history"] = True
            elif review and not m.get("nohist"):
                if ref:
                    base = base_basket(m["cust"], ref)
                    if base is not None:
                        rm = set(m.get("remove", []))
                        rep = set(m.get("rep", []))
                        dbl = set(m.get("double", []))
                        out = [x for x in base if x["sku"] not in rm]
                        for x in out:
                            if x["sku"] in dbl:
                                x["quantity"] *= 2
                        for x in lines:
                            y = resolve(x, m["cust"], m.get("keepnull"))
                            same = [
                                z
                                for z in out
                                if y["sku"] and z["sku"] == y["sku"] and z.get("variant") == y.get("variant")
                            ]
                            if same and y["quantity"] is not None:
                                if y["sku"] in rep:
                                    same[0]["quantity"] = y["quantity"]
                                else:
                                    same[0]["quantity"] += y["quantity"]
                            else:
                                out.append(y)
                        r["lines_with_history"] = out
                        r["expect_review_with_history"] = any(is_open(x) for x in out)
                else:
                    out = [resolve(x, m["cust"], m.get("keepnull")) for x in lines]
                    if out != lines:
                        r["lines_with_history"] = out
                        r["expect_review_with_history"] = any(is_open(x) for x in out) or bool(
                            m.get("review")
                        )
            if m.get("outlier"):
                tags.add("outlier")
            elif not review:
                tags.add("clean")
            if any(x["sku"] is None and x.get("candidates") for x in lines):
                tags.add("family")
            if any(x["sku"] is None and not x.get("candidates") for x in lines):
                tags.add("not_in_catalog")
            if any("variant" in x for x in lines):
                tags.add("variant")
            if ref:
                tags.add("reference")
        if m["lang"] != "en":
            tags.add("multilingual")
        notes = add_std_notes(r) if m["intent"] == "ORDER" else m.get("notes", "")
        if m["intent"] == "ORDER" and m.get("notes") and not notes.startswith(m["notes"]):
            notes = m["notes"] + "; " + notes
        if notes:
            r["notes"] = notes
        r["tags"] = sorted(tags)
        rows.append(r)
    random.Random(5555).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append(dict([("id", "lb%03d" % i)] + list(r.items())))
    return out


def main():
    rows = build_rows()
    with open(os.path.join(OUT, "catalog55.json"), "w", encoding="utf-8") as fh:
        json.dump(CAT, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    with open(os.path.join(OUT, "holdout55.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "histories55.jsonl"), "w", encoding="utf-8") as fh:
        for h in HIST:
            fh.write(json.dumps(h, ensure_ascii=False) + "\n")
    print("wrote %d messages, %d products, %d customers" % (len(rows), len(CAT["products"]), len(HIST)))


if __name__ == "__main__":
    main()
