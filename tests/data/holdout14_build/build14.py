# ruff: noqa  (hand-written data generator of blind set 14, kept as its writer left it)
#!/usr/bin/env python3
"""Rewrites catalog14.json, histories14.jsonl and holdout14.jsonl identically (fixed seeds, standard library only).

History-dependent labels are derived here from the generated histories by the rules in readme14.md, never by
running the system.
"""

import copy
import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import cat14  # noqa: E402
import cust14  # noqa: E402
import msgs14  # noqa: E402

OUT = os.path.dirname(HERE)
MSG_MONDAY = datetime.date(2027, 3, 8)
ID_PREFIX = "z"


def has_variants(sku):
    return bool(cat14.PRODUCTS[sku][8])


def pname(sku):
    return cat14.PRODUCTS[sku][1]


# --------------------------------------------------------------------------------------------- lines
def clean_line(l):
    """the public shape of a line: sku, variant (products with variants only), quantity, candidates."""
    out = {"sku": l["sku"]}
    if l["sku"] is not None and has_variants(l["sku"]):
        out["variant"] = l.get("variant")
    out["quantity"] = l["quantity"]
    if l["sku"] is None and l.get("candidates"):
        out["candidates"] = list(l["candidates"])
        if l.get("candidate_variant"):
            out["candidate_variant"] = l["candidate_variant"]
    return out


def line_open(l):
    if l["sku"] is None or l["quantity"] is None:
        return True
    return has_variants(l["sku"]) and l.get("variant") is None


# --------------------------------------------------------------------------------------------- history
def usual_basket(orders):
    if not orders:
        return None
    counts = {}
    for o in orders:
        key = json.dumps(sorted(o["lines"], key=lambda x: (x["sku"], str(x.get("variant")))), sort_keys=True)
        counts[key] = counts.get(key, 0) + 1
    best = max(counts.values())
    tops = [k for k, v in counts.items() if v == best]
    if best < 2 or len(tops) != 1:
        return None
    return [dict(x) for x in json.loads(tops[0])]


def bought(orders):
    """sku -> set of variants bought (None for products without variants)."""
    b = {}
    for o in orders:
        for l in o["lines"]:
            b.setdefault(l["sku"], set()).add(l.get("variant"))
    return b


def resolve_line(l, hist):
    """resolve a family line or a missing variant from the customer's history; returns a new line dict."""
    l = dict(l)
    if l["sku"] is None and l.get("candidates"):
        hits = [c for c in l["candidates"] if c in hist]
        if len(hits) != 1:
            return l
        sku = hits[0]
        cv = l.get("candidate_variant")
        l = {"sku": sku, "quantity": l["quantity"]}
        if has_variants(sku):
            if cv and cv in cat14.variants_of(sku):
                l["variant"] = cv
            else:
                vs = hist[sku]
                l["variant"] = next(iter(vs)) if len(vs) == 1 else None
        return l
    if l["sku"] is not None and has_variants(l["sku"]) and l.get("variant") is None and not l.get("_nofill"):
        vs = hist.get(l["sku"], set())
        if len(vs) == 1:
            l["variant"] = next(iter(vs))
    return l


def _match(basket, line):
    """indexes of basket lines for the same product (and variant, when the line names one)."""
    idx = [i for i, b in enumerate(basket) if b["sku"] == line["sku"]]
    if line["sku"] is not None and has_variants(line["sku"]) and line.get("variant") is not None:
        idx = [i for i in idx if basket[i].get("variant") == line["variant"]]
    return idx


def apply_ref(base, ops, hist):
    basket = [dict(x) for x in base]
    for op in ops:
        kind = op[0]
        if kind in ("add", "set"):
            line = resolve_line(op[1], hist)
            if line["sku"] is None:
                basket.append(line)
                continue
            idx = _match(basket, line)
            if len(idx) == 1:
                i = idx[0]
                if line.get("variant") is None and has_variants(line["sku"]):
                    line["variant"] = basket[i].get("variant")
                if kind == "add":
                    if basket[i]["quantity"] is None or line["quantity"] is None:
                        basket[i]["quantity"] = None
                    else:
                        basket[i]["quantity"] = basket[i]["quantity"] + line["quantity"]
                else:
                    basket[i]["quantity"] = line["quantity"]
            else:
                basket.append(line)
        elif kind == "drop":
            skus = op[1] if isinstance(op[1], list) else [op[1]]
            basket = [b for b in basket if b["sku"] not in skus]
        elif kind == "double":
            for b in basket:
                if b["sku"] == op[1]:
                    b["quantity"] = b["quantity"] * 2
        else:
            raise ValueError(op)
    return basket


