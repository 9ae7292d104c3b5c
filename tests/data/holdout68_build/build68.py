# ruff: noqa  (hand-written data generator of blind set 68, kept as its writer left it)
"""Write catalog68.json, histories68.jsonl and holdout68.jsonl (fixed seeds; the same bytes on every run).

usage: python3 build68.py [output_dir]      (default: the parent folder of holdout68_build, i.e. blind68/)

The labels are the hand-written ones of msgs68.py. This script only adds what follows from them by fixed rules:
dates (in message order per customer, 2028-09-04 to 09-10), ids after a fixed-seed shuffle, the standard note
phrases, the derived tags, `expect_review`, and the history labels (`lines_with_history`,
`expect_review_with_history`) computed from the generated histories by the rules of the README section.
"""

import collections
import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import cat68  # noqa: E402
import cust68  # noqa: E402
import msgs68  # noqa: E402

MSG_START = datetime.date(2028, 9, 4)
SHUFFLE_SEED = 6868
HIST_SEED = 6808

CATALOG = cat68.catalog()
PROD = {p["sku"]: p for p in CATALOG["products"]}
VARNAMES = {p["sku"]: [v["name"] for v in p["variants"]] for p in CATALOG["products"] if p["variants"]}


def has_variants(sku):
    return sku in VARNAMES


def num(q):
    if isinstance(q, float) and q.is_integer():
        return int(q)
    return q


def jline(l):
    sku = l["sku"]
    d = {"sku": sku}
    if sku is not None and has_variants(sku):
        assert l["variant"] is not msgs68.NOV, ("variant missing", sku)
        assert l["variant"] is None or l["variant"] in VARNAMES[sku], (sku, l["variant"])
        d["variant"] = l["variant"]
    else:
        assert l["variant"] is msgs68.NOV or sku is None, ("variant on a product without variants", sku)
    d["quantity"] = num(l["qty"])
    if sku is None and l.get("cand"):
        d["candidates"] = list(l["cand"])
        if l.get("cv"):
            d["candidate_variant"] = l["cv"]
    return d


def is_fraction(q):
    return isinstance(q, float) and not q.is_integer()


def is_open(d):
    if d["sku"] is None or d["quantity"] is None or is_fraction(d["quantity"]):
        return True
    return "variant" in d and d["variant"] is None


def hist_products(orders):
    h = collections.defaultdict(set)
    for o in orders:
        for ln in o["lines"]:
            h[ln["sku"]].add(ln.get("variant"))
    return h


def resolve(l, H):
    """One hand-written line (msgs68 form) resolved by the customer's history; returns a JSON line."""
    d = jline(l)
    if d["sku"] is None and l.get("cand"):
        c = [s for s in l["cand"] if s in H]
        if len(c) == 1:
            s = c[0]
            r = {"sku": s}
            if has_variants(s):
                if l.get("cv") and l["cv"] in VARNAMES[s]:
                    v = l["cv"]
                else:
                    vs = sorted(x for x in H[s] if x is not None)
                    v = vs[0] if len(vs) == 1 and not l.get("cv") else None
                r["variant"] = v
            r["quantity"] = d["quantity"]
            return r
        return d
    if d["sku"] is not None and "variant" in d and d["variant"] is None and not l.get("nofill"):
        vs = set(x for x in H.get(d["sku"], set()) if x is not None)
        if l.get("vfit"):
            vs &= set(l["vfit"])
        if len(vs) == 1:
            d = dict(d)
            d["variant"] = sorted(vs)[0]
    return d


def basket_key(lines):
    return tuple(sorted((x["sku"], x.get("variant") or "", x["quantity"]) for x in lines))


def reference_basket(kind, orders):
    if kind == "first" or not orders:
        return None
    if kind == "last":
        return [dict(x) for x in orders[-1]["lines"]]
    cnt = collections.Counter(basket_key(o["lines"]) for o in orders)
    best = cnt.most_common()
    if best[0][1] < 2 or (len(best) > 1 and best[1][1] == best[0][1]):
        return None
    for o in reversed(orders):
        if basket_key(o["lines"]) == best[0][0]:
            return [dict(x) for x in o["lines"]]


def same_line(a, b):
    return a["sku"] == b["sku"] and (b.get("variant") is None or a.get("variant") == b.get("variant"))


def apply_reference(msg, orders, H):
    ref = msg["ref"]
    base = reference_basket(ref["kind"], orders)
    if base is None:
        return None
    base = [x for x in base if x["sku"] not in ref.get("remove", [])]
    for l in msg["lines"]:
        if l.get("op") == "set":
            r = resolve(l, H)
            for x in base:
                if r["sku"] is not None and same_line(x, r):
                    x["quantity"] = r["quantity"]
                    break
            else:
                base.append(r)
    for x in base:
        if x["sku"] in ref.get("double", []):
            x["quantity"] = x["quantity"] * 2
    for l in msg["lines"]:
        if l.get("op") != "set":
            r = resolve(l, H)
            for x in base:
                if r["sku"] is not None and same_line(x, r) and x.get("variant") == r.get("variant"):
                    x["quantity"] = x["quantity"] + r["quantity"]
                    break
            else:
                base.append(r)
    return base


