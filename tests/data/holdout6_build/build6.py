# ruff: noqa  (hand-written data generator for the sixth blind set, kept as its writer left it)
"""Build catalog6.json, histories6.jsonl and holdout6.jsonl (sixth blind set), then validate them.

Run: python3 build6.py   (deterministic: fixed seeds)."""

import collections
import json
import random
from pathlib import Path

import cat6
import cust6

HERE = Path(__file__).parent.parent
CATALOG = cat6.catalog()
PROD = {p["sku"]: p for p in CATALOG["products"]}
VARIANTS = {s: [v["name"] for v in p["variants"]] for s, p in PROD.items()}
HIST = {h["customer"]: h for h in cust6.histories()}
CUST = {c[0]: c for c in cust6.C}

U = object()  # "not given"


class Line:
    def __init__(self, sku, qty, variant=U, cands=None, nic=None):
        self.sku, self.qty, self.variant, self.cands, self.nic = sku, qty, variant, cands, nic
        if sku is not None:
            assert sku in PROD, sku
            if VARIANTS[sku]:
                assert variant is not U, f"{sku} needs a variant (name or None)"
                assert variant is None or variant in VARIANTS[sku], (sku, variant)
            else:
                assert variant is U, f"{sku} has no variants"

    def out(self):
        d = {"sku": self.sku, "quantity": self.qty}
        if self.sku is not None and VARIANTS[self.sku]:
            d["variant"] = self.variant
        if self.sku is None and self.cands:
            d["candidates"] = list(self.cands)
        return d


def l(sku, q, v=U):
    return Line(sku, q, v)


def a(q, cands):
    """Ambiguous between catalog products: cands is a list of skus or a dict sku -> variant named in the text."""
    if isinstance(cands, dict):
        hints = dict(cands)
    else:
        hints = {s: None for s in cands}
    for s, v in hints.items():
        assert s in PROD, s
        assert v is None or v in VARIANTS[s], (s, v)
    ln = Line(None, q, cands=list(hints))
    ln.hints = hints
    return ln


def n(q, what):
    return Line(None, q, nic=what)


class R:
    def __init__(self, kind, remove=(), set=None, add=None):
        self.kind, self.remove, self.set, self.add = kind, list(remove), dict(set or {}), add


ROWS = []


def _date(d):
    return f"2026-05-{d:02d}"


def O(
    c, d, text, lines, tags, notes="", review=None, ref=None, outlier=False, ch=None, lang=None, hard=False
):
    ROWS.append(
        dict(
            c=c,
            d=d,
            text=text,
            intent="ORDER",
            lines=lines,
            tags=tags,
            notes=notes,
            review=review,
            ref=ref,
            outlier=outlier,
            ch=ch,
            lang=lang,
            hard=hard,
        )
    )


def X(c, d, text, intent, tags, notes="", ch=None, lang=None, change=None):
    ROWS.append(
        dict(
            c=c,
            d=d,
            text=text,
            intent=intent,
            lines=[],
            tags=tags,
            notes=notes,
            review=None,
            ref=None,
            outlier=False,
            ch=ch,
            lang=lang,
            hard=False,
            change=change,
        )
    )


# ------------------------------------------------------------------ history logic
def _k(ln):
    return (ln["sku"], ln.get("variant") or "", ln["quantity"])


def usual_basket(c):
    orders = HIST[c]["orders"]
    cnt = collections.Counter(tuple(sorted(_k(x) for x in o["lines"])) for o in orders)
    if not cnt:
        return None
    top = cnt.most_common()
    if top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    for o in orders:
        if tuple(sorted(_k(x) for x in o["lines"])) == top[0][0]:
            return [dict(x) for x in o["lines"]]


def last_basket(c):
    orders = HIST[c]["orders"]
    return [dict(x) for x in orders[-1]["lines"]] if orders else None


def bought(c):
    s = collections.defaultdict(set)
    for o in HIST[c]["orders"]:
        for x in o["lines"]:
            s[x["sku"]].add(x.get("variant"))
    return s


