# ruff: noqa  (hand-written data generator of blind set 69, kept as its writer left it)
"""Build catalog69.json, holdout69.jsonl and histories69.jsonl from cat69.py, cust69.py and msgs69.py.

    python3 build69.py [output_dir]      (default: the parent folder of holdout69_build, i.e. blind69/)

Fixed seeds only; the output does not depend on PYTHONHASHSEED. The labels are the hand-written ones of msgs69.py;
this script adds the standard note phrases, the derived tags, the dates and ids, and derives lines_with_history /
expect_review_with_history from the generated histories by the rules of the README (never by running the system).
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
sys.dont_write_bytecode = True

import cat69  # noqa: E402
import cust69  # noqa: E402
import msgs69  # noqa: E402

MSG_WEEK = datetime.date(2028, 7, 31)
ID_PREFIX = "st"
SHUFFLE_SEED = 69
UNSET = msgs69.UNSET
REVIEW_FLAGS = {"credit", "conditional", "range", "fraction"}
SKIP_FLAGS = {"credit", "conditional", "range", "fraction"}


def has_variants(sku):
    return cat69.has_variants(sku)


# ------------------------------------------------------------------------------------------------ lines
def out_line(d):
    """A label line in its output shape (key order: sku, variant, quantity, candidates, candidate_variant)."""
    o = {"sku": d["sku"]}
    if d["sku"] is not None:
        if d["sku"] not in cat69.BY_SKU:
            raise ValueError("unknown sku %s" % d["sku"])
        v = d.get("variant", UNSET)
        if has_variants(d["sku"]):
            if v is UNSET or v == UNSET:
                raise ValueError("variant not given for %s" % d["sku"])
            if v is not None and v not in cat69.variant_names(d["sku"]):
                raise ValueError("unknown variant %r of %s" % (v, d["sku"]))
            o["variant"] = v
        elif v not in (UNSET, None) and v != UNSET:
            raise ValueError("variant given for %s, which has none" % d["sku"])
    o["quantity"] = d["quantity"]
    if d.get("candidates"):
        o["candidates"] = list(d["candidates"])
    if d.get("candidate_variant") is not None:
        o["candidate_variant"] = d["candidate_variant"]
    return o


def is_open(o):
    if o["sku"] is None or o["quantity"] is None:
        return True
    if has_variants(o["sku"]) and o.get("variant") is None:
        return True
    if o["quantity"] != int(o["quantity"]):
        return True
    return False


def is_fraction(o):
    return o["quantity"] is not None and o["quantity"] != int(o["quantity"])


# ------------------------------------------------------------------------------------------------ history
class Hist:
    def __init__(self, orders):
        self.orders = orders
        self.skus = set()
        self.vars = {}
        for od in orders:
            for ln in od["lines"]:
                self.skus.add(ln["sku"])
                if "variant" in ln:
                    self.vars.setdefault(ln["sku"], set()).add(ln["variant"])

    def resolve(self, d, o):
        """Resolve one label line (d = hand-written dict, o = output line) with the customer's history."""
        o = copy.deepcopy(o)
        if o["sku"] is None and o.get("candidates"):
            bought = [c for c in o["candidates"] if c in self.skus]
            if len(bought) != 1:
                return o
            sku = bought[0]
            n = {"sku": sku}
            if has_variants(sku):
                cv = o.get("candidate_variant")
                if cv is not None and cv in cat69.variant_names(sku):
                    n["variant"] = cv
                elif len(self.vars.get(sku, ())) == 1:
                    n["variant"] = sorted(self.vars[sku])[0]
                else:
                    n["variant"] = None
            n["quantity"] = o["quantity"]
            return n
        if (
            o["sku"] is not None
            and has_variants(o["sku"])
            and o.get("variant") is None
            and not d.get("nofill")
        ):
            vs = self.vars.get(o["sku"], set())
            if len(vs) == 1:
                o["variant"] = sorted(vs)[0]
        return o

    def basket(self, kind):
        if not self.orders:
            return None
        if kind == "last":
            return copy.deepcopy(self.orders[-1]["lines"])
        if kind == "usual":

            def key(lines):
                return tuple(sorted(json.dumps(x, sort_keys=True) for x in lines))

            cnt = Counter(key(od["lines"]) for od in self.orders)
            best = cnt.most_common()
            if len(best) > 1 and best[0][1] == best[1][1]:
                return None
            if best[0][1] < 2:
                return None
            for od in self.orders:
                if key(od["lines"]) == best[0][0]:
                    return copy.deepcopy(od["lines"])
        return None


