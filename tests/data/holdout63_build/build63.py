# ruff: noqa  (hand-written data generator of blind set 63, kept as its writer left it)
#!/usr/bin/env python3
"""Build the sixty-third blind set: catalog63.json, holdout63.jsonl and histories63.jsonl.

Usage: python3 build63.py [OUTPUT_DIR]
OUTPUT_DIR defaults to the folder that holds holdout63_build/.  Fixed seeds: two runs (also under different
PYTHONHASHSEED values) write the same bytes.  The history-dependent labels are derived from the generated
histories by the rules in readme63.md, never by running the system.
"""

import copy
import datetime
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import cat63  # noqa: E402
import cust63  # noqa: E402
import msgs63  # noqa: E402

SHUFFLE_SEED = 63063
FIRST_DAY = datetime.date(2028, 8, 7)
ID_PREFIX = "nl"


class BuildError(Exception):
    pass


def money(s):
    return "%.2f" % float(s)


def build_catalog():
    cats = [{"name": n, "parent": p, "ai_keywords": list(k)} for n, p, k in cat63.CATEGORIES]
    prods = []
    for i, (sku, name, cat, unit, price, aliases, keywords, variants) in enumerate(cat63.PRODUCTS):
        tmpl = cat63.TRAINING_TEMPLATES[i % len(cat63.TRAINING_TEMPLATES)]
        prods.append(
            {
                "sku": sku,
                "name": name,
                "category": cat,
                "unit": unit,
                "unit_price": money(price),
                "aliases": list(aliases),
                "keywords": list(keywords),
                "ai_training_examples": [tmpl.format(a=aliases[0])],
                "variants": [
                    {
                        "name": vn,
                        "variant_type": vt,
                        "sku": vs,
                        "unit_price": money(vp),
                        "ai_aliases": list(va),
                    }
                    for vn, vt, vs, vp, va in variants
                ],
            }
        )
    return {"currency": cat63.CURRENCY, "categories": cats, "products": prods}


CATALOG = build_catalog()
PRODUCTS = {p["sku"]: p for p in CATALOG["products"]}


def has_variants(sku):
    return bool(sku) and bool(PRODUCTS[sku]["variants"])


def variant_names(sku):
    return [v["name"] for v in PRODUCTS[sku]["variants"]]


def hline(sku, qty, var):
    d = {"sku": sku, "quantity": qty}
    if has_variants(sku):
        d["variant"] = var
    return d


def build_histories():
    out = []
    hist = {}
    for i, c in enumerate(cust63.CUSTOMERS):
        orders = cust63.make_history(c, i)
        for o in orders:
            for s, q, v in o["lines"]:
                if s not in PRODUCTS:
                    raise BuildError("history sku %s" % s)
                if has_variants(s) != (v is not None) or (v is not None and v not in variant_names(s)):
                    raise BuildError("history variant %s %r (%s)" % (s, v, c["key"]))
        jorders = [{"date": o["date"], "lines": [hline(s, q, v) for s, q, v in o["lines"]]} for o in orders]
        out.append(
            {
                "customer": c["key"],
                "name": c["name"],
                "kind": c["kind"],
                "channel": c["channel"],
                "address": c["address"],
                "language": c["language"],
                "orders": jorders,
            }
        )
        hist[c["key"]] = jorders
    return out, hist


def is_open(line):
    if line["sku"] is None or line["quantity"] is None:
        return True
    if "variant" in line and line["variant"] is None:
        return True
    q = line["quantity"]
    return float(q) != int(q)


def clean_line(line):
    d = {"sku": line["sku"], "quantity": line["quantity"]}
    if "variant" in line:
        d["variant"] = line["variant"]
    if line.get("candidates"):
        d["candidates"] = list(line["candidates"])
    if line.get("candidate_variant"):
        d["candidate_variant"] = line["candidate_variant"]
    return d


