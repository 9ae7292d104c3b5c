# ruff: noqa  (hand-written data generator of blind set 15, kept as its writer left it)
"""Rewrites catalog15.json, histories15.jsonl and holdout15.jsonl (fixed seeds, byte-identical on every run).

python3 build15.py   (standard library only)

Plain labels come from msgs15.py (hand-written). History-dependent labels (lines_with_history,
expect_review_with_history) are derived here from the generated histories by these rules, never by running
the system:
- a family line is resolved when exactly one candidate is in the customer's earlier orders; it takes the variant
  named in the text (candidate_variant) or the customer's only variant of that product;
- a missing variant is filled when the customer has bought exactly one variant of the product (never when the
  text names a variant that does not exist);
- a null quantity stays null;
- "the usual" is the customer's unique most frequent exact basket, "same as last week/time" the last order;
  removals, new quantities (set), additions (added to the same line) and doublings are applied; a first-time
  customer's or a no-usual customer's reference stays open;
- an outlier is expect_review false and expect_review_with_history true;
- history fields are written only where the history changes the lines or the review.
"""

import json
import os
import random
from collections import Counter

import cat15
import cust15
import msgs15

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
PRODS, VIDX = cat15.index()
ID_PREFIX = "q"
SHUFFLE_SEED = 1515
HISTORY_SEED = 15


def _vnames(sku):
    return [v["name"] for v in PRODS[sku]["variants"]]


def plain_line(spec):
    """A label line from a msgs15 line spec, without history."""
    if spec["k"] == "L":
        key = spec["key"]
        if key in VIDX:
            sku, vname = VIDX[key]
            return {"sku": sku, "variant": vname, "quantity": spec["q"]}
        assert key in PRODS, key
        if PRODS[key]["variants"]:
            return {"sku": key, "variant": None, "quantity": spec["q"]}
        return {"sku": key, "quantity": spec["q"]}
    if spec["k"] == "F":
        for c in spec["cands"]:
            assert c in PRODS, c
        d = {"sku": None, "quantity": spec["q"], "candidates": list(spec["cands"])}
        if spec.get("cvar"):
            d["candidate_variant"] = spec["cvar"]
        return d
    if spec["k"] == "N":
        return {"sku": None, "quantity": spec["q"]}
    raise ValueError(spec)


def spec_notes(spec):
    out = []
    if spec["k"] == "F":
        out.append("ambiguous: '%s' fits %s" % (spec["word"], ", ".join(spec["cands"])))
    elif spec["k"] == "N":
        out.append("not in catalog: %s" % spec["what"])
    elif spec["k"] == "L" and spec["key"] in PRODS and PRODS[spec["key"]]["variants"]:
        if spec.get("nofill"):
            out.append(
                "ambiguous: variant not stated - the one named does not exist for %s (%s); never filled "
                "from history" % (spec["key"], " / ".join(_vnames(spec["key"])))
            )
        else:
            out.append(
                "ambiguous: variant not stated for %s (%s)" % (spec["key"], " / ".join(_vnames(spec["key"])))
            )
    if spec.get("qwhy"):
        out.append(spec["qwhy"])
    return out


class Hist:
    def __init__(self, h):
        self.orders = h["orders"]
        self.skus = set()
        self.variants = {}
        for o in self.orders:
            for ln in o["lines"]:
                self.skus.add(ln["sku"])
                if "variant" in ln:
                    self.variants.setdefault(ln["sku"], set()).add(ln["variant"])

    def usual(self):
        if not self.orders:
            return None
        cnt = Counter(json.dumps(o["lines"], sort_keys=True) for o in self.orders)
        (top, n), *rest = cnt.most_common()
        if rest and rest[0][1] == n:
            return None
        return [dict(x) for x in json.loads(top)]

    def last(self):
        if not self.orders:
            return None
        return [dict(x) for x in self.orders[-1]["lines"]]


def _reorder(ln):
    out = {"sku": ln["sku"]}
    if "variant" in ln:
        out["variant"] = ln["variant"]
    out["quantity"] = ln["quantity"]
    for k in ("candidates", "candidate_variant"):
        if k in ln:
            out[k] = ln[k]
    return out


def resolve(spec, hist):
    """The line a human who knows the customer's history would enter."""
    ln = plain_line(spec)
    if spec["k"] == "N":
        return ln
    if spec["k"] == "F":
        hits = [c for c in spec["cands"] if c in hist.skus]
        if len(hits) != 1:
            return ln
        sku = hits[0]
        new = {"sku": sku, "quantity": ln["quantity"]}
        if PRODS[sku]["variants"]:
            cvar = spec.get("cvar")
            if cvar and cvar in _vnames(sku):
                new["variant"] = cvar
            else:
                bought = hist.variants.get(sku, set())
                new["variant"] = next(iter(bought)) if len(bought) == 1 else None
        return _reorder(new)
    # L
    if "variant" in ln and ln["variant"] is None and not spec.get("nofill"):
        bought = hist.variants.get(ln["sku"], set())
        if len(bought) == 1:
            ln = dict(ln, variant=next(iter(bought)))
    return ln


def _same(a, b):
    return a["sku"] == b["sku"] and a["sku"] is not None and a.get("variant") == b.get("variant")