def same_line(a, b):
    return a["sku"] == b["sku"] and a.get("variant") == b.get("variant")


def apply_ops(base, ops, hist):
    lines = base
    for op in ops:
        kind = op[0]
        if kind == "remove":
            lines = [x for x in lines if x["sku"] != op[1]]
        elif kind == "double":
            for x in lines:
                if x["sku"] == op[1]:
                    x["quantity"] = x["quantity"] * 2
        elif kind in ("set", "add"):
            n = hist.resolve(op[1], out_line(op[1]))
            hit = [x for x in lines if x["sku"] is not None and same_line(x, n)]
            if hit:
                if kind == "set":
                    hit[0]["quantity"] = n["quantity"]
                else:
                    hit[0]["quantity"] = hit[0]["quantity"] + n["quantity"]
            else:
                lines.append(n)
        else:
            raise ValueError(op)
    return lines


# ------------------------------------------------------------------------------------------------ build
def note_with_phrases(notes, lines, ref, flags):
    need = []
    low = notes.lower()
    if any(o["sku"] is None and o.get("candidates") for o in lines) or any(
        o["sku"] is not None and has_variants(o["sku"]) and o.get("variant") is None for o in lines
    ):
        if "ambiguous" not in low:
            need.append("ambiguous")
    if any(o["sku"] is None and not o.get("candidates") for o in lines) and "not in catalog" not in low:
        need.append("not in catalog")
    if (
        any(o["quantity"] is None for o in lines)
        and "quantities not stated" not in low
        and "not a whole number" not in low
    ):
        need.append("quantities not stated")
    if ref and "ambiguous" not in low and "ambiguous" not in need:
        need.append("ambiguous: a reference to the customer's history")
    if "outlier" in flags and "outlier" not in low:
        need.append("outlier: far above the customer's usual quantity")
    parts = [notes] if notes else []
    parts += need
    return "; ".join(parts)


