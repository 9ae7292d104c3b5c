# ruff: noqa  (hand-written data generator of blind set 25, kept as its writer left it)
"""Rebuild catalog25.json, histories25.jsonl and holdout25.jsonl (fixed seeds, byte-identical)."""

import datetime as dt
import json
import os
import random
from collections import Counter

import cat25
import cust25
import msgs25

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
CAT = cat25.catalog()
PROD = {p["sku"]: p for p in CAT["products"]}
HAS_V = {s: bool(p["variants"]) for s, p in PROD.items()}
HARD = {"range", "conditional", "credit"}


def dumps(o):
    return json.dumps(o, ensure_ascii=False)


def out_line(l):
    d = {"sku": l["sku"]}
    if l["sku"] is not None and HAS_V[l["sku"]]:
        d["variant"] = None if l.get("variant", msgs25.NOV) is msgs25.NOV else l["variant"]
    d["quantity"] = l["quantity"]
    if l.get("candidates"):
        d["candidates"] = l["candidates"]
        if l.get("cv"):
            d["candidate_variant"] = l["cv"]
    return d


def key(l):
    return (l["sku"], l.get("variant"))


def cust_stats(h):
    skus, vars_ = set(), {}
    for o in h["orders"]:
        for l in o["lines"]:
            skus.add(l["sku"])
            if "variant" in l:
                vars_.setdefault(l["sku"], set()).add(l["variant"])
    return skus, vars_


def usual(h):
    c = Counter(
        tuple(sorted((l["sku"], l.get("variant") or "", l["quantity"]) for l in o["lines"]))
        for o in h["orders"]
    )
    if not c:
        return None
    top = c.most_common()
    if top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    for o in h["orders"]:
        if tuple(sorted((l["sku"], l.get("variant") or "", l["quantity"]) for l in o["lines"])) == top[0][0]:
            return [dict(l) for l in o["lines"]]


def resolve(l, skus, vars_):
    """Resolve one output line with the customer's history (family by the only bought candidate; variant by the
    only bought variant)."""
    l = dict(l)
    if l.get("_nofill"):
        return l
    if l["sku"] is None and l.get("candidates"):
        inh = [c for c in l["candidates"] if c in skus]
        if len(inh) == 1:
            s = inh[0]
            cv = l.get("candidate_variant")
            l = {"sku": s, "quantity": l["quantity"]}
            if HAS_V[s]:
                if cv and cv in [v["name"] for v in PROD[s]["variants"]]:
                    l["variant"] = cv
                else:
                    vs = vars_.get(s, set())
                    l["variant"] = next(iter(vs)) if len(vs) == 1 else None
            l = {k: l[k] for k in ("sku", "variant", "quantity") if k in l}
    elif l["sku"] is not None and HAS_V[l["sku"]] and l.get("variant") is None:
        vs = vars_.get(l["sku"], set())
        if len(vs) == 1:
            l["variant"] = next(iter(vs))
    return l


def open_line(l):
    return l["sku"] is None or l["quantity"] is None or ("variant" in l and l["variant"] is None)


