# ruff: noqa  (hand-written data generator for the ninth blind set, kept as its writer left it)
"""Builds catalog9.json, histories9.jsonl and holdout9.jsonl from cat9.py, cust9.py and msgs9.py.

Deterministic: run it again and the three files come out identical.  Histories are generated with a fixed
seed from each customer's hand-written usual basket; history-dependent labels are derived from the generated
histories by the written rules below (never by running the order system).
"""

import copy
import datetime as dt
import json
import os
import random

import cat9
import cust9
import msgs9

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # tests/data
NOV = msgs9.NOV
PROD = cat9.PRODUCTS


def has_var(sku):
    return bool(sku) and bool(PROD[sku]["variants"])


def hline(sku, q, v):
    d = {"sku": sku, "quantity": q}
    if has_var(sku):
        d["variant"] = v
    return d


def bkey(lines):
    return tuple(sorted((l["sku"], l.get("variant") or "", l["quantity"]) for l in lines))


# ------------------------------------------------------------------------------------------ histories
def gen_histories():
    rng = random.Random(90909)
    out = []
    for c in cust9.C:
        orders = []
        if c["style"] != "new":
            last = dt.date(2026, 6, 1) + dt.timedelta(days=c["weekday"])
            dates = [last - dt.timedelta(weeks=c["weeks"] - 1 - i) for i in range(c["weeks"])]
            usual = [hline(s, q, v) for s, q, v in c["usual"]]

            def vary(basket, allow_drop):
                b = copy.deepcopy(basket)
                choice = rng.choice(["qty", "extra", "drop"] if allow_drop else ["qty", "extra"])
                if choice == "extra" and c["extras"]:
                    s, q, v = rng.choice(c["extras"])
                    if not any(l["sku"] == s for l in b):
                        b.append(hline(s, q, v))
                        return b
                    choice = "qty"
                if choice == "drop" and len(b) > 4:
                    b.pop(rng.randrange(1, len(b)))
                    return b
                l = rng.choice(b)
                l["quantity"] = max(1, l["quantity"] + rng.choice([1, -1] if l["quantity"] > 1 else [1, 2]))
                return b

            if c["style"] in ("steady", "regular"):
                baskets = [copy.deepcopy(usual) for _ in dates]
                n_var = 1 if c["weeks"] < 7 else 2
                for i in rng.sample(range(1, c["weeks"] - 1), n_var):
                    baskets[i] = vary(usual, allow_drop=False)
                if c["style"] == "regular":
                    while True:
                        b = vary(usual, allow_drop=True)
                        if bkey(b) != bkey(usual):
                            break
                    baskets[-1] = b
            else:  # irregular: never the same basket twice
                baskets, seen = [], set()
                while len(baskets) < len(dates):
                    items = rng.sample(c["pool"], rng.randint(4, 7))
                    b = [hline(s, rng.randint(*r), v) for s, r, v in items]
                    if bkey(b) not in seen:
                        seen.add(bkey(b))
                        baskets.append(b)
            orders = [{"date": d.isoformat(), "lines": b} for d, b in zip(dates, baskets)]
        out.append(
            dict(
                customer=c["customer"],
                name=c["name"],
                kind=c["kind"],
                channel=c["channel"],
                address=c["address"],
                language=c["language"],
                orders=orders,
            )
        )
    return out


def usual_basket(orders):
    """The unique most frequent exact basket, or None."""
    counts = {}
    for o in orders:
        counts.setdefault(bkey(o["lines"]), []).append(o)
    if not counts:
        return None
    best = max(len(v) for v in counts.values())
    tops = [v for v in counts.values() if len(v) == best]
    if len(tops) != 1 or best < 2:
        return None
    return copy.deepcopy(tops[0][-1]["lines"])