def apply_ref(ref, hist):
    basket = hist.usual() if ref["kind"] == "usual" else hist.last()
    if basket is None:
        return None
    for key in ref["remove"]:
        before = len(basket)
        if key in VIDX:
            sku, vn = VIDX[key]
            basket = [l for l in basket if not (l["sku"] == sku and l.get("variant") == vn)]
        else:
            basket = [l for l in basket if l["sku"] != key]
        assert len(basket) < before, ("nothing to remove", key)
    for key in ref["double"]:
        hit = False
        for l in basket:
            if (key in VIDX and (l["sku"], l.get("variant")) == VIDX[key]) or l["sku"] == key:
                l["quantity"] = l["quantity"] * 2
                hit = True
        assert hit, ("nothing to double", key)
    for op in ("set", "add"):
        for spec in ref[op]:
            ln = resolve(spec, hist)
            for l in basket:
                if _same(l, ln):
                    l["quantity"] = ln["quantity"] if op == "set" else l["quantity"] + ln["quantity"]
                    break
            else:
                basket.append(ln)
    return [_reorder(l) for l in basket]


def has_null(lines):
    for l in lines:
        if l["sku"] is None or l["quantity"] is None or ("variant" in l and l["variant"] is None):
            return True
    return False


AUTO_INTENT_TAG = {
    "QUESTION": "question",
    "COMPLAINT": "complaint",
    "OTHER": "other",
    "CANCEL": "cancel",
    "CHANGE": "change",
}


def build_rows(histories):
    hists = {h["customer"]: Hist(h) for h in histories}
    rows = []
    for m in msgs15.MESSAGES:
        cust = cust15.BY_KEY[m["customer"]]
        hist = hists[m["customer"]]
        lang = m["lang"] or cust["language"]
        tags = list(m["tags"])
        notes = [m["notes"]] if m["notes"] else []
        row = {
            "customer": m["customer"],
            "date": m["date"],
            "channel": m["channel"],
            "language": lang,
            "text": m["text"],
            "intent": m["intent"],
        }
        specs = list(m["lines"])
        ref = m["ref"]
        if ref:
            specs_ref = ref["set"] + ref["add"]
            assert not specs, "reference rows take their lines from the ref"
            specs = specs_ref
        lines = [plain_line(s) for s in specs]
        for s in specs:
            notes += spec_notes(s)
        if m["intent"] != "ORDER":
            assert not lines
        row["lines"] = lines
        if m["intent"] == "CHANGE":
            row["change_lines"] = [plain_line(s) for s in m["change"]]
        if m["intent"] == "ORDER":
            review = has_null(lines) or bool(ref) or "credit" in tags or "conditional" in tags
            row["expect_review"] = review
            # history
            if ref:
                lwh = apply_ref(ref, hist)
            else:
                lwh = [resolve(s, hist) for s in specs]
            if lwh is not None:
                rwh = has_null(lwh) or "credit" in tags or "conditional" in tags or m["outlier"]
                if lwh != lines or rwh != review:
                    row["lines_with_history"] = lwh
                    row["expect_review_with_history"] = rwh
            if ref:
                tags.append("reference")
                if lwh is None:
                    tags.append("ambiguous_reference")
                    notes.append("ambiguous reference: cannot be resolved even with history")
                else:
                    notes.append(
                        "reference to history: expect_review without history; the explicit additions and "
                        "new quantities are the lines"
                    )
            if m["outlier"]:
                tags.append("outlier")
            if not review and not m["outlier"]:
                tags.append("clean")
        row["notes"] = "; ".join(notes)
        if m["intent"] in AUTO_INTENT_TAG:
            tags.append(AUTO_INTENT_TAG[m["intent"]])
        if lang != "en":
            tags.append("multilingual")
        if cust["pattern"] == "new":
            tags.append("new_customer")
        all_specs = specs + (m["change"] or [])
        if any(s["k"] == "F" for s in all_specs):
            tags.append("family")
        if any(s["k"] == "N" for s in all_specs):
            tags.append("not_in_catalog")
        if any(s["k"] == "L" and (s["key"] in VIDX or PRODS[s["key"]]["variants"]) for s in all_specs):
            tags.append("variant")
        seen = []
        for t in tags:
            if t not in seen:
                seen.append(t)
        row["tags"] = seen
        rows.append(row)
    rng = random.Random(SHUFFLE_SEED)
    order = list(range(len(rows)))
    rng.shuffle(order)
    out = []
    for i, j in enumerate(order, 1):
        r = rows[j]
        out.append(dict({"id": "%s%03d" % (ID_PREFIX, i)}, **r))
    return out


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main():
    histories = cust15.histories(HISTORY_SEED)
    rows = build_rows(histories)
    write(
        os.path.join(OUT, "catalog15.json"), json.dumps(cat15.catalog(), ensure_ascii=False, indent=2) + "\n"
    )
    write(
        os.path.join(OUT, "histories15.jsonl"),
        "".join(json.dumps(h, ensure_ascii=False) + "\n" for h in histories),
    )
    write(
        os.path.join(OUT, "holdout15.jsonl"), "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    )
    print("wrote %d products, %d customers, %d messages" % (len(PRODS), len(histories), len(rows)))


if __name__ == "__main__":
    main()