def build():
    hist = cust25.histories(lambda s: HAS_V[s])
    H = {h["customer"]: h for h in hist}
    rows = []
    for m in msgs25.MSGS:
        h = H[m["cust"]]
        date = (cust25.MSG_START + dt.timedelta(days=m["day"])).isoformat()
        r = {"id": None, "channel": m["ch"], "text": m["text"], "intent": m["intent"]}
        lines = []
        for l in m["lines"]:
            o = out_line(l)
            if l.get("nofill"):
                o["_nofill"] = True
            o["_role"] = l["role"]
            o["_nic"] = l.get("nic")
            lines.append(o)
        tags = list(m["tags"])
        notes = m["notes"]
        flags = set(m["flags"])
        if m["intent"] == "ORDER":
            review = (
                any(open_line(l) for l in lines)
                or bool(flags & HARD)
                or m["hist"] is not None
                or any(
                    isinstance(l["quantity"], float) and l["quantity"] != int(l["quantity"])
                    for l in lines
                    if l["quantity"] is not None
                )
            )
            if m["review"] is not None:
                review = m["review"]
            if "outlier" in flags:
                review = False
            # note phrases
            if any(l["sku"] is None and l.get("candidates") for l in lines) or any(
                "variant" in l and l["variant"] is None for l in lines
            ):
                if "ambiguous" not in notes:
                    notes = (notes + "; " if notes else "") + "ambiguous"
            if any(l["_nic"] for l in lines) and "not in catalog" not in notes:
                notes = (
                    (notes + "; " if notes else "")
                    + "not in catalog: "
                    + ", ".join(l["_nic"] for l in lines if l["_nic"])
                )
            if (
                any(l["quantity"] is None for l in lines)
                and "quantities not stated" not in notes
                and "not a whole number" not in notes
            ):
                notes = (notes + "; " if notes else "") + "quantities not stated"
            if any(l["sku"] is None and l.get("candidates") for l in lines) and "family" not in tags:
                tags.append("family")
            if any(l["_nic"] for l in lines) and "not_in_catalog" not in tags:
                tags.append("not_in_catalog")
            if any(l["sku"] and HAS_V[l["sku"]] for l in lines) and "variant" not in tags:
                tags.append("variant")
            # history
            lwh, rwh = None, None
            skus, vars_ = cust_stats(h)
            hard = bool(flags & HARD) or any(l["quantity"] is None or l["_nic"] for l in lines)
            if "outlier" in flags:
                lwh, rwh = [dict(l) for l in lines], True
            elif m["hist"] is not None:
                base = (
                    usual(h)
                    if m["hist"]["ref"] == "usual"
                    else (dict(o) for o in h["orders"][-1]["lines"])
                    if h["orders"]
                    else None
                )
                base = list(base) if base is not None else None
                if base is not None and not hard:
                    b = [dict(x) for x in base]
                    for s in m["hist"]["remove"]:
                        b = [x for x in b if x["sku"] != s]
                    for s in m["hist"]["double"]:
                        for x in b:
                            if x["sku"] == s:
                                x["quantity"] *= 2
                    for l in lines:
                        rl = resolve(l, skus, vars_)
                        rl = {k: v for k, v in rl.items() if not k.startswith("_")}
                        match = [
                            x
                            for x in b
                            if rl["sku"] is not None
                            and x["sku"] == rl["sku"]
                            and (
                                "variant" not in rl
                                or rl["variant"] is None
                                or x.get("variant") == rl["variant"]
                            )
                        ]
                        if l["_role"] == "set" and match:
                            match[0]["quantity"] = rl["quantity"]
                        elif match and not open_line(rl):
                            match[0]["quantity"] += rl["quantity"]
                        else:
                            b.append(rl)
                    lwh = [{k: x[k] for k in ("sku", "variant", "quantity") if k in x} for x in b]
                    rwh = any(open_line(x) for x in lwh)
            elif not hard:
                res = [resolve(l, skus, vars_) for l in lines]
                res = [{k: v for k, v in x.items() if not k.startswith("_")} for x in res]
                clean_lines = [{k: v for k, v in x.items() if not k.startswith("_")} for x in lines]
                if res != clean_lines:
                    lwh, rwh = res, any(open_line(x) for x in res) or bool(flags & HARD)
            if m["hist"] is not None and "reference" not in tags:
                tags.append("reference")
            if not review and "outlier" not in flags:
                tags.insert(0, "clean")
        r["lines"] = [{k: v for k, v in l.items() if not k.startswith("_")} for l in lines]
        r["notes"] = notes
        r["customer"] = m["cust"]
        r["date"] = date
        r["language"] = m["lang"]
        if m["intent"] == "ORDER":
            r["expect_review"] = review
            if lwh is not None:
                r["lines_with_history"] = [{k: v for k, v in l.items() if not k.startswith("_")} for l in lwh]
                r["expect_review_with_history"] = rwh
        if m["intent"] == "CHANGE":
            r["change_lines"] = [{k: v for k, v in out_line(l).items()} for l in m["change"]]
        it = m["intent"].lower()
        if it in ("question", "complaint", "other", "cancel", "change") and it not in tags:
            tags.append(it)
        if m["lang"] != "en" and "multilingual" not in tags:
            tags.append("multilingual")
        r["tags"] = tags
        rows.append(r)
    rng = random.Random(25025)
    rng.shuffle(rows)
    for i, r in enumerate(rows):
        r["id"] = "a%03d" % (i + 1)
    with open(os.path.join(OUT, "catalog25.json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(CAT, ensure_ascii=False, indent=1) + "\n")
    with open(os.path.join(OUT, "histories25.jsonl"), "w", encoding="utf-8") as f:
        for h in hist:
            f.write(dumps(h) + "\n")
    with open(os.path.join(OUT, "holdout25.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(dumps(r) + "\n")


if __name__ == "__main__":
    build()
