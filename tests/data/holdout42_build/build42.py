# ruff: noqa  (hand-written data generator of blind set 42, kept as its writer left it)
"""Rewrites catalog42.json, holdout42.jsonl and histories42.jsonl (fixed seeds, byte-identical on every run).

The messages and plain labels are hand-written in msgs42.py; this script adds the standard note phrases and the
derived tags, and derives lines_with_history / expect_review_with_history from the generated histories by the
rules of the README (never by running the system).
"""

import copy
import datetime
import json
import os
import random
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import cat42  # noqa: E402
import cust42  # noqa: E402
import msgs42  # noqa: E402

CAT = cat42.catalog()
PROD = {p["sku"]: p for p in CAT["products"]}
CUST = {c[0]: c for c in cust42.CUSTOMERS}


def has_variants(sku):
    return bool(PROD[sku]["variants"])


HIST = cust42.histories(has_variants)
HIST_BY = {h["customer"]: h for h in HIST}

BLOCK_TAGS = {"conditional", "credit", "range", "fraction"}


def clean_line(l):
    out = {"sku": l["sku"], "quantity": l["quantity"]}
    if l["sku"] is None:
        if "candidates" in l:
            out["candidates"] = list(l["candidates"])
            if l.get("candidate_variant"):
                out["candidate_variant"] = l["candidate_variant"]
        return out
    assert l["sku"] in PROD, l["sku"]
    if has_variants(l["sku"]):
        assert "variant" in l, ("variant missing for", l["sku"])
        v = l["variant"]
        assert v is None or v in [x["name"] for x in PROD[l["sku"]]["variants"]], (l["sku"], v)
        out["variant"] = v
    else:
        assert "variant" not in l, ("variant on a product without variants", l["sku"])
    return out


def line_open(l):
    if l["sku"] is None or l["quantity"] is None:
        return True
    if has_variants(l["sku"]) and l.get("variant") is None:
        return True
    if l["quantity"] != int(l["quantity"]):
        return True
    return False


def bought(cust):
    skus, variants, maxq = set(), {}, Counter()
    for o in HIST_BY[cust]["orders"]:
        for l in o["lines"]:
            skus.add(l["sku"])
            variants.setdefault(l["sku"], set()).add(l.get("variant"))
            maxq[l["sku"]] = max(maxq[l["sku"]], l["quantity"])
    return skus, variants, maxq


def resolve(l, cust):
    """A family line or missing variant resolved by the customer's history (README rules)."""
    skus, variants, _ = bought(cust)
    if l["sku"] is None and l.get("candidates"):
        inter = [c for c in l["candidates"] if c in skus]
        if len(inter) != 1:
            return dict(l)
        s = inter[0]
        new = {"sku": s, "quantity": l["quantity"]}
        if has_variants(s):
            names = [x["name"] for x in PROD[s]["variants"]]
            cv = l.get("candidate_variant")
            if cv in names:
                new["variant"] = cv
            elif len(variants.get(s, ())) == 1:
                new["variant"] = next(iter(variants[s]))
            else:
                new["variant"] = None
        return new
    if l["sku"] is not None and has_variants(l["sku"]) and l.get("variant") is None and not l.get("_nofill"):
        vs = variants.get(l["sku"], set())
        if len(vs) == 1:
            new = dict(l)
            new["variant"] = next(iter(vs))
            return new
    return dict(l)


def usual_basket(cust):
    orders = HIST_BY[cust]["orders"]
    if not orders:
        return None
    keys = [tuple((l["sku"], l.get("variant"), l["quantity"]) for l in o["lines"]) for o in orders]
    cnt = Counter(keys)
    top = cnt.most_common()
    if len(top) > 1 and top[0][1] == top[1][1]:
        return None
    if top[0][1] < 2:
        return None
    return [dict(sku=s, quantity=q, **({"variant": v} if has_variants(s) else {})) for s, v, q in top[0][0]]


def last_basket(cust):
    orders = HIST_BY[cust]["orders"]
    if not orders:
        return None
    return copy.deepcopy(orders[-1]["lines"])


def same_line(a, b):
    return a["sku"] == b["sku"] and a.get("variant") == b.get("variant")


def apply_reference(spec, lines, cust):
    base = usual_basket(cust) if spec["kind"] == "usual" else last_basket(cust)
    if base is None:
        return None
    base = [dict(l) for l in base]
    for r in spec.get("remove", []):
        if isinstance(r, tuple):
            base = [l for l in base if not (l["sku"] == r[0] and l.get("variant") == r[1])]
        else:
            base = [l for l in base if l["sku"] != r]
    for d in spec.get("double", []):
        for l in base:
            if l["sku"] == d:
                l["quantity"] = l["quantity"] * 2
    for l in lines:
        rl = resolve(l, cust)
        rl = {k: v for k, v in rl.items() if not k.startswith("_")}
        if rl["sku"] is not None and rl["sku"] in spec.get("set", []):
            hit = [b for b in base if b["sku"] == rl["sku"]]
            if has_variants(rl["sku"]):
                hit = [b for b in hit if b.get("variant") == rl.get("variant")] or hit
            if hit:
                hit[0]["quantity"] = rl["quantity"]
                if has_variants(rl["sku"]):
                    hit[0]["variant"] = rl.get("variant")
                continue
        hit = [b for b in base if rl["sku"] is not None and same_line(b, rl)]
        if hit:
            hit[0]["quantity"] = hit[0]["quantity"] + rl["quantity"]
        else:
            base.append(rl)
    return [clean_line(l) for l in base]