def build_rows(histories):
    per_cust = Counter(m["customer"] for m in msgs69.MSGS)
    seen = Counter()
    rows = []
    for m in msgs69.MSGS:
        cust = cust69.BY_KEY[m["customer"]]
        i = seen[m["customer"]]
        seen[m["customer"]] += 1
        day = (i * 7) // per_cust[m["customer"]]
        date = (MSG_WEEK + datetime.timedelta(days=day)).isoformat()
        lang = m["lang"] or cust["language"]
        row = {
            "id": None,
            "customer": m["customer"],
            "date": date,
            "channel": m["channel"],
            "language": lang,
            "text": m["text"],
            "intent": m["intent"],
        }
        tags = list(m["tags"])
        flags = set(m["flags"])
        lines = [out_line(d) for d in m["lines"]]
        notes = m["notes"]
        outcome = None
        if m["intent"] == "ORDER":
            row["lines"] = lines
            review = any(is_open(o) for o in lines) or bool(m["ref"]) or bool(flags & REVIEW_FLAGS)
            if m["review"] is not None:
                review = m["review"]
            row["expect_review"] = review
            hist = Hist(histories[m["customer"]])
            skip = (
                bool(flags & SKIP_FLAGS)
                or any(o["quantity"] is None or is_fraction(o) for o in lines)
                or any(o["sku"] is None and not o.get("candidates") for o in lines)
            )
            if "outlier" in flags:
                lwh, rwh = copy.deepcopy(lines), True
                outcome = "outlier"
            elif skip:
                lwh, rwh = lines, review
                outcome = "skip"
            else:
                if m["ref"] in ("usual", "last"):
                    base = hist.basket(m["ref"])
                    if base is None:
                        raise ValueError(
                            "reference cannot be resolved for %s: %s" % (m["customer"], m["text"])
                        )
                    lwh = apply_ops(base, m["ops"], hist)
                    rwh = any(is_open(o) for o in lwh)
                elif m["ref"] == "unresolved":
                    lwh, rwh = lines, True
                else:
                    lwh = [hist.resolve(d, o) for d, o in zip(m["lines"], lines)]
                    rwh = any(is_open(o) for o in lwh) or bool(flags & REVIEW_FLAGS)
                if lwh != lines or rwh != review:
                    outcome = "open" if rwh else "res"
                elif review:
                    outcome = "same"
            if outcome in ("res", "open", "outlier"):
                row["lines_with_history"] = lwh
                row["expect_review_with_history"] = rwh
            expected = m["h"]
            if expected != outcome:
                raise ValueError(
                    "history outcome %r, expected %r: %s | %s"
                    % (outcome, expected, m["customer"], m["text"][:70])
                )
            if not review and not m["lines"]:
                raise ValueError("shippable order without lines: %s" % m["text"])
        else:
            row["lines"] = []
            if m["lines"] or m["ref"] or m["h"]:
                raise ValueError("non-order with order fields: %s" % m["text"])
        if m["intent"] == "CHANGE":
            row["change_lines"] = [out_line(d) for d in m["change"]]
        elif m["change"] is not None:
            raise ValueError("change_lines on a non-CHANGE row")
        row["notes"] = note_with_phrases(notes, lines if m["intent"] == "ORDER" else [], m["ref"], flags)
        # derived tags
        if m["intent"] != "ORDER":
            tags.append(m["intent"].lower())
        if lang != "en":
            tags.append("multilingual")
        all_lines = lines + row.get("change_lines", [])
        if any(o["sku"] is None and o.get("candidates") for o in lines):
            tags.append("family")
        if any(
            (o["sku"] is not None and has_variants(o["sku"])) or o.get("candidate_variant") for o in all_lines
        ):
            tags.append("variant")
        if any(o["sku"] is None and not o.get("candidates") for o in lines):
            tags.append("not_in_catalog")
        if m["ref"]:
            tags.append("reference")
        if "outlier" in flags:
            tags.append("outlier")
        tags.extend(sorted(flags & REVIEW_FLAGS))
        if m["intent"] == "ORDER" and not row["expect_review"] and "outlier" not in flags:
            tags.append("clean")
        if cust["type"] == "new":
            tags.append("new_customer")
        row["tags"] = sorted(set(tags))
        rows.append(row)
    rng = random.Random(SHUFFLE_SEED)
    rng.shuffle(rows)
    for n, r in enumerate(rows, 1):
        r["id"] = "%s%03d" % (ID_PREFIX, n)
    return rows


def histories_file(histories):
    out = []
    for c in cust69.CUSTOMERS:
        out.append(
            {
                "customer": c["key"],
                "name": c["name"],
                "kind": c["kind"],
                "channel": c["channel"],
                "address": c["address"],
                "language": c["language"],
                "orders": histories[c["key"]],
            }
        )
    return out


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
    os.makedirs(outdir, exist_ok=True)
    histories = cust69.generate(has_variants)
    rows = build_rows(histories)
    with open(os.path.join(outdir, "catalog69.json"), "w", encoding="utf-8") as f:
        f.write(json.dumps(cat69.catalog(), ensure_ascii=False, indent=2) + "\n")
    with open(os.path.join(outdir, "holdout69.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "histories69.jsonl"), "w", encoding="utf-8") as f:
        for h in histories_file(histories):
            f.write(json.dumps(h, ensure_ascii=False) + "\n")
    print(
        "wrote %d messages, %d products, %d customers to %s"
        % (len(rows), len(cat69.PRODUCTS), len(cust69.CUSTOMERS), outdir)
    )


if __name__ == "__main__":
    main()
