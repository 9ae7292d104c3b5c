# ruff: noqa  (hand-written data generator of blind set 70, kept as its writer left it)
"""Build the seventieth blind set: catalog70.json, holdout70.jsonl, histories70.jsonl.

Usage: python3 build70.py [output-dir]   (default: the parent folder of holdout70_build)

Deterministic: fixed seeds, no set iteration in output order, so two runs (also under different
PYTHONHASHSEED values) write the same bytes. History-dependent labels are derived from the generated
histories by the rules in readme70.md, never by running the order-parsing system.
"""

import copy
import datetime
import json
import os
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import cat70  # noqa: E402
import cust70  # noqa: E402
import msgs70  # noqa: E402

BY_SKU = cat70.BY_SKU
FIRST_DAY = datetime.date(2028, 8, 7)  # Monday; messages run to Sunday 2028-08-13
SHUFFLE_SEED = 70
HISTORY_SEED = 7070
ROMANISED = {"pa", "ur", "ckb"}


def has_variants(sku):
    return sku is not None and bool(BY_SKU[sku]["variants"])


def variant_names(sku):
    return [v["name"] for v in BY_SKU[sku]["variants"]]


def unit_of(line):
    if line.get("sku"):
        return BY_SKU[line["sku"]]["unit"]
    units = sorted({BY_SKU[s]["unit"] for s in line.get("candidates", [])})
    return units[0] if len(units) == 1 else None


def clean_line(line):
    """Public form of a line: sku, variant (products with variants only), quantity, unit, candidates."""
    sku = line["sku"]
    out = {"sku": sku}
    if has_variants(sku):
        if "variant" not in line:
            raise ValueError("variant missing on %s" % sku)
        v = line["variant"]
        if v is not None and v not in variant_names(sku):
            raise ValueError("unknown variant %r of %s" % (v, sku))
        out["variant"] = v
    elif "variant" in line:
        raise ValueError("variant given on %s, which has none" % sku)
    out["quantity"] = line["quantity"]
    out["unit"] = unit_of(line)
    if sku is None and "candidates" in line:
        out["candidates"] = list(line["candidates"])
        if "candidate_variant" in line:
            out["candidate_variant"] = line["candidate_variant"]
    return out


def is_open(line):
    if line["sku"] is None or line["quantity"] is None:
        return True
    if has_variants(line["sku"]) and line.get("variant") is None:
        return True
    return False


def is_fraction(q):
    return q is not None and float(q) != int(q)


# ---------------------------------------------------------------- history rules
def bought(orders):
    skus, variants = set(), {}
    for o in orders:
        for x in o["lines"]:
            skus.add(x["sku"])
            if "variant" in x:
                variants.setdefault(x["sku"], set()).add(x["variant"])
    return skus, variants


def resolve(line, orders):
    """Resolve a family line or a missing variant from the customer's earlier orders."""
    line = copy.deepcopy(line)
    skus, variants = bought(orders)
    if line["sku"] is None and "candidates" in line:
        hits = [s for s in line["candidates"] if s in skus]
        if len(hits) != 1:
            return line
        sku = hits[0]
        new = {"sku": sku, "quantity": line["quantity"]}
        if has_variants(sku):
            cv = line.get("candidate_variant")
            if cv is not None and cv in variant_names(sku):
                new["variant"] = cv
            else:
                vs = sorted(variants.get(sku, ()))
                new["variant"] = vs[0] if len(vs) == 1 else None
        return new
    if (
        line["sku"] is not None
        and has_variants(line["sku"])
        and line.get("variant") is None
        and not line.get("_nofill")
    ):
        vs = sorted(variants.get(line["sku"], ()))
        if len(vs) == 1:
            line["variant"] = vs[0]
    return line


def usual_basket(orders):
    counts = Counter()
    first = {}
    for o in orders:
        k = json.dumps(sorted(o["lines"], key=lambda x: (x["sku"], x.get("variant") or "")), sort_keys=True)
        counts[k] += 1
        first.setdefault(k, o["lines"])
    if not counts:
        return None
    top = counts.most_common()
    if len(top) > 1 and top[0][1] == top[1][1]:
        return None
    return copy.deepcopy(first[top[0][0]])


def same(a, b):
    return a["sku"] == b["sku"] and a.get("variant") == b.get("variant")


def apply_mods(basket, mods, orders):
    lines = copy.deepcopy(basket)
    for m in mods:
        if m[0] == "remove":
            lines = [
                x
                for x in lines
                if not (x["sku"] == m[1] and (m[2] is msgs70.MISSING or x.get("variant") == m[2]))
            ]
        elif m[0] == "double":
            for x in lines:
                if x["sku"] == m[1]:
                    x["quantity"] *= 2
        elif m[0] in ("add", "setq"):
            new = resolve(m[1], orders)
            for x in lines:
                if new["sku"] is not None and same(x, new):
                    x["quantity"] = x["quantity"] + new["quantity"] if m[0] == "add" else new["quantity"]
                    break
            else:
                lines.append(new)
    return lines


def history_view(msg, lines, orders):
    """(lines_with_history, expect_review_with_history) or None when history cannot be used."""
    if msg["nohist"] or msg["review"]:
        return None
    for x in lines:
        if x["quantity"] is None or is_fraction(x["quantity"]) or "_nic" in x:
            return None
    if msg["ref"]:
        if not orders:
            return None
        basket = usual_basket(orders) if msg["ref"] == "usual" else copy.deepcopy(orders[-1]["lines"])
        if basket is None:
            return None
        out = apply_mods(basket, msg["mods"], orders)
    else:
        out = [resolve(x, orders) for x in lines]
    review = any(is_open(x) for x in out) or msg["outlier"]
    return out, review