def ensure_note(notes, phrase, alts=()):
    if phrase in notes or any(a in notes for a in alts):
        return notes
    return (notes + "; " if notes else "") + phrase


def build_rows():
    rows = []
    for spec in msgs42.MSGS:
        c = CUST[spec["customer"]]
        cust = spec["customer"]
        date = (cust42.FIRST_MESSAGE_DAY + datetime.timedelta(days=spec["day"])).isoformat()
        lang = spec.get("lang") or ("ko" if c[5] == "ko" else "en")
        tags = list(spec["tags"])
        notes = spec["notes"]
        intent = spec["intent"]
        raw = spec["lines"]
        lines = [clean_line(l) for l in raw]
        row = {
            "id": None,
            "channel": spec["channel"],
            "text": spec["text"],
            "intent": intent,
            "lines": lines,
            "notes": "",
            "customer": cust,
            "date": date,
            "language": lang,
        }
        is_new = c[6] == "new"
        if any(l["sku"] is None and "candidates" in l for l in lines):
            notes = ensure_note(notes, "ambiguous")
            tags.append("family")
        if any(l["sku"] is not None and has_variants(l["sku"]) and l["variant"] is None for l in lines):
            notes = ensure_note(notes, "ambiguous")
        if any(l["sku"] is None and "candidates" not in l for l in lines):
            notes = ensure_note(notes, "not in catalog")
            tags.append("not_in_catalog")
        if any(l["quantity"] is None for l in lines):
            notes = ensure_note(notes, "quantities not stated", ["not a whole number"])
        if intent == "ORDER":
            ref = spec.get("ref")
            outlier = spec.get("outlier")
            fraction = any(l["quantity"] is not None and l["quantity"] != int(l["quantity"]) for l in lines)
            review = (
                any(line_open(l) for l in lines)
                or ref is not None
                or fraction
                or bool(set(tags) & BLOCK_TAGS)
                or spec.get("review", False)
            )
            if outlier:
                assert not review
            row["expect_review"] = review
            blocked = (
                any(l["quantity"] is None for l in lines)
                or fraction
                or any(l["sku"] is None and "candidates" not in l for l in lines)
                or bool(set(tags) & BLOCK_TAGS)
                or spec.get("review", False)
            )
            lwh = None
            rwh = None
            if ref is not None:
                tags.append("reference")
                if is_new:
                    notes = ensure_note(notes, "ambiguous")
                else:
                    full = apply_reference(ref, raw, cust)
                    if full is None:
                        notes = ensure_note(notes, "ambiguous")
                        if "ambiguous_reference" not in tags:
                            tags.append("ambiguous_reference")
                    elif not blocked:
                        lwh = full
                        rwh = any(line_open(l) for l in full)
            elif outlier:
                tags.append("outlier")
                lwh = [dict(l) for l in lines]
                rwh = True
            elif not blocked and not is_new:
                res = [
                    clean_line({k: v for k, v in resolve(l, cust).items() if not k.startswith("_")})
                    for l in raw
                ]
                r2 = any(line_open(l) for l in res)
                if res != lines or r2 != review:
                    lwh, rwh = res, r2
            if lwh is not None:
                row["lines_with_history"] = lwh
                row["expect_review_with_history"] = rwh
            if not review and not outlier:
                tags.append("clean")
        else:
            assert not lines
        if intent == "CHANGE":
            row["change_lines"] = [clean_line(l) for l in spec["change"]]
        else:
            assert "change" not in spec
        if intent != "ORDER":
            tags.append(intent.lower())
        var_lines = lines + row.get("change_lines", [])
        if any(l["sku"] is not None and has_variants(l["sku"]) for l in var_lines):
            tags.append("variant")
        if lang != "en" or "mixed" in tags:
            tags.append("multilingual")
        row["notes"] = notes
        seen, tg = set(), []
        for t in tags:
            if t not in seen:
                seen.add(t)
                tg.append(t)
        row["tags"] = tg
        rows.append(row)
    rng = random.Random(4242)
    rng.shuffle(rows)
    for i, r in enumerate(rows, 1):
        r["id"] = f"kr{i:03d}"
    return rows


def main():
    rows = build_rows()
    with open(os.path.join(OUT, "catalog42.json"), "w", encoding="utf-8") as f:
        json.dump(CAT, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(OUT, "histories42.jsonl"), "w", encoding="utf-8") as f:
        for h in HIST:
            f.write(json.dumps(h, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "holdout42.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(CAT['products'])} products, {len(HIST)} histories, {len(rows)} messages")


if __name__ == "__main__":
    main()