def check_line(line, where):
    sku = line["sku"]
    if sku is not None:
        if sku not in PRODUCTS:
            raise BuildError("%s: unknown sku %s" % (where, sku))
        if has_variants(sku):
            if "variant" not in line:
                raise BuildError("%s: %s needs a variant key" % (where, sku))
            if line["variant"] is not None and line["variant"] not in variant_names(sku):
                raise BuildError("%s: %s has no variant %r" % (where, sku, line["variant"]))
        elif "variant" in line:
            raise BuildError("%s: %s has no variants" % (where, sku))
        if line.get("candidates"):
            raise BuildError("%s: candidates on a named line" % where)
    else:
        if "variant" in line:
            raise BuildError("%s: variant key on a null-sku line" % where)
        for c in line.get("candidates") or []:
            if c not in PRODUCTS:
                raise BuildError("%s: unknown candidate %s" % (where, c))


def history_index(orders):
    skus = set()
    variants = {}
    maxq = {}
    for o in orders:
        for l in o["lines"]:
            skus.add(l["sku"])
            if "variant" in l:
                variants.setdefault(l["sku"], set()).add(l["variant"])
            maxq[l["sku"]] = max(maxq.get(l["sku"], 0), l["quantity"])
    return skus, variants, maxq


def resolve_line(line, skus, variants):
    """Resolve a family line or a missing variant from the customer's history (see readme63.md)."""
    line = copy.deepcopy(line)
    if line["sku"] is None and line.get("candidates"):
        inh = [c for c in line["candidates"] if c in skus]
        if len(inh) != 1:
            return line
        sku = inh[0]
        new = {"sku": sku, "quantity": line["quantity"]}
        if has_variants(sku):
            cv = line.get("candidate_variant")
            if cv and cv in variant_names(sku):
                new["variant"] = cv
            else:
                vs = variants.get(sku, set())
                new["variant"] = sorted(vs)[0] if len(vs) == 1 else None
        return new
    if line["sku"] is not None and "variant" in line and line["variant"] is None and not line.get("nofill"):
        vs = variants.get(line["sku"], set())
        if len(vs) == 1:
            line["variant"] = sorted(vs)[0]
    return line


def key_of(line):
    return (line["sku"], line.get("variant"))


def apply_reference(ref, orders, skus, variants):
    if ref["base"] == "usual":
        basket = cust63.usual_basket(
            [
                {
                    "date": o["date"],
                    "lines": [(l["sku"], l["quantity"], l.get("variant")) for l in o["lines"]],
                }
                for o in orders
            ]
        )
        if basket is None:
            return None
        basket = [hline(s, q, v) for s, q, v in basket]
    else:
        if not orders:
            return None
        basket = copy.deepcopy(orders[-1]["lines"])
    for r in ref["remove"]:
        if isinstance(r, tuple):
            n = len(basket)
            basket = [l for l in basket if key_of(l) != r]
        else:
            n = len(basket)
            basket = [l for l in basket if l["sku"] != r]
        if len(basket) == n:
            raise BuildError("remove %r: not in basket" % (r,))
    for d in ref["double"]:
        hit = False
        for l in basket:
            if l["sku"] == d:
                l["quantity"] *= 2
                hit = True
        if not hit:
            raise BuildError("double %s: not in basket" % d)
    for s in ref["set"]:
        r = resolve_line(s, skus, variants)
        r.pop("nofill", None)
        if is_open(r):
            basket.append(clean_line(r))
            continue
        hit = False
        for l in basket:
            if key_of(l) == key_of(r):
                l["quantity"] = r["quantity"]
                hit = True
        if not hit:
            basket.append(clean_line(r))
    for a in ref["add"]:
        r = resolve_line(a, skus, variants)
        r.pop("nofill", None)
        if is_open(r):
            basket.append(clean_line(r))
            continue
        for l in basket:
            if key_of(l) == key_of(r) and not is_open(l):
                l["quantity"] = l["quantity"] + r["quantity"]
                break
        else:
            basket.append(clean_line(r))
    return basket