# ---------------------------------------------------------------- notes and tags
def note_phrases(lines):
    extra = []
    for x in lines:
        if "_nic" in x:
            extra.append("%s: not in catalog." % x["_nic"])
        elif x["sku"] is None:
            c = ", ".join(x["candidates"])
            extra.append(
                "Ambiguous between %s%s."
                % (c, " (%s)" % x["candidate_variant"] if x.get("candidate_variant") else "")
            )
        elif has_variants(x["sku"]) and x.get("variant") is None:
            if x.get("_nofill"):
                extra.append("Ambiguous: %s has no such variant." % x["sku"])
            else:
                extra.append("Ambiguous: variant of %s not given." % x["sku"])
        if x["quantity"] is None:
            why = x.get("_why")
            if why == "count":
                extra.append("Quantity not a whole number of selling units (%s)." % (x["sku"] or "line"))
            elif why == "range":
                extra.append("Ambiguous quantity: a range.")
            else:
                extra.append("Quantities not stated.")
        elif is_fraction(x["quantity"]):
            extra.append("Fraction of a selling unit: review.")
    return extra


def build_row(msg, orders):
    intent = msg["intent"]
    row = {
        "channel": msg["channel"],
        "customer": msg["customer"],
        "language": msg["language"],
        "text": msg["text"],
        "intent": intent,
    }
    notes = msg["notes"].strip()
    tags = list(msg["tags"])
    raw_lines = msg["lines"]
    if msg["ref"]:
        assert not raw_lines, msg["text"]
        raw_lines = [m[1] for m in msg["mods"] if m[0] in ("add", "setq")]
    all_raw = (
        list(raw_lines) + [m[1] for m in msg["mods"] if m[0] in ("add", "setq")] + list(msg["change"] or [])
    )
    if intent == "ORDER":
        lines = [clean_line(x) for x in raw_lines]
        review = bool(
            msg["review"]
            or msg["ref"]
            or any(is_open(x) for x in lines)
            or any(is_fraction(x["quantity"]) for x in lines)
        )
        if msg["outlier"]:
            assert not review, msg["text"]
        row["lines"] = lines
        row["expect_review"] = review
        hv = history_view(msg, raw_lines, orders)
        if hv is not None:
            hl = [clean_line(x) for x in hv[0]]
            if hl != lines or hv[1] != review:
                row["lines_with_history"] = hl
                row["expect_review_with_history"] = hv[1]
        extra = note_phrases(raw_lines)
        if msg["ref"]:
            extra.append(
                "Reference to earlier orders: ambiguous without the customer's history; the lines are the explicit additions and new quantities."
            )
        for e in extra:
            if e.lower() not in notes.lower():
                notes = (notes + " " + e).strip()
        if any(x["sku"] is None and "candidates" in x for x in all_raw):
            tags.append("family")
        if any("_nic" in x for x in raw_lines):
            tags.append("not_in_catalog")
        if msg["ref"]:
            tags.append("reference")
        if msg["outlier"]:
            tags.append("outlier")
        if not review and not msg["outlier"]:
            tags.append("clean")
    else:
        assert not raw_lines and not msg["ref"], msg["text"]
        row["lines"] = []
        tags.append(intent.lower())
        if intent == "CHANGE":
            row["change_lines"] = [clean_line(x) for x in msg["change"]]
        else:
            assert msg["change"] is None
    if any(has_variants(x["sku"]) or x.get("candidate_variant") for x in all_raw):
        tags.append("variant")
    if msg["language"] != "en":
        tags.append("multilingual")
    if msg["language"] in ROMANISED:
        tags.append("romanised")
    row["notes"] = notes
    seen, out = set(), []
    for t in tags:
        if t not in seen:
            seen.add(t)
            out.append(t)
    row["tags"] = out
    return row


def build(outdir):
    os.makedirs(outdir, exist_ok=True)
    hist = cust70.generate(HISTORY_SEED)
    per_cust = Counter(m["customer"] for m in msgs70.MESSAGES)
    index = Counter()
    rows = []
    for msg in msgs70.MESSAGES:
        c = msg["customer"]
        assert c in hist, c
        i = index[c]
        index[c] += 1
        day = (i * 7) // per_cust[c]
        row = build_row(msg, hist[c]["orders"])
        row["date"] = (FIRST_DAY + datetime.timedelta(days=day)).isoformat()
        rows.append(row)
    order = list(range(len(rows)))
    random.Random(SHUFFLE_SEED).shuffle(order)
    keys = [
        "id",
        "channel",
        "customer",
        "date",
        "language",
        "text",
        "intent",
        "lines",
        "expect_review",
        "lines_with_history",
        "expect_review_with_history",
        "change_lines",
        "notes",
        "tags",
    ]
    out_rows = []
    for n, i in enumerate(order, 1):
        r = dict(rows[i])
        r["id"] = "mf%03d" % n
        out_rows.append({k: r[k] for k in keys if k in r})
    with open(os.path.join(outdir, "catalog70.json"), "w", encoding="utf-8") as f:
        json.dump(cat70.catalog(), f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(outdir, "holdout70.jsonl"), "w", encoding="utf-8") as f:
        for r in out_rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "histories70.jsonl"), "w", encoding="utf-8") as f:
        for c in cust70.CUSTOMERS:
            f.write(json.dumps(hist[c["key"]], ensure_ascii=False) + "\n")
    return out_rows


if __name__ == "__main__":
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
    rows = build(outdir)
    n = len(rows)
    clean = sum("clean" in r["tags"] for r in rows)
    print("wrote %d messages to %s (%d clean, %.1f%%)" % (n, outdir, clean, 100.0 * clean / n))
