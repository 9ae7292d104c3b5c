# ruff: noqa  (hand-written data generator of blind set 45, kept as its writer left it)
"""Build blind set 45: catalog45.json, histories45.jsonl and holdout45.jsonl in the parent folder.

Deterministic: fixed seeds, no dependence on PYTHONHASHSEED. Python 3.11 standard library only.
"""

import datetime
import json
import os
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)

from cat45 import catalog, has_variants, variant_names, BY_SKU  # noqa: E402
from cust45 import build_histories, CUSTOMERS  # noqa: E402
from msgs45 import MSGS  # noqa: E402

START = datetime.date(2028, 5, 8)
CHANNEL = {c[0]: c[3] for c in CUSTOMERS}
LANG = {c[0]: c[5] for c in CUSTOMERS}
SHUFFLE_SEED = 4545


def out_line(l):
    """Public form of a label line (drops private flags, adds the variant key where needed)."""
    d = {"sku": l["sku"]}
    if l["sku"] is not None and has_variants(l["sku"]):
        d["variant"] = l.get("variant")
    d["quantity"] = l["quantity"]
    if l["sku"] is None and l.get("candidates"):
        d["candidates"] = list(l["candidates"])
        if l.get("candidate_variant"):
            d["candidate_variant"] = l["candidate_variant"]
    return d


def is_open(l):
    if l["sku"] is None or l["quantity"] is None:
        return True
    if has_variants(l["sku"]) and l.get("variant") is None:
        return True
    q = l["quantity"]
    return q != int(q)


def bought(orders):
    b = {}
    for o in orders:
        for l in o["lines"]:
            b.setdefault(l["sku"], set()).add(l.get("variant"))
    return b


def resolve(l, hist_bought):
    """Resolve a family line or a missing variant from the customer's history (rules in the README)."""
    l = dict(l)
    if l["sku"] is None and l.get("candidates"):
        present = [c for c in l["candidates"] if c in hist_bought]
        if len(present) == 1:
            sku = present[0]
            nl = {"sku": sku, "quantity": l["quantity"]}
            if l.get("_set"):
                nl["_set"] = True
            if has_variants(sku):
                cv = l.get("candidate_variant")
                vs = sorted(v for v in hist_bought[sku] if v)
                if cv and cv in variant_names(sku):
                    nl["variant"] = cv
                elif len(vs) == 1:
                    nl["variant"] = vs[0]
                else:
                    nl["variant"] = None
            return nl
        return l
    if l["sku"] is not None and has_variants(l["sku"]) and l.get("variant") is None and not l.get("_nofill"):
        vs = sorted(v for v in hist_bought.get(l["sku"], set()) if v)
        if len(vs) == 1:
            l["variant"] = vs[0]
    return l


def canon(lines):
    return tuple(sorted((l["sku"], l.get("variant") or "", l["quantity"]) for l in lines))


def base_basket(kind, orders):
    if not orders:
        return None
    if kind == "last":
        return orders[-1]["lines"]
    counts = Counter(canon(o["lines"]) for o in orders)
    top = counts.most_common()
    if top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    for o in orders:
        if canon(o["lines"]) == top[0][0]:
            return o["lines"]
    return None


def with_history(msg, lines, orders):
    """Return the lines a clerk who knows the history would enter, or None if the history does not apply."""
    hb = bought(orders)
    ref = msg.get("ref")
    if not ref:
        return [resolve(l, hb) for l in lines]
    basket = base_basket(ref["kind"], orders)
    if basket is None:
        return None
    res = [dict(l) for l in basket]
    for r in ref.get("remove", []):
        if isinstance(r, tuple):
            res = [l for l in res if not (l["sku"] == r[0] and l.get("variant") == r[1])]
        else:
            res = [l for l in res if l["sku"] != r]
    for l in lines:
        rl = resolve(l, hb)
        if is_open(rl):
            res.append(rl)
            continue
        match = [x for x in res if x["sku"] == rl["sku"] and x.get("variant") == rl.get("variant")]
        if match:
            if rl.get("_set"):
                match[0]["quantity"] = rl["quantity"]
            else:
                match[0]["quantity"] = match[0]["quantity"] + rl["quantity"]
        else:
            res.append(rl)
    for sku in ref.get("double", []):
        for x in res:
            if x["sku"] == sku:
                x["quantity"] = x["quantity"] * 2
    return res