# ------------------------------------------------------------------------------------------ labels
def out_line(l):
    """A message line spec -> the JSON line."""
    if l["kind"] == "L":
        d = {"sku": l["sku"], "quantity": l["quantity"]}
        if has_var(l["sku"]):
            assert l["variant"] is not NOV, l
            d["variant"] = l["variant"]
        else:
            assert l["variant"] is NOV, l
        return d
    if l["kind"] == "A":
        return {"sku": None, "quantity": l["quantity"], "candidates": list(l["candidates"])}
    return {"sku": None, "quantity": l["quantity"]}


def is_open(lines):
    return any(
        l["sku"] is None or l["quantity"] is None or (has_var(l["sku"]) and l.get("variant") is None)
        for l in lines
    )


def hist_index(orders):
    skus, variants = set(), {}
    for o in orders:
        for l in o["lines"]:
            skus.add(l["sku"])
            if "variant" in l:
                variants.setdefault(l["sku"], set()).add(l["variant"])
    return skus, variants


def resolve_line(d, orders):
    """Resolve one JSON line with the history (family word, missing variant)."""
    skus, variants = hist_index(orders)
    d = dict(d)
    if d["sku"] is None and "candidates" in d:
        hit = [c for c in d["candidates"] if c in skus]
        if len(hit) == 1:
            d = {"sku": hit[0], "quantity": d["quantity"]}
            if has_var(hit[0]):
                vs = variants.get(hit[0], set())
                d["variant"] = next(iter(vs)) if len(vs) == 1 else None
    elif d["sku"] and has_var(d["sku"]) and d.get("variant") is None:
        vs = variants.get(d["sku"], set())
        if len(vs) == 1:
            d["variant"] = next(iter(vs))
    return d


def apply_mods(base, mods, orders):
    b = copy.deepcopy(base)
    _, variants = hist_index(orders)

    def find(sku, v=None):
        return [l for l in b if l["sku"] == sku and (v is None or l.get("variant") == v)]

    for m in mods:
        op = m[0]
        if op == "rm":
            b = [l for l in b if l["sku"] != m[1]]
        elif op in ("mul", "delta"):
            ls = find(m[1])
            assert len(ls) == 1, (m, b)
            ls[0]["quantity"] = ls[0]["quantity"] * m[2] if op == "mul" else ls[0]["quantity"] + m[2]
        elif op in ("set", "add", "addfam"):
            if op == "addfam":
                r = resolve_line({"sku": None, "quantity": m[2], "candidates": m[1]}, orders)
                sku, q, v = r["sku"], m[2], r.get("variant", NOV)
                if sku is None:
                    b.append(r)
                    continue
            else:
                sku, q, v = m[1], m[2], m[3]
            if has_var(sku):
                if v in (None, NOV):
                    existing = find(sku)
                    vs = {l["variant"] for l in existing} or variants.get(sku, set())
                    v = next(iter(vs)) if len(vs) == 1 else None
                ls = find(sku, v)
            else:
                ls = find(sku)
            if ls:
                assert len(ls) == 1
                ls[0]["quantity"] = q if op == "set" else ls[0]["quantity"] + q
            else:
                b.append(hline(sku, q, v))
    return b


def plain_lines_from_mods(mods):
    out = []
    for m in mods:
        if m[0] in ("set", "add"):
            out.append(msgs9.L(m[1], m[2], m[3]))
        elif m[0] == "addfam":
            out.append(msgs9.A(m[1], m[2]))
    return out


def auto_notes(spec_lines, lines):
    parts = []
    for s, l in zip(spec_lines, lines):
        if s["kind"] == "A":
            parts.append(
                "ambiguous: candidates "
                + " / ".join(l["candidates"])
                + (f" ({s['note']})" if s["note"] else "")
            )
        elif s["kind"] == "X":
            parts.append(f"not in catalog: {s['what']}" + (f" ({s['note']})" if s["note"] else ""))
        elif has_var(l["sku"]) and l.get("variant") is None:
            names = " / ".join(v["name"] for v in PROD[l["sku"]]["variants"])
            parts.append(f"ambiguous: variant of {l['sku']} not stated ({names})")
        if l["quantity"] is None:
            parts.append(
                f"quantities not stated for {l['sku'] or 'the ' + (s.get('what') or 'family') + ' line'}"
                + (f" ({s['note']})" if s["note"] and s["kind"] == "L" else "")
            )
    return parts