NOTE_AMB, NOTE_NIC, NOTE_QNS = "ambiguous", "not in catalog", "quantities not stated"


def add_phrases(notes, lines):
    need = []
    for d in lines:
        if d["sku"] is None and d.get("candidates"):
            need.append(NOTE_AMB)
        if d["sku"] is None and not d.get("candidates"):
            need.append(NOTE_NIC)
        if "variant" in d and d["variant"] is None:
            need.append(NOTE_AMB)
        if d["quantity"] is None and "not a whole number" not in notes:
            need.append(NOTE_QNS)
        if is_fraction(d["quantity"]) and "not a whole number" not in notes:
            need.append("not a whole number")
    for ph in need:
        if ph not in notes:
            notes = (notes + "; " if notes else "") + ph
    return notes


def build_rows():
    hists = cust68.histories(HIST_SEED)
    orders_of = {h["customer"]: h["orders"] for h in hists}
    per_cust = collections.defaultdict(list)
    for msg in msgs68.MSGS:
        per_cust[msg["customer"]].append(msg)
    date_of = {}
    for cu, ms in per_cust.items():
        k = len(ms)
        for i, msg in enumerate(ms):
            date_of[id(msg)] = (MSG_START + datetime.timedelta(days=(i * 7) // k)).isoformat()
    rows = []
    for msg in msgs68.MSGS:
        cu = cust68.CUST[msg["customer"]]
        orders = orders_of[cu["key"]]
        H = hist_products(orders)
        intent = msg["intent"]
        lines = [jline(l) for l in msg["lines"]]
        row = collections.OrderedDict()
        row["id"] = None
        row["channel"] = msg["channel"] or cu["channel"]
        row["customer"] = cu["key"]
        row["date"] = date_of[id(msg)]
        row["language"] = cu["language"]
        row["text"] = msg["text"]
        row["intent"] = intent
        row["lines"] = lines
        notes = msg["notes"]
        tags = list(msg["tags"])
        if intent == "ORDER":
            er = bool(msg["ref"]) or bool(msg["hold"]) or any(is_open(d) for d in lines)
            if msg["outlier"]:
                assert not er, msg["text"]
            row["expect_review"] = er
            eligible = not msg["hold"] and not any(
                d["quantity"] is None
                or is_fraction(d["quantity"])
                or (d["sku"] is None and not d.get("candidates"))
                for d in lines
            )
            lwh = None
            if eligible:
                if msg["ref"]:
                    lwh = apply_reference(msg, orders, H)
                else:
                    lwh = [resolve(l, H) for l in msg["lines"]]
            if lwh is not None:
                erwh = bool(msg["hold"]) or any(is_open(d) for d in lwh) or msg["outlier"]
                if lwh != lines or erwh != er:
                    row["lines_with_history"] = lwh
                    row["expect_review_with_history"] = erwh
                    notes = add_phrases(notes, lwh)
            notes = add_phrases(notes, lines)
        else:
            assert not lines, msg["text"]
        if intent == "CHANGE":
            row["change_lines"] = [jline(l) for l in (msg["change"] or [])]
        else:
            assert msg["change"] is None, msg["text"]
        row["notes"] = notes
        auto = []
        if intent != "ORDER":
            auto.append(intent.lower())
        if cu["language"] != "en":
            auto.append("multilingual")
        if any(d.get("candidates") for d in lines):
            auto.append("family")
        if any(d["sku"] is not None and has_variants(d["sku"]) for d in lines + row.get("change_lines", [])):
            auto.append("variant")
        if any(d["sku"] is None and not d.get("candidates") for d in lines):
            auto.append("not_in_catalog")
        if msg["ref"]:
            auto.append("reference")
        if msg["outlier"]:
            auto.append("outlier")
        if cu["pattern"] == "new":
            auto.append("new_customer")
        if intent == "ORDER" and not row["expect_review"] and not msg["outlier"]:
            auto.append("clean")
        if msg["hold"] and msg["hold"] not in tags:
            auto.append(msg["hold"])
        out = []
        for t in tags + auto:
            if t not in out:
                out.append(t)
        row["tags"] = out
        rows.append(row)
    random.Random(SHUFFLE_SEED).shuffle(rows)
    for i, row in enumerate(rows, 1):
        row["id"] = "ag%03d" % i
    return rows, hists


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
    os.makedirs(out, exist_ok=True)
    rows, hists = build_rows()
    with open(os.path.join(out, "catalog68.json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(CATALOG, ensure_ascii=False, indent=2) + "\n")
    with open(os.path.join(out, "histories68.jsonl"), "w", encoding="utf-8") as f:
        for h in hists:
            f.write(json.dumps(h, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "holdout68.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(
        "wrote %d messages, %d customers, %d products to %s"
        % (len(rows), len(hists), len(CATALOG["products"]), out)
    )


if __name__ == "__main__":
    main()