def add_note(notes, phrase):
    if phrase.lower() in notes.lower():
        return notes
    return (notes + " " if notes else "") + phrase[0].upper() + phrase[1:] + "."


EMOJI_MIN = 0x1F300


def build():
    cat = catalog()
    hists = build_histories()
    hist_by = {h["customer"]: h["orders"] for h in hists}

    rows = []
    for msg in MSGS:
        cust = msg["cust"]
        date = START + datetime.timedelta(days=msg["day"])
        orders = [o for o in hist_by[cust] if o["date"] < date.isoformat()]
        intent = msg["intent"]
        lines = msg["lines"]
        notes = msg["notes"]
        tags = list(msg["tags"])
        row = {
            "id": None,
            "channel": CHANNEL[cust],
            "customer": cust,
            "date": date.isoformat(),
            "language": LANG[cust],
            "text": msg["text"],
            "intent": intent,
            "lines": [out_line(l) for l in lines] if intent == "ORDER" else [],
        }
        if intent == "ORDER":
            for l in lines:
                if l["sku"] is None and l.get("candidates"):
                    notes = add_note(notes, "ambiguous: family word, candidates listed")
                elif l["sku"] is None:
                    notes = add_note(notes, "not in catalog: " + l["_nic"])
                elif has_variants(l["sku"]) and l.get("variant") is None:
                    notes = add_note(notes, "ambiguous: variant not given")
                if l["quantity"] is None and "not a whole number" not in notes.lower():
                    notes = add_note(notes, "quantities not stated")
                if l["quantity"] is not None and l["quantity"] != int(l["quantity"]):
                    notes = add_note(notes, "not a whole number of selling units")
            if msg.get("ref"):
                notes = add_note(notes, "reference to the customer's history")
            review = bool(msg.get("ref")) or bool(msg.get("review")) or any(is_open(l) for l in lines)
            if msg.get("outlier"):
                review = False
            row["notes"] = notes
            row["expect_review"] = review
            nohist = msg.get("review") or any(
                l["quantity"] is None
                or (l["sku"] is None and not l.get("candidates"))
                or (l["quantity"] is not None and l["quantity"] != int(l["quantity"]))
                for l in lines
            )
            if msg.get("outlier"):
                row["lines_with_history"] = [out_line(l) for l in lines]
                row["expect_review_with_history"] = True
            elif not nohist:
                wh = with_history(msg, lines, orders)
                if wh is not None:
                    rwh = any(is_open(l) for l in wh)
                    pub = [out_line(l) for l in wh]
                    if pub != row["lines"] or rwh != review:
                        row["lines_with_history"] = pub
                        row["expect_review_with_history"] = rwh
        else:
            row["notes"] = notes
        if intent == "CHANGE":
            row["change_lines"] = [out_line(l) for l in msg["change_lines"]]
        # tags
        auto = []
        if intent != "ORDER":
            auto.append(intent.lower())
        if LANG[cust] != "en" or msg.get("multilingual"):
            auto.append("multilingual")
        if intent == "ORDER":
            if any(l["sku"] is None and l.get("candidates") for l in lines):
                auto.append("family")
            if any(l["sku"] is None and not l.get("candidates") for l in lines):
                auto.append("not_in_catalog")
            if msg.get("ref"):
                auto.append("reference")
            if msg.get("outlier"):
                auto.append("outlier")
            if not row["expect_review"] and not msg.get("outlier"):
                auto.append("clean")
        if any(
            l["sku"] is not None and has_variants(l["sku"])
            for l in (lines if intent == "ORDER" else msg.get("change_lines", []))
        ):
            auto.append("variant")
        if any(ord(ch) >= EMOJI_MIN for ch in msg["text"]):
            auto.append("emoji")
        for t in auto:
            if t not in tags:
                tags.append(t)
        row["tags"] = tags
        rows.append(row)

    order = list(range(len(rows)))
    random.Random(SHUFFLE_SEED).shuffle(order)
    rows = [rows[i] for i in order]
    for i, r in enumerate(rows, 1):
        r["id"] = "fc%03d" % i

    with open(os.path.join(OUT, "catalog45.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(cat, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(OUT, "histories45.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for h in hists:
            f.write(json.dumps(h, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "holdout45.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(
        "wrote %d products, %d customers, %d messages to %s"
        % (len(cat["products"]), len(hists), len(rows), OUT)
    )


if __name__ == "__main__":
    build()