def resolve(c, d):
    d = dict(d)
    hints = d.pop("_hints", {})
    b = bought(c)
    if d["sku"] is None and d.get("candidates"):
        hits = [s for s in d["candidates"] if s in b]
        if len(hits) == 1:
            s = hits[0]
            new = {"sku": s, "quantity": d["quantity"]}
            if VARIANTS[s]:
                vs = b[s]
                new["variant"] = hints.get(s) or (next(iter(vs)) if len(vs) == 1 else None)
            return new
    elif d["sku"] is not None and VARIANTS[d["sku"]] and d.get("variant") is None:
        vs = b.get(d["sku"], set())
        if len(vs) == 1:
            d["variant"] = next(iter(vs))
    return d


def needs_review(lines):
    for x in lines:
        if x["sku"] is None or x["quantity"] is None:
            return True
        if VARIANTS[x["sku"]] and x.get("variant") is None:
            return True
    return False


def _same(x, sku, variant):
    return x["sku"] == sku and (variant is None or x.get("variant") == variant)


def with_history(r, lines_out):
    c = r["c"]
    raw = []
    for ln in r["lines"]:
        d = ln.out()
        if getattr(ln, "hints", None):
            d["_hints"] = ln.hints
        raw.append(d)
    unresolved = False
    ref = r["ref"]
    if ref is None:
        res = [resolve(c, d) for d in raw]
    else:
        base = usual_basket(c) if ref.kind == "usual" else last_basket(c)
        if base is None:
            unresolved = True
            res = [resolve(c, d) for d in raw]
        else:
            for item in ref.remove:
                sku, var = item if isinstance(item, tuple) else (item, None)
                n0 = len(base)
                base = [x for x in base if not _same(x, sku, var)]
                assert len(base) < n0, (r["text"], item)
            for item, q in ref.set.items():
                sku, var = item if isinstance(item, tuple) else (item, None)
                hit = [x for x in base if _same(x, sku, var)]
                if hit:
                    hit[0]["quantity"] = q
                else:
                    nl = {"sku": sku, "quantity": q}
                    if VARIANTS[sku]:
                        nl["variant"] = var
                    base.append(nl)
            adds = raw if (ref.add is None and not ref.set) else [x.out() for x in (ref.add or [])]
            for d in adds:
                d = resolve(c, d)
                hit = [
                    x
                    for x in base
                    if d["sku"] is not None and x["sku"] == d["sku"] and x.get("variant") == d.get("variant")
                ]
                if hit and d["quantity"] is not None:
                    hit[0]["quantity"] += d["quantity"]
                else:
                    base.append(d)
            res = base
    res = [{k: x[k] for k in ("sku", "quantity", "variant", "candidates") if k in x} for x in res]
    rwh = unresolved or needs_review(res) or r["outlier"] or r["hard"]
    return res, rwh


# ------------------------------------------------------------------ messages
import msgs6  # noqa: E402

msgs6.fill(O, X, l, a, n, R)


def build():
    out_rows = []
    for r in ROWS:
        cust = CUST[r["c"]]
        row = {"id": None, "channel": r["ch"] or cust[3], "text": r["text"], "intent": r["intent"]}
        lines = [ln.out() for ln in r["lines"]]
        row["lines"] = lines
        row["notes"] = r["notes"]
        row["customer"] = r["c"]
        row["date"] = _date(r["d"])
        row["language"] = r["lang"] or cust[5]
        if r["intent"] == "ORDER":
            review = r["review"]
            if review is None:
                review = needs_review(lines) or r["ref"] is not None or r["hard"]
            row["expect_review"] = review
            lwh, rwh = with_history(r, lines)
            if lwh != lines or rwh != review:
                row["lines_with_history"] = lwh
                row["expect_review_with_history"] = rwh
        if r["intent"] == "CHANGE":
            row["change_lines"] = [ln.out() for ln in r["change"]]
        row["tags"] = list(r["tags"])
        out_rows.append(row)
    random.Random(606).shuffle(out_rows)
    for i, row in enumerate(out_rows, 1):
        row["id"] = f"w{i:03d}"
    return out_rows


def main():
    rows = build()
    (HERE / "catalog6.json").write_text(json.dumps(CATALOG, ensure_ascii=False, indent=1) + "\n")
    with open(HERE / "histories6.jsonl", "w") as f:
        for c in cust6.C:
            f.write(json.dumps(HIST[c[0]], ensure_ascii=False) + "\n")
    with open(HERE / "holdout6.jsonl", "w") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(rows), "rows")


if __name__ == "__main__":
    main()
