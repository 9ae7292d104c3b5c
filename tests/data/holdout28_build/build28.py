# ruff: noqa  (hand-written data generator of blind set 28, kept as its writer left it)
"""Rewrites catalog28.json, histories28.jsonl and holdout28.jsonl (fixed seeds, byte-identical rebuilds).

Run from anywhere: python3 build28.py
The messages and plain labels are hand-written in msgs28.py; this script adds the standard note phrases,
the automatic tags and the labels that depend on history, by the rules in readme28.md.
"""

import collections
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

import cat28  # noqa: E402
import cust28  # noqa: E402
import msgs28  # noqa: E402

SEED = 2828


def dump_line(l):
    d = collections.OrderedDict()
    d["sku"] = l["sku"]
    d["quantity"] = l["quantity"]
    if "variant" in l:
        d["variant"] = l["variant"]
    if "candidates" in l:
        d["candidates"] = list(l["candidates"])
    if "candidate_variant" in l:
        d["candidate_variant"] = l["candidate_variant"]
    return dict(d)


def main():
    catalog = cat28.build_catalog()
    prods = {p["sku"]: p for p in catalog["products"]}
    has_var = {s: bool(p["variants"]) for s, p in prods.items()}
    histories = cust28.build_histories()
    hist = {h["customer"]: h for h in histories}
    custs = {c["key"]: c for c in cust28.CUSTOMERS}

    def bought(cust):
        skus, vars_ = set(), collections.defaultdict(set)
        for o in hist[cust]["orders"]:
            for l in o["lines"]:
                skus.add(l["sku"])
                if "variant" in l:
                    vars_[l["sku"]].add(l["variant"])
        return skus, vars_

    def is_open(l):
        return l["sku"] is None or l["quantity"] is None or ("variant" in l and l["variant"] is None)

    def fractional(l):
        return l["quantity"] is not None and float(l["quantity"]) != int(l["quantity"])

    def resolve(l, skus, vb, nofill):
        l = dict(l)
        if l["sku"] is None and l.get("candidates"):
            hit = [c for c in l["candidates"] if c in skus]
            if len(hit) != 1:
                return l
            s = hit[0]
            n = {"sku": s, "quantity": l["quantity"]}
            if has_var[s]:
                names = [v["name"] for v in prods[s]["variants"]]
                cv = l.get("candidate_variant")
                if cv in names:
                    n["variant"] = cv
                elif nofill or cv:
                    n["variant"] = None
                else:
                    n["variant"] = next(iter(vb[s])) if len(vb[s]) == 1 else None
            return n
        if l["sku"] is not None and has_var[l["sku"]] and l.get("variant") is None and not nofill:
            if len(vb[l["sku"]]) == 1:
                l["variant"] = next(iter(vb[l["sku"]]))
        return l

    def usual_basket(cust):
        orders = hist[cust]["orders"]
        if not orders:
            return None
        keyf = lambda o: json.dumps(o["lines"], sort_keys=True)  # noqa: E731
        cnt = collections.Counter(keyf(o) for o in orders)
        top = cnt.most_common()
        if len(top) > 1 and top[0][1] == top[1][1]:
            return None
        if top[0][1] < 2:
            return None
        best = top[0][0]
        return [dict(l) for l in json.loads(best)]

    rows = []
    for m in msgs28.MESSAGES:
        c = custs[m["customer"]]
        lang = m["lang"] or c["language"]
        channel = m["channel"] or c["channel"]
        lines = []
        notes = m["notes"]
        missing = []
        for l in m["lines"]:
            l = dict(l)
            if "_item" in l:
                missing.append(l.pop("_item"))
            if l["sku"] is not None:
                assert ("variant" in l) == has_var[l["sku"]], (m["text"][:40], l)
            lines.append(l)
        tags = list(m["tags"])
        row = collections.OrderedDict()
        row["customer"] = m["customer"]
        row["date"] = m["date"]
        row["channel"] = channel
        row["language"] = lang
        row["text"] = m["text"]
        row["intent"] = m["intent"]
        row["lines"] = [dump_line(l) for l in lines]

        # standard note phrases
        add = []
        if any(l["sku"] is None and l.get("candidates") for l in lines) and "ambiguous" not in notes:
            add.append("ambiguous")
        if any(
            "variant" in l and l["variant"] is None for l in lines
        ) and "ambiguous" not in notes + " ".join(add):
            add.append("ambiguous (variant not stated)")
        if missing and "not in catalog" not in notes:
            add.append("not in catalog: " + ", ".join(missing))
        if any(l["quantity"] is None for l in lines) and not (
            "quantities not stated" in notes or "not a whole number" in notes
        ):
            add.append("quantities not stated")
        if m["ref"] is not None and "ambiguous" not in notes + " ".join(add):
            add.append("ambiguous (refers to an earlier order the text does not repeat)")
        notes = "; ".join([n for n in [notes] + add if n])
        row["notes"] = notes

        if m["intent"] == "ORDER":
            review = (
                bool(m["review"])
                or m["ref"] is not None
                or any(is_open(l) for l in lines)
                or any(fractional(l) for l in lines)
            )
            if m["outlier"]:
                assert not review
            row["expect_review"] = review
            # history
            skus, vb = bought(m["customer"])
            new_lines, new_review = None, None
            if m["outlier"]:
                new_lines, new_review = [dict(l) for l in lines], True
                tags.append("outlier")
            elif m["nohist"]:
                pass
            elif m["ref"] is not None:
                ref = m["ref"]
                base = (
                    usual_basket(m["customer"])
                    if ref["kind"] == "usual"
                    else (
                        [dict(l) for l in hist[m["customer"]]["orders"][-1]["lines"]]
                        if hist[m["customer"]]["orders"]
                        else None
                    )
                )
                if base is None:
                    if "ambiguous_reference" not in tags:
                        tags.append("ambiguous_reference")
                else:
                    base = [l for l in base if l["sku"] not in ref.get("remove", [])]
                    for l in base:
                        if l["sku"] in ref.get("double", []):
                            l["quantity"] = l["quantity"] * 2
                    for i, l in enumerate(lines):
                        r = resolve(l, skus, vb, m["nofill"])
                        same = [b for b in base if b["sku"] == r["sku"] and r["sku"] is not None]
                        if i in ref.get("set", []):
                            if r.get("variant") is not None:
                                same_v = [b for b in same if b.get("variant") == r["variant"]]
                                same = same_v or same
                            assert len(same) == 1, (m["text"], r)
                            same[0]["quantity"] = r["quantity"]
                            if r.get("variant") is not None:
                                same[0]["variant"] = r["variant"]
                        else:
                            same = [b for b in same if b.get("variant") == r.get("variant")]
                            if same and r["quantity"] is not None:
                                same[0]["quantity"] = same[0]["quantity"] + r["quantity"]
                            else:
                                base.append(r)
                    new_lines = base
                    new_review = any(is_open(l) for l in base) or any(fractional(l) for l in base)
            else:
                new_lines = [resolve(l, skus, vb, m["nofill"]) for l in lines]
                new_review = (
                    bool(m["review"])
                    or any(is_open(l) for l in new_lines)
                    or any(fractional(l) for l in new_lines)
                )
            if new_lines is not None:
                norm_old = [dump_line(l) for l in lines]
                norm_new = [dump_line(l) for l in new_lines]
                if norm_new != norm_old or new_review != review:
                    row["lines_with_history"] = norm_new
                    row["expect_review_with_history"] = new_review
            if not review and not m["outlier"]:
                tags.append("clean")
        else:
            assert not lines, m["text"]
        if m["intent"] == "CHANGE":
            assert m["change"] is not None
            for l in m["change"]:
                assert ("variant" in l) == has_var[l["sku"]]
            row["change_lines"] = [dump_line(l) for l in m["change"]]
        else:
            assert m["change"] is None
        # automatic tags
        if m["intent"] != "ORDER":
            tags.append(m["intent"].lower())
        if m["ref"] is not None:
            tags.append("reference")
        all_lines = lines + (m["change"] or [])
        if any(l["sku"] is None and l.get("candidates") for l in lines):
            tags.append("family")
        if any(
            (l["sku"] and has_var[l["sku"]]) or any(has_var[x] for x in l.get("candidates", []))
            for l in all_lines
        ):
            tags.append("variant")
        if missing:
            tags.append("not_in_catalog")
        if lang != "en":
            tags.append("multilingual")
        if c["pattern"] == "new":
            tags.append("new_customer")
        seen, out = set(), []
        for t in tags:
            if t not in seen:
                seen.add(t)
                out.append(t)
        row["tags"] = out
        rows.append(row)

    rng = random.Random(SEED)
    rng.shuffle(rows)
    final = []
    for i, r in enumerate(rows, 1):
        d = collections.OrderedDict([("id", "p%03d" % i)])
        d.update(r)
        final.append(d)

    with open(os.path.join(OUT, "catalog28.json"), "w", encoding="utf-8") as f:
        json.dump(catalog, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(OUT, "histories28.jsonl"), "w", encoding="utf-8") as f:
        for h in histories:
            f.write(json.dumps(h, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "holdout28.jsonl"), "w", encoding="utf-8") as f:
        for r in final:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(
        "wrote %d products, %d customers, %d messages"
        % (len(catalog["products"]), len(histories), len(final))
    )


if __name__ == "__main__":
    main()