# --------------------------------------------------------------------------------------------- notes
def auto_notes(m, lines):
    out = []
    for l in lines:
        if l["sku"] is None and l.get("candidates"):
            out.append("ambiguous: '%s' could be %s" % (l.get("_word") or "?", " or ".join(l["candidates"])))
        elif l["sku"] is None:
            out.append("not in catalog: %s" % l["_nic"])
        elif has_variants(l["sku"]) and l.get("variant") is None:
            out.append(
                "ambiguous: variant not stated for %s (%s)"
                % (l["sku"], " / ".join(cat14.variants_of(l["sku"])))
            )
        if l["quantity"] is None:
            out.append(
                "quantities not stated for %s (not a whole number of selling units)" % (l["sku"] or "a line")
            )
    if m["ref"]:
        out.append(
            "reference to history ('%s'): review; the lines are the message's explicit additions and new "
            "quantities" % ("the usual" if m["ref"][0] == "usual" else "last order")
        )
    return out


# --------------------------------------------------------------------------------------------- build
def build():
    catalog = cat14.build_catalog()
    histories = cust14.generate(has_variants)
    hist_by = {h["customer"]: h for h in histories}

    rng = random.Random(1414)
    rows = []
    for m in msgs14.MSGS:
        h = hist_by[m["customer"]]
        day = m["day"] if m["day"] is not None else rng.randrange(6)
        date = (MSG_MONDAY + datetime.timedelta(days=day)).isoformat()
        intent = m["intent"]
        tags = list(m["tags"])
        if m["ref"]:
            plain = [op[1] for op in m["ref"][1] if op[0] in ("add", "set")]
        else:
            plain = list(m["lines"])
        row = {
            "id": None,
            "channel": m["channel"],
            "customer": m["customer"],
            "date": date,
            "language": m["language"],
            "text": m["text"],
            "intent": intent,
        }
        notes = []
        if intent == "ORDER":
            review = any(line_open(l) for l in plain) or bool(m["ref"]) or m["credit"] or m["conditional"]
            if m["force_review"] is not None:
                review = m["force_review"]
            row["lines"] = [clean_line(l) for l in plain]
            row["expect_review"] = review
            notes = auto_notes(m, plain)
            # ---- history
            orders = [o for o in h["orders"] if o["date"] < date]
            hb = bought(orders)
            lines_h = None
            review_h = None
            if m["ref"]:
                base = (
                    usual_basket(orders)
                    if m["ref"][0] == "usual"
                    else (orders[-1]["lines"] if orders else None)
                )
                if base is not None:
                    lines_h = apply_ref(base, m["ref"][1], hb)
            else:
                lines_h = [resolve_line(l, hb) for l in plain]
            if lines_h is not None:
                lines_h = [clean_line(l) for l in lines_h]
                hard = m["credit"] or m["conditional"]
                review_h = any(line_open(l) for l in lines_h) or hard or m["outlier"]
                if lines_h != row["lines"] or review_h != review:
                    row["lines_with_history"] = lines_h
                    row["expect_review_with_history"] = review_h
            if m["outlier"]:
                notes.append("outlier: no review without history, review with it")
            for t, cond in (
                ("reference", bool(m["ref"])),
                ("family", any(l["sku"] is None and l.get("candidates") for l in plain)),
                ("not_in_catalog", any(l["sku"] is None and not l.get("candidates") for l in plain)),
                (
                    "variant",
                    any((l["sku"] and has_variants(l["sku"])) or l.get("candidate_variant") for l in plain),
                ),
                ("outlier", m["outlier"]),
                ("clean", not review and not m["outlier"]),
            ):
                if cond and t not in tags:
                    tags.append(t)
        else:
            row["lines"] = []
            if intent == "CHANGE":
                row["change_lines"] = [clean_line(l) for l in (m["change"] or [])]
            tags.append(intent.lower())
        if m["language"] != "en":
            tags.append("multilingual")
        if m["notes"]:
            notes.append(m["notes"])
        row["notes"] = "; ".join(notes)
        row["tags"] = sorted(set(tags))
        rows.append(row)

    rng2 = random.Random(14)
    rng2.shuffle(rows)
    for i, r in enumerate(rows, 1):
        r["id"] = "%s%03d" % (ID_PREFIX, i)

    with open(os.path.join(OUT, "catalog14.json"), "w", encoding="utf-8") as f:
        json.dump(catalog, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(OUT, "histories14.jsonl"), "w", encoding="utf-8") as f:
        for h in histories:
            f.write(json.dumps(h, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "holdout14.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return catalog, histories, rows


if __name__ == "__main__":
    c, h, r = build()
    print(
        "catalog14.json: %d products; histories14.jsonl: %d customers; holdout14.jsonl: %d messages"
        % (len(c["products"]), len(h), len(r))
    )