def ensure_phrase(notes, phrase, alts=()):
    low = notes.lower()
    if phrase in low or any(a in low for a in alts):
        return notes
    return (notes + "; " + phrase) if notes else phrase


def build_rows(hist):
    per_customer = {}
    for m in msgs63.MESSAGES:
        per_customer.setdefault(m["customer"], []).append(m)
    keys = {c["key"] for c in cust63.CUSTOMERS}
    dates = {}
    for cust, ms in per_customer.items():
        if cust not in keys:
            raise BuildError("unknown customer %s" % cust)
        k = len(ms)
        for i, m in enumerate(ms):
            day = m["day"] if m["day"] is not None else (i * 7) // k
            if not 0 <= day <= 6:
                raise BuildError("day %r out of the week" % day)
            dates[id(m)] = (FIRST_DAY + datetime.timedelta(days=day)).isoformat()

    rows = []
    problems = []
    for n, m in enumerate(msgs63.MESSAGES):
        where = "msg %d (%s: %s)" % (n, m["customer"], m["text"][:40].replace("\n", " "))
        intent = m["intent"]
        tags = set(m["tags"])
        notes = m["notes"]
        row = {"channel": m["channel"], "text": m["text"], "intent": intent}
        orders = hist[m["customer"]]
        skus, variants, maxq = history_index(orders)
        ref = m["ref"]
        if intent == "ORDER":
            if ref is not None:
                if m["lines"] is not None:
                    raise BuildError("%s: reference rows derive their lines" % where)
                lines = [copy.deepcopy(l) for l in ref["set"] + ref["add"]]
            else:
                lines = [copy.deepcopy(l) for l in (m["lines"] or [])]
            for l in lines:
                check_line(l, where)
            open_ = any(is_open(l) for l in lines)
            review = bool(open_ or ref is not None or m["conditional"] or m["credit"])
            if m["review"] is not None:
                if m["review"] is False and review:
                    raise BuildError("%s: marked shippable but open" % where)
                review = review or m["review"]
            nohist = (
                m["conditional"]
                or m["credit"]
                or any(l["sku"] is None and not l.get("candidates") for l in lines)
                or any(l["quantity"] is None for l in lines)
                or any(
                    l["quantity"] is not None and float(l["quantity"]) != int(l["quantity"]) for l in lines
                )
            )
            lwh = None
            erh = None
            if not nohist:
                if ref is not None:
                    basket = apply_reference(ref, orders, skus, variants)
                    if basket is not None:
                        lwh = basket
                else:
                    lwh = [clean_line(resolve_line(l, skus, variants)) for l in lines]
                if lwh is not None:
                    erh = any(is_open(l) for l in lwh)
                    if m["outlier"]:
                        erh = True
            out_lines = [clean_line(l) for l in lines]
            row["lines"] = out_lines
            # notes phrases
            all_lines = out_lines + (lwh or [])
            if any(l["sku"] is None and l.get("candidates") for l in all_lines) or any(
                l["sku"] is not None and "variant" in l and l["variant"] is None for l in all_lines
            ):
                notes = ensure_phrase(notes, "ambiguous")
            if any(l["sku"] is None and not l.get("candidates") for l in all_lines):
                notes = ensure_phrase(notes, "not in catalog")
            if any(l["quantity"] is None for l in all_lines):
                notes = ensure_phrase(notes, "not a whole number", ("quantities not stated",))
            if ref is not None:
                notes = ensure_phrase(notes, "reference to an earlier order", ("reference",))
            row["notes"] = notes
            row["customer"] = m["customer"]
            row["date"] = dates[id(m)]
            row["language"] = m["language"]
            row["expect_review"] = review
            has_hist = lwh is not None and (lwh != out_lines or erh != review)
            if has_hist:
                row["lines_with_history"] = lwh
                row["expect_review_with_history"] = erh
            # expectations written next to the messages
            exp = m["expect"]
            if m["outlier"]:
                if review or not has_hist or not erh or lwh != out_lines:
                    problems.append("%s: outlier shape" % where)
                for l in out_lines:
                    if l["quantity"] < 4 * maxq.get(l["sku"], 10**9):
                        problems.append(
                            "%s: outlier below 4x (%s max %s)" % (where, l["sku"], maxq.get(l["sku"]))
                        )
            elif exp == "resolve":
                if not (has_hist and erh is False):
                    problems.append("%s: expected resolve, got %s/%s" % (where, has_hist, erh))
            elif exp == "keep":
                if not (has_hist and erh is True):
                    problems.append("%s: expected keep, got %s/%s" % (where, has_hist, erh))
            elif exp == "same":
                if has_hist:
                    problems.append("%s: expected no history change" % where)
            elif exp is None:
                if review and not nohist:
                    problems.append("%s: review row without an expectation (hist=%s)" % (where, has_hist))
                if has_hist:
                    problems.append("%s: unexpected history fields" % where)
            # automatic tags
            if any(l.get("candidates") for l in lines):
                tags.add("family")
            if any(has_variants(l["sku"]) for l in lines if l["sku"]) or (
                lwh and any(has_variants(l["sku"]) for l in lwh if l["sku"]) and ref is None
            ):
                tags.add("variant")
            if any(l["sku"] is None and not l.get("candidates") for l in lines):
                tags.add("not_in_catalog")
            if ref is not None:
                tags.add("reference")
            if m["outlier"]:
                tags.add("outlier")
            if not review and not m["outlier"]:
                tags.add("clean")
        else:
            if m["lines"] or ref is not None or m["outlier"]:
                raise BuildError("%s: non-order with lines" % where)
            row["lines"] = []
            row["notes"] = notes
            row["customer"] = m["customer"]
            row["date"] = dates[id(m)]
            row["language"] = m["language"]
            if intent == "CHANGE":
                if m["change"] is None:
                    raise BuildError("%s: CHANGE needs change_lines" % where)
                for l in m["change"]:
                    check_line(l, where)
                row["change_lines"] = [clean_line(l) for l in m["change"]]
                if any(has_variants(l["sku"]) for l in m["change"] if l["sku"]):
                    tags.add("variant")
            elif m["change"] is not None:
                raise BuildError("%s: change_lines on a non-CHANGE row" % where)
            tags.add(intent.lower())
        if m["language"] != "en":
            tags.add("multilingual")
        row["tags"] = sorted(tags)
        rows.append(row)
    if problems:
        raise BuildError("\n".join(problems))
    order = list(range(len(rows)))
    random.Random(SHUFFLE_SEED).shuffle(order)
    out = []
    for i, idx in enumerate(order):
        r = rows[idx]
        out.append(dict([("id", "%s%03d" % (ID_PREFIX, i + 1))] + list(r.items())))
    return out


def write_all(outdir):
    os.makedirs(outdir, exist_ok=True)
    histories, hist = build_histories()
    rows = build_rows(hist)
    with open(os.path.join(outdir, "catalog63.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(CATALOG, ensure_ascii=False, indent=2) + "\n")
    with open(os.path.join(outdir, "holdout63.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "histories63.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for h in histories:
            f.write(json.dumps(h, ensure_ascii=False) + "\n")
    return rows, histories


def main(argv):
    outdir = os.path.abspath(argv[1]) if len(argv) > 1 else os.path.dirname(HERE)
    try:
        rows, histories = write_all(outdir)
    except BuildError as e:
        print("build failed:\n" + str(e), file=sys.stderr)
        return 1
    print(
        "wrote %d messages, %d customers, %d products to %s"
        % (len(rows), len(histories), len(CATALOG["products"]), outdir)
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