def build_rows(histories):
    H = {h["customer"]: h for h in histories}
    rows = []
    for m in msgs9.MSGS:
        c = cust9.CUSTOMERS[m["customer"]]
        orders = H[m["customer"]]["orders"]
        lang = m["language"] or c["language"]
        ch = m["channel"] or c["channel"]
        spec = m["lines"] if not m["ref"] else plain_lines_from_mods(m["mods"])
        if m["ref"]:
            assert not m["lines"]
        lines = [out_line(l) for l in spec]
        row = {
            "id": None,
            "channel": ch,
            "text": m["text"],
            "intent": m["intent"],
            "lines": lines if m["intent"] == "ORDER" else [],
            "notes": "",
            "customer": m["customer"],
            "date": m["date"],
            "language": lang,
        }
        tags = set(m["tags"])
        if lang != "en":
            tags.add("multilingual")
        else:
            tags.discard("multilingual")
        if m["intent"] != "ORDER":
            assert not m["lines"] and not m["ref"], m["text"]
        notes = [m["notes"]] if m["notes"] else []
        if m["intent"] == "ORDER":
            notes += auto_notes(spec, lines)
            review = is_open(lines) or bool(m["ref"]) or bool(m["hold"]) or not lines
            if m["ref"]:
                notes.append(
                    "reference to history ('"
                    + ("the usual" if m["ref"] == "usual" else "last order")
                    + "'): ambiguous without the customer's history"
                )
            if m["hold"]:
                notes.append(f"review: {m['hold']}")
            row["expect_review"] = review
            if any(s["kind"] == "A" for s in spec):
                tags.add("family")
            if any(s["kind"] == "X" for s in spec):
                tags.add("not_in_catalog")
            if any(l["sku"] and has_var(l["sku"]) for l in lines):
                tags.add("variant")
            if m["ref"]:
                tags.add("reference")
            if not review:
                tags.add("clean")
            else:
                tags.discard("clean")
            # ---- history
            lwh, rwh = None, None
            if orders:
                if m["ref"]:
                    base = usual_basket(orders) if m["ref"] == "usual" else copy.deepcopy(orders[-1]["lines"])
                    if base is not None:
                        lwh = apply_mods(base, m["mods"], orders)
                        rwh = is_open(lwh) or bool(m["hold"]) or m["outlier"]
                    else:
                        notes.append("no usual basket in the history: stays unresolved with history")
                else:
                    lwh = [resolve_line(l, orders) for l in lines]
                    rwh = is_open(lwh) or bool(m["hold"]) or m["outlier"]
                if lwh is not None and (lwh != lines or rwh != review):
                    row["lines_with_history"] = lwh
                    row["expect_review_with_history"] = rwh
            elif m["ref"]:
                notes.append("first-time customer: no order history, stays for review")
            if m["outlier"]:
                notes.append(
                    "outlier: far above the customer's usual quantity with no reason given "
                    "(review with history)"
                )
        if m["intent"] == "CHANGE":
            row["change_lines"] = [out_line(l) for l in (m["change"] or [])]
        row["notes"] = "; ".join(notes)
        row["tags"] = sorted(tags)
        rows.append(row)
    random.Random(9).shuffle(rows)
    for i, r in enumerate(rows, 1):
        r["id"] = f"k{i:03d}"
    return rows


def main():
    cat = cat9.catalog_json()
    hist = gen_histories()
    rows = build_rows(hist)
    with open(os.path.join(HERE, "catalog9.json"), "w", encoding="utf-8") as f:
        json.dump(cat, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(HERE, "histories9.jsonl"), "w", encoding="utf-8") as f:
        for h in hist:
            f.write(json.dumps(h, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "holdout9.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(
        f"wrote catalog9.json ({len(cat['products'])} products), histories9.jsonl ({len(hist)} customers), "
        f"holdout9.jsonl ({len(rows)} messages)"
    )


if __name__ == "__main__":
    main()
