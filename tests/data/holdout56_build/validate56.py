# ruff: noqa  (hand-written data generator of blind set 56, kept as its writer left it)
"""Check catalog56.json, holdout56.jsonl and histories56.jsonl; print the figures. Exit 1 on any failure."""

import collections
import difflib
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from cat56 import FAMILY_WORDS  # noqa: E402

ERR = []


def fail(msg):
    ERR.append(msg)


def load():
    with open(os.path.join(OUT, "catalog56.json"), encoding="utf-8") as f:
        cat = json.load(f)
    rows, hists = [], []
    for name, dst in (("holdout56.jsonl", rows), ("histories56.jsonl", hists)):
        with open(os.path.join(OUT, name), encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                try:
                    dst.append(json.loads(line))
                except ValueError as e:
                    fail(f"{name}:{n}: invalid JSON ({e})")
    return cat, rows, hists


UNITS = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tray", "box", "tub"}
VTYPES = {"SIZE", "COLOR", "VOLUME", "WEIGHT"}
PRICE = re.compile(r"^\d+\.\d\d$")
INTENTS = {"ORDER", "QUESTION", "COMPLAINT", "OTHER", "CANCEL", "CHANGE"}
CHANNELS = {"WHATSAPP", "SMS", "EMAIL"}


def check_catalog(cat):
    names = set()
    for c in cat["categories"]:
        if c["parent"] is not None and c["parent"] not in names:
            fail(f"category {c['name']}: parent {c['parent']} not listed before it")
        if c["name"] in names:
            fail(f"category {c['name']} twice")
        names.add(c["name"])
    skus, aliases = set(), {}
    fam = {w.lower() for w in FAMILY_WORDS}
    nvar = 0
    for p in cat["products"]:
        if p["sku"] in skus:
            fail(f"sku {p['sku']} twice")
        skus.add(p["sku"])
        if p["category"] not in names:
            fail(f"{p['sku']}: unknown category")
        if p["unit"] not in UNITS:
            fail(f"{p['sku']}: unit {p['unit']}")
        if not PRICE.match(p["unit_price"]):
            fail(f"{p['sku']}: price {p['unit_price']}")
        als = [a.lower() for a in p["aliases"]]
        for v in p["variants"]:
            als += [a.lower() for a in v["ai_aliases"]]
        for a in als:
            if a in aliases and aliases[a] != p["sku"]:
                fail(f"alias '{a}' shared by {aliases[a]} and {p['sku']}")
            aliases[a] = p["sku"]
            if a in fam:
                fail(f"alias '{a}' of {p['sku']} is a family word")
        if p["variants"]:
            nvar += 1
        vn = set()
        for v in p["variants"]:
            if v["variant_type"] not in VTYPES:
                fail(f"{p['sku']}: variant type {v['variant_type']}")
            if not v.get("sku") or not PRICE.match(v.get("unit_price", "")):
                fail(f"{p['sku']}/{v['name']}: variant without its own sku or price")
            if v["sku"] in skus:
                fail(f"variant sku {v['sku']} not unique")
            skus.add(v["sku"])
            if v["name"] in vn:
                fail(f"{p['sku']}: variant {v['name']} twice")
            vn.add(v["name"])
    if not 90 <= len(cat["products"]) <= 130:
        fail(f"{len(cat['products'])} products (90-130)")
    if not 12 <= nvar <= 20:
        fail(f"{nvar} products with variants (12-20)")
    return nvar


def main():
    cat, rows, hists = load()
    nvar = check_catalog(cat)
    prod = {p["sku"]: p for p in cat["products"]}
    vnames = {s: {v["name"] for v in p["variants"]} for s, p in prod.items()}

    def check_line(where, d, in_order=True):
        s = d.get("sku")
        if s is None:
            c = d.get("candidates")
            if c is not None:
                if len(c) < 2:
                    fail(f"{where}: fewer than two candidates")
                for x in c:
                    if x not in prod:
                        fail(f"{where}: unknown candidate {x}")
                cv = d.get("candidate_variant")
                if cv and not any(cv in vnames.get(x, ()) for x in c):
                    fail(f"{where}: candidate_variant {cv} fits no candidate")
            if "variant" in d:
                fail(f"{where}: variant key on a null-sku line")
            return
        if s not in prod:
            fail(f"{where}: unknown sku {s}")
            return
        if vnames[s]:
            if "variant" not in d:
                fail(f"{where}: {s} has variants but the line has no variant key")
            elif d["variant"] is not None and d["variant"] not in vnames[s]:
                fail(f"{where}: {s} has no variant {d['variant']}")
        elif "variant" in d:
            fail(f"{where}: variant key on {s}, which has no variants")
        if "candidates" in d:
            fail(f"{where}: candidates on a line with a sku")

    # ---------------------------------------------------------------- histories
    hist_by = {}
    for h in hists:
        for k in ("customer", "name", "kind", "channel", "address", "language", "orders"):
            if k not in h:
                fail(f"history {h.get('customer')}: missing {k}")
        hist_by[h["customer"]] = h
        prev = ""
        for o in h["orders"]:
            if o["date"] <= prev:
                fail(f"history {h['customer']}: dates not increasing")
            prev = o["date"]
            for d in o["lines"]:
                check_line(f"history {h['customer']} {o['date']}", d)
                if (
                    d.get("sku") is None
                    or d.get("quantity") is None
                    or ("variant" in d and d["variant"] is None)
                ):
                    fail(f"history {h['customer']} {o['date']}: incomplete line {d}")
    first_time = [h["customer"] for h in hists if not h["orders"]]

    # ---------------------------------------------------------------- holdout rows
    for n, r in enumerate(rows, 1):
        if r["id"] != f"nd{n:03d}":
            fail(f"row {n}: id {r['id']}")
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        fail("duplicate ids")
    texts = [r["text"] for r in rows]
    min_date = {}
    for r in rows:
        w = r["id"]
        for k in ("channel", "text", "intent", "lines", "notes", "customer", "date", "language", "tags"):
            if k not in r:
                fail(f"{w}: missing {k}")
        if r["intent"] not in INTENTS:
            fail(f"{w}: intent {r['intent']}")
        if r["channel"] not in CHANNELS:
            fail(f"{w}: channel {r['channel']}")
        if r["customer"] not in hist_by:
            fail(f"{w}: customer {r['customer']} has no history entry")
        if not r["date"] > "2028-06-01":
            fail(f"{w}: date {r['date']} not after 2028-06-01")
        min_date[r["customer"]] = min(min_date.get(r["customer"], "9999"), r["date"])
        for d in r["lines"]:
            check_line(w, d)
        for d in r.get("lines_with_history", []):
            check_line(w + " (history)", d)
        for d in r.get("change_lines", []):
            check_line(w + " (change)", d)
        tags = r["tags"]
        if r["intent"] != "ORDER":
            if r["lines"]:
                fail(f"{w}: non-ORDER row with lines")
            for k in ("expect_review", "lines_with_history", "expect_review_with_history"):
                if k in r:
                    fail(f"{w}: non-ORDER row with {k}")
            if "clean" in tags or "outlier" in tags:
                fail(f"{w}: non-ORDER row tagged clean/outlier")
        else:
            if "expect_review" not in r:
                fail(f"{w}: ORDER without expect_review")
            rv = r["expect_review"]
            for key, ls, rev in (
                ("lines", r["lines"], rv),
                ("lines_with_history", r.get("lines_with_history", []), r.get("expect_review_with_history")),
            ):
                for d in ls:
                    openv = "variant" in d and d["variant"] is None
                    if d["sku"] is None or d["quantity"] is None or openv:
                        if rev is not True:
                            fail(f"{w}: open line in {key} on a row without review")
                    if d["sku"] is None and "candidates" in d and "ambiguous" not in r["notes"]:
                        fail(f"{w}: candidates without 'ambiguous' in notes")
                    if openv and "ambiguous" not in r["notes"]:
                        fail(f"{w}: missing variant without 'ambiguous' in notes")
                    if d["sku"] is None and "candidates" not in d and "not in catalog" not in r["notes"]:
                        fail(f"{w}: not-in-catalog line without the note")
                    if d["quantity"] is None and not (
                        "quantities not stated" in r["notes"] or "not a whole number" in r["notes"]
                    ):
                        fail(f"{w}: null quantity without the note")
                    q = d["quantity"]
                    if q is not None and q != int(q) and rev is not True:
                        fail(f"{w}: fractional quantity on a shippable row")
            if "reference" in tags and rv is not True:
                fail(f"{w}: reference row not in review")
            hf = ("lines_with_history" in r, "expect_review_with_history" in r)
            if hf[0] != hf[1]:
                fail(f"{w}: history fields not together")
            if hf[0] and r["lines_with_history"] == r["lines"] and r["expect_review_with_history"] == rv:
                fail(f"{w}: history fields that change nothing")
            shippable = rv is False
            outl = "outlier" in tags
            if ("clean" in tags) != (shippable and not outl):
                fail(f"{w}: clean tag wrong")
            if outl:
                if rv is not False or r.get("expect_review_with_history") is not True:
                    fail(f"{w}: outlier review fields")
                h = hist_by[r["customer"]]
                for d in r["lines"]:
                    mx = max(
                        (l["quantity"] for o in h["orders"] for l in o["lines"] if l["sku"] == d["sku"]),
                        default=0,
                    )
                    if mx and d["quantity"] < 4 * mx:
                        fail(f"{w}: outlier {d['sku']} {d['quantity']} < 4 x {mx}")
                    if not mx:
                        fail(f"{w}: outlier on a product never bought")
        if ("change_lines" in r) != (r["intent"] == "CHANGE"):
            fail(f"{w}: change_lines only and always on CHANGE")
    for cust, d in min_date.items():
        h = hist_by.get(cust)
        if h and h["orders"] and h["orders"][-1]["date"] >= d:
            fail(f"history of {cust} not before its first message")

    # ---------------------------------------------------------------- training examples, phones, e-mail
    low = [t.lower() for t in texts]
    for p in cat["products"]:
        for ex in p["ai_training_examples"]:
            if any(ex.lower() in t for t in low):
                fail(f"training example of {p['sku']} inside a message")
    phone_re = re.compile(r"\+?\d[\d \-]{8,}\d")
    drama = re.compile(r"^(447700900\d{3}|07700900\d{3}|442079460\d{3}|02079460\d{3})$")
    mail_re = re.compile(r"[\w.+-]+@([\w-]+\.)+[\w-]+")
    for r in rows:
        for m in phone_re.finditer(r["text"]):
            digits = re.sub(r"\D", "", m.group())
            if len(digits) >= 10 and not drama.match(digits):
                fail(f"{r['id']}: phone-like number {m.group()!r} is not a drama number")
        for m in mail_re.finditer(r["text"]):
            if not m.group().endswith(".example"):
                fail(f"{r['id']}: e-mail {m.group()} not under .example")
    for h in hists:
        a = h["address"]
        if "@" in a:
            if not a.endswith(".example"):
                fail(f"history {h['customer']}: address {a}")
        elif not drama.match(re.sub(r"\D", "", a)):
            fail(f"history {h['customer']}: address {a} not a drama number")

    # ---------------------------------------------------------------- similarity
    best = (0.0, None, None)
    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            sm = difflib.SequenceMatcher(None, texts[i], texts[j])
            if sm.real_quick_ratio() <= best[0] or sm.quick_ratio() <= best[0]:
                continue
            rr = sm.ratio()
            if rr > best[0]:
                best = (rr, rows[i]["id"], rows[j]["id"])
    mx = best[0]
    if mx >= 0.7:
        fail(f"{best[1]} and {best[2]}: difflib ratio {mx:.2f} (0.7 or more)")

    # ---------------------------------------------------------------- counts
    n = len(rows)
    clean = sum("clean" in r["tags"] for r in rows)
    if n < 180:
        fail(f"{n} messages (at least 180)")
    if clean < 0.4 * n:
        fail(f"clean {clean}/{n} below 40%")
    if len(first_time) < 2:
        fail("fewer than two first-time customers")

    # ---------------------------------------------------------------- determinism
    with tempfile.TemporaryDirectory() as td:
        outs = []
        for seed in ("0", "12345"):
            env = dict(os.environ, PYTHONHASHSEED=seed)
            subprocess.run(
                [sys.executable, os.path.join(HERE, "build56.py")],
                env=env,
                check=True,
                stdout=subprocess.DEVNULL,
            )
            b = b""
            for name in ("catalog56.json", "holdout56.jsonl", "histories56.jsonl"):
                with open(os.path.join(OUT, name), "rb") as f:
                    b += f.read()
            outs.append(b)
        if outs[0] != outs[1]:
            fail("build56.py is not deterministic under different PYTHONHASHSEEDs")

    # ---------------------------------------------------------------- figures
    orders = [r for r in rows if r["intent"] == "ORDER"]
    lines = [d for r in orders for d in r["lines"]]
    print(
        "catalog: %d categories (%d top-level), %d products, %d with variants (%d variants)"
        % (
            len(cat["categories"]),
            sum(c["parent"] is None for c in cat["categories"]),
            len(cat["products"]),
            nvar,
            sum(len(p["variants"]) for p in cat["products"]),
        )
    )
    print("units:", dict(collections.Counter(p["unit"] for p in cat["products"]).most_common()))
    no = sum(len(h["orders"]) for h in hists)
    nl = sum(len(o["lines"]) for h in hists for o in h["orders"])
    dts = sorted(o["date"] for h in hists for o in h["orders"])
    print(
        f"histories: {len(hists)} customers, {no} orders, {nl} lines, {dts[0]} to {dts[-1]}, first-time: {first_time}"
    )
    print(f"messages: {n}, dates {min(r['date'] for r in rows)} to {max(r['date'] for r in rows)}")
    print("intents:", dict(collections.Counter(r["intent"] for r in rows).most_common()))
    print("channels:", dict(collections.Counter(r["channel"] for r in rows).most_common()))
    print(
        "languages:",
        dict(collections.Counter(r["language"] for r in rows).most_common()),
        "non-English ORDER:",
        sum(r["language"] != "en" for r in orders),
    )
    nulls = [d for d in lines if d["sku"] is None]
    print(
        f"order lines: {len(lines)}; null sku {len(nulls)} (candidates {sum('candidates' in d for d in nulls)}, "
        f"not in catalog {sum('candidates' not in d for d in nulls)}); of a product with variants "
        f"{sum('variant' in d for d in lines)} (no variant {sum('variant' in d and d['variant'] is None for d in lines)}); "
        f"null quantity {sum(d['quantity'] is None for d in lines)}"
    )
    ship = sum(r["expect_review"] is False for r in orders)
    print(
        f"review: {ship} shippable ({clean} clean + {ship - clean} outliers), {len(orders) - ship} in review; "
        f"clean {clean}/{n} = {clean / n:.1%}"
    )
    hrows = [r for r in orders if "lines_with_history" in r]
    to_no = sum(r["expect_review"] and not r["expect_review_with_history"] for r in hrows)
    keep = sum(r["expect_review"] and r["expect_review_with_history"] for r in hrows)
    up = sum((not r["expect_review"]) and r["expect_review_with_history"] for r in hrows)
    wh = sum(r.get("expect_review_with_history", r["expect_review"]) is False for r in orders)
    print(
        f"history: lines_with_history on {len(hrows)} rows: {to_no} review->no review, {keep} keep review, "
        f"{up} no review->review; with history {wh} of {len(orders)} orders shippable"
    )
    used = set()
    for r in rows:
        for d in r["lines"] + r.get("lines_with_history", []) + r.get("change_lines", []):
            if d["sku"]:
                used.add(d["sku"])
            used.update(d.get("candidates", []))
    print(f"coverage: {len(used & set(prod))} of {len(prod)} products; missing: {sorted(set(prod) - used)}")
    tc = collections.Counter(t for r in rows for t in r["tags"])
    print("tags:", ", ".join(f"{t} {k}" for t, k in sorted(tc.items(), key=lambda x: (-x[1], x[0]))))
    print(f"highest difflib ratio between two texts: {mx:.2f} ({best[1]}, {best[2]})")
    if ERR:
        print(f"\nFAILED ({len(ERR)}):")
        for e in ERR[:80]:
            print(" -", e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
