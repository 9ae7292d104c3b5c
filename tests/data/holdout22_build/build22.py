# ruff: noqa  (hand-written data generator of blind set 22, kept as its writer left it)
"""Rewrite catalog22.json, histories22.jsonl and holdout22.jsonl (fixed seeds; same bytes on every run)."""

import collections
import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import cat22  # noqa: E402
import cust22  # noqa: E402
import msgs22  # noqa: E402

OUT = os.path.dirname(HERE)
BASE = datetime.date(2027, 6, 7)


def dump(obj):
    return json.dumps(obj, ensure_ascii=False)


def main():
    catalog = cat22.catalog()
    prods = {p["sku"]: p for p in catalog["products"]}
    hist = cust22.histories()
    hmap = {h["customer"]: h for h in hist}
    custs = {c["customer"]: c for c in cust22.C}

    def has_var(sku):
        return bool(prods[sku]["variants"])

    def clean_line(l):
        d = {"sku": l["sku"]}
        if l["sku"] is not None and has_var(l["sku"]):
            if "variant" not in l:
                raise SystemExit("variant missing on %r" % l)
            d["variant"] = l["variant"]
        elif "variant" in l:
            raise SystemExit("variant on product without variants %r" % l)
        d["quantity"] = l["quantity"]
        if l.get("candidates"):
            d["candidates"] = list(l["candidates"])
        if l.get("candidate_variant"):
            d["candidate_variant"] = l["candidate_variant"]
        return d

    def bought(cid):
        b = collections.defaultdict(set)
        for o in hmap[cid]["orders"]:
            for l in o["lines"]:
                b[l["sku"]].add(l.get("variant"))
        return b

    def resolve(l, b):
        """History rule: a family line is resolved when exactly one candidate is in the customer's earlier orders;
        it takes the variant named in the text, or the customer's only variant. A missing variant is filled when
        the customer has bought exactly one."""
        l = dict(l)
        if l["sku"] is None and l.get("candidates"):
            inter = [c for c in l["candidates"] if c in b]
            if len(inter) == 1:
                sku = inter[0]
                n = {"sku": sku, "quantity": l["quantity"]}
                if has_var(sku):
                    cv = l.get("candidate_variant")
                    if cv:
                        n["variant"] = cv
                    elif len(b[sku]) == 1:
                        n["variant"] = next(iter(b[sku]))
                    else:
                        n["variant"] = None
                for k in ("_qn",):
                    if k in l:
                        n[k] = l[k]
                return n
            return l
        if l["sku"] is not None and has_var(l["sku"]) and l.get("variant") is None and not l.get("_nofill"):
            if len(b.get(l["sku"], ())) == 1:
                l["variant"] = next(iter(b[l["sku"]]))
        return l

    def basket_key(lines):
        return tuple(sorted((l["sku"], l.get("variant") or "", l["quantity"]) for l in lines))

    def ref_lines(cid, ref):
        orders = hmap[cid]["orders"]
        if not orders or ref == "none":
            return None
        if ref == "last":
            return [dict(l) for l in orders[-1]["lines"]]
        cnt = collections.Counter(basket_key(o["lines"]) for o in orders)
        top = cnt.most_common()
        if len(top) > 1 and top[0][1] == top[1][1]:
            return None
        for o in orders:
            if basket_key(o["lines"]) == top[0][0]:
                return [dict(l) for l in o["lines"]]

    def is_open(l):
        return l["sku"] is None or l["quantity"] is None or (has_var(l["sku"]) and l.get("variant") is None)

    def auto_notes(lines):
        out = []
        for l in lines:
            if l["sku"] is None and l.get("candidates"):
                out.append("ambiguous: " + " or ".join(l["candidates"]))
            elif l["sku"] is None:
                out.append("not in catalog: " + l.get("_item", "item"))
            elif has_var(l["sku"]) and l.get("variant") is None:
                out.append("ambiguous: variant not stated for " + l["sku"])
            if l["quantity"] is None:
                out.append(l.get("_qn", "quantities not stated"))
        return out

    rows = []
    per_c = collections.Counter()
    for msg in msgs22.MS:
        cid = msg["customer"]
        cu = custs[cid]
        k = per_c[cid]
        per_c[cid] += 1
        day = msg["day"] if msg["day"] is not None else (k * 2 + len(cid)) % 6
        lang = msg["language"] or cu["language"]
        row = {
            "customer": cid,
            "date": (BASE + datetime.timedelta(days=day)).isoformat(),
            "channel": msg["channel"] or cu["channel"],
            "language": lang,
            "text": msg["text"],
            "intent": msg["intent"],
        }
        lines = msg["lines"]
        tags = list(msg["tags"])
        notes = []
        if msg["intent"] == "ORDER":
            row["lines"] = [clean_line(l) for l in lines]
            review = any(is_open(l) for l in lines) or bool(msg["why"]) or msg["ref"] is not None
            if msg["outlier"]:
                review = False
            row["expect_review"] = review
            notes += auto_notes(lines)
            if msg["ref"] is not None:
                notes.append("reference to an earlier order")
            if msg["why"]:
                notes.append(msg["why"])
            b = bought(cid)
            if msg["outlier"]:
                row["lines_with_history"] = row["lines"]
                row["expect_review_with_history"] = True
                notes.append("outlier: far above the customer's usual quantity")
            elif msg["ref"] is not None:
                base = ref_lines(cid, msg["ref"])
                if base is not None:
                    for mod in msg["mods"]:
                        if mod[0] == "remove":
                            base = [l for l in base if l["sku"] != mod[1]]
                        elif mod[0] == "set":
                            hit = [l for l in base if l["sku"] == mod[1]]
                            assert len(hit) == 1, (cid, mod)
                            hit[0]["quantity"] = mod[2]
                        elif mod[0] == "double":
                            hit = [l for l in base if l["sku"] == mod[1]]
                            assert len(hit) == 1, (cid, mod)
                            hit[0]["quantity"] *= 2
                        elif mod[0] == "add":
                            a = resolve(mod[1], b)
                            hit = [
                                l
                                for l in base
                                if l["sku"] == a["sku"]
                                and a["sku"] is not None
                                and l.get("variant") == a.get("variant")
                            ]
                            if hit:
                                hit[0]["quantity"] += a["quantity"]
                            else:
                                base.append(a)
                    row["lines_with_history"] = [clean_line(l) for l in base]
                    row["expect_review_with_history"] = any(is_open(l) for l in base) or bool(msg["why"])
                    notes.append("with history: the referenced order with the message's changes")
            elif msg["hist"]:
                res = [resolve(l, b) for l in lines]
                lw = [clean_line(l) for l in res]
                rw = any(is_open(l) for l in res) or bool(msg["why"])
                if lw != row["lines"] or rw != review:
                    row["lines_with_history"] = lw
                    row["expect_review_with_history"] = rw
                    if rw:
                        notes.append("with history a line stays open")
                    else:
                        notes.append("with history the customer's only bought member/variant settles it")
            if not review and not msg["outlier"]:
                tags.append("clean")
        else:
            assert not lines
            row["lines"] = []
        if msg["intent"] == "CHANGE":
            row["change_lines"] = [clean_line(l) for l in msg["change"]]
        if msg["note"]:
            notes.append(msg["note"])
        row["notes"] = "; ".join(notes)
        auto = {
            "QUESTION": "question",
            "COMPLAINT": "complaint",
            "OTHER": "other",
            "CANCEL": "cancel",
            "CHANGE": "change",
        }
        if msg["intent"] in auto:
            tags.append(auto[msg["intent"]])
        if lang != "en":
            tags.append("multilingual")
        seen = []
        for t in tags:
            if t not in seen:
                seen.append(t)
        row["tags"] = seen
        rows.append(row)

    rng = random.Random(22)
    rng.shuffle(rows)
    out_rows = []
    for i, r in enumerate(rows, 1):
        o = {"id": "w%03d" % i}
        o.update(r)
        out_rows.append(o)

    with open(os.path.join(OUT, "catalog22.json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(catalog, ensure_ascii=False, indent=1) + "\n")
    with open(os.path.join(OUT, "histories22.jsonl"), "w", encoding="utf-8") as f:
        for h in hist:
            f.write(dump(h) + "\n")
    with open(os.path.join(OUT, "holdout22.jsonl"), "w", encoding="utf-8") as f:
        for r in out_rows:
            f.write(dump(r) + "\n")
    print(
        "wrote %d products, %d customers, %d messages" % (len(catalog["products"]), len(hist), len(out_rows))
    )


if __name__ == "__main__":
    main()
