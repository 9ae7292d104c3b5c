# ruff: noqa  (hand-written data generator of blind set 32, kept as its writer left it)
"""Check catalog32.json, histories32.jsonl and holdout32.jsonl against the README's rules and print the figures."""

import difflib
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import cat32  # noqa: E402

ERR = []


def err(msg):
    ERR.append(msg)


def load():
    with open(os.path.join(OUT, "catalog32.json"), encoding="utf-8") as f:
        cat = json.load(f)
    rows, hists = [], []
    with open(os.path.join(OUT, "holdout32.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError:
                err("holdout line %d is not JSON" % i)
    with open(os.path.join(OUT, "histories32.jsonl"), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                hists.append(json.loads(line))
            except ValueError:
                err("histories line %d is not JSON" % i)
    return cat, rows, hists


UNITS = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tray", "box", "tub"}
VTYPES = {"SIZE", "COLOR", "VOLUME", "WEIGHT"}
PRICE = re.compile(r"^\d+\.\d\d$")
INTENTS = {"ORDER", "QUESTION", "COMPLAINT", "OTHER", "CANCEL", "CHANGE"}
PHONE = re.compile(r"\+?\d[\d ]{8,}\d")
DRAMA = (re.compile(r"^(\+?44|0)7700900\d{3}$"), re.compile(r"^(\+?44|0)2079460\d{3}$"))
EMAIL = re.compile(r"[\w.+-]+@([\w-]+\.)+[\w-]+")


def check_catalog(cat):
    names = set()
    for c in cat["categories"]:
        if c["parent"] is not None and c["parent"] not in names:
            err("category %s listed before its parent" % c["name"])
        names.add(c["name"])
    prods = cat["products"]
    if not 90 <= len(prods) <= 120:
        err("product count %d" % len(prods))
    nv = sum(1 for p in prods if p["variants"])
    if not 12 <= nv <= 18:
        err("products with variants %d" % nv)
    skus, vskus, aliases = set(), set(), {}
    fam = {w.lower() for w in cat32.FAMILY_WORDS}
    for p in prods:
        if p["sku"] in skus:
            err("duplicate sku " + p["sku"])
        skus.add(p["sku"])
        if p["category"] not in names:
            err("unknown category " + p["category"])
        if p["unit"] not in UNITS:
            err("bad unit " + p["sku"])
        if not PRICE.match(p["unit_price"]):
            err("bad price " + p["sku"])
        al = [a.lower() for a in p["aliases"]]
        vn = set()
        for v in p["variants"]:
            if v["variant_type"] not in VTYPES:
                err("bad variant type " + v["sku"])
            if not PRICE.match(v["unit_price"]):
                err("bad variant price " + v["sku"])
            if v["sku"] in vskus or v["sku"] in skus:
                err("duplicate variant sku " + v["sku"])
            vskus.add(v["sku"])
            if v["name"] in vn:
                err("duplicate variant name %s %s" % (p["sku"], v["name"]))
            vn.add(v["name"])
            al += [a.lower() for a in v["ai_aliases"]]
        for a in al:
            if a in aliases and aliases[a] != p["sku"]:
                err("alias %r shared by %s and %s" % (a, aliases[a], p["sku"]))
            aliases[a] = p["sku"]
            if a in fam:
                err("alias %r of %s is a bare family word" % (a, p["sku"]))
    return {p["sku"]: p for p in prods}


def check_line(prod, ln, where, label=True):
    sku = ln.get("sku")
    if sku is None:
        if not label:
            err(where + ": null sku in history")
            return
        if "variant" in ln:
            err(where + ": variant on a null-sku line")
        if "candidates" in ln:
            cs = ln["candidates"]
            if len(cs) < 2:
                err(where + ": fewer than 2 candidates")
            for c in cs:
                if c not in prod:
                    err(where + ": unknown candidate " + c)
            cv = ln.get("candidate_variant")
            if cv and not any(cv in [v["name"] for v in prod[c]["variants"]] for c in cs if c in prod):
                err(where + ": candidate_variant fits no candidate")
        return
    if sku not in prod:
        err(where + ": unknown sku " + sku)
        return
    p = prod[sku]
    if p["variants"]:
        if "variant" not in ln:
            err(where + ": no variant key on " + sku)
        elif ln["variant"] is not None and ln["variant"] not in [v["name"] for v in p["variants"]]:
            err(where + ": unknown variant %r of %s" % (ln["variant"], sku))
        elif ln["variant"] is None and not label:
            err(where + ": null variant in history")
    elif "variant" in ln:
        err(where + ": variant key on a product without variants " + sku)
    if "candidates" in ln:
        err(where + ": candidates on a resolved line")
    if not label and ln.get("quantity") is None:
        err(where + ": history line without quantity")


def is_open(prod, ln):
    return (
        ln["sku"] is None
        or (prod[ln["sku"]]["variants"] and ln.get("variant") is None)
        or ln["quantity"] is None
    )


def main():
    cat, rows, hists = load()
    prod = check_catalog(cat)
    # histories
    hmap = {}
    for h in hists:
        hmap[h["customer"]] = h
        for k in ("customer", "name", "kind", "channel", "address", "language", "orders"):
            if k not in h:
                err("history %s lacks %s" % (h.get("customer"), k))
        for o in h["orders"]:
            for ln in o["lines"]:
                check_line(prod, ln, "history %s %s" % (h["customer"], o["date"]), label=False)
    # messages
    for i, r in enumerate(rows, 1):
        if r["id"] != "br%03d" % i:
            err("id %s at position %d" % (r["id"], i))
        rid = r["id"]
        for k in ("channel", "customer", "date", "language", "text", "intent", "lines", "notes", "tags"):
            if k not in r:
                err(rid + ": missing " + k)
        if r["intent"] not in INTENTS:
            err(rid + ": bad intent")
        if r["channel"] not in ("WHATSAPP", "SMS", "EMAIL"):
            err(rid + ": bad channel")
        h = hmap.get(r["customer"])
        if h is None:
            err(rid + ": unknown customer")
            continue
        for o in h["orders"]:
            if o["date"] >= r["date"]:
                err(rid + ": history order %s not before message" % o["date"])
        low = r["text"].lower()
        for p in cat["products"]:
            for ex in p["ai_training_examples"]:
                if ex.lower() in low:
                    err(rid + ": training example inside text: " + ex)
        for m in PHONE.findall(r["text"]):
            d = re.sub(r"\D", "", m)
            if len(d) >= 10 and not any(
                rx.match(("+" if m.startswith("+") else "") + d) or rx.match(d) for rx in DRAMA
            ):
                err(rid + ": non-drama phone " + m)
        for m in EMAIL.finditer(r["text"]):
            if not m.group(0).endswith(".example"):
                err(rid + ": e-mail not under .example " + m.group(0))
        notes = r["notes"]
        tags = r["tags"]
        if r["intent"] != "ORDER":
            if r["lines"]:
                err(rid + ": non-ORDER row with lines")
            for k in ("expect_review", "lines_with_history", "expect_review_with_history"):
                if k in r:
                    err(rid + ": non-ORDER row with " + k)
        else:
            if "expect_review" not in r:
                err(rid + ": ORDER without expect_review")
            for j, ln in enumerate(r["lines"]):
                check_line(prod, ln, "%s line %d" % (rid, j))
            review = r["expect_review"]
            for ln in r["lines"]:
                if is_open(prod, ln) and not review:
                    err(rid + ": open line on a shippable row")
                if ln["quantity"] is not None and ln["quantity"] != int(ln["quantity"]) and not review:
                    err(rid + ": fractional quantity on a shippable row")
                if ln["sku"] is None and "candidates" in ln and "ambiguous" not in notes:
                    err(rid + ": candidates without 'ambiguous'")
                if ln["sku"] is None and "candidates" not in ln and "not in catalog" not in notes:
                    err(rid + ": null sku without 'not in catalog'")
                if (
                    ln["sku"]
                    and prod[ln["sku"]]["variants"]
                    and ln.get("variant") is None
                    and "ambiguous" not in notes
                ):
                    err(rid + ": null variant without 'ambiguous'")
                if ln["quantity"] is None and not (
                    "quantities not stated" in notes or "not a whole number" in notes
                ):
                    err(rid + ": null quantity without the phrase")
            if ("lines_with_history" in r) != ("expect_review_with_history" in r):
                err(rid + ": history fields not together")
            if "lines_with_history" in r:
                for j, ln in enumerate(r["lines_with_history"]):
                    check_line(prod, ln, "%s lwh %d" % (rid, j))
                    if is_open(prod, ln) and not r["expect_review_with_history"]:
                        err(rid + ": open history line on a shippable row")
                if r["lines_with_history"] == r["lines"] and r["expect_review_with_history"] == review:
                    err(rid + ": history fields change nothing")
            if "reference" in tags and not review:
                err(rid + ": reference row not in review")
            outlier = "outlier" in tags
            if ("clean" in tags) != (not review and not outlier):
                err(rid + ": clean tag wrong")
            if outlier:
                if review or r.get("expect_review_with_history") is not True:
                    err(rid + ": outlier review flags")
                for ln in r["lines"]:
                    prev = [l["quantity"] for o in h["orders"] for l in o["lines"] if l["sku"] == ln["sku"]]
                    if prev and ln["quantity"] < 4 * max(prev):
                        err(rid + ": outlier %s %s < 4 x %s" % (ln["sku"], ln["quantity"], max(prev)))
        if r["intent"] == "CHANGE":
            if "change_lines" not in r:
                err(rid + ": CHANGE without change_lines")
            else:
                for j, ln in enumerate(r["change_lines"]):
                    check_line(prod, ln, "%s change %d" % (rid, j))
        elif "change_lines" in r:
            err(rid + ": change_lines on a non-CHANGE row")
    # similarity
    texts = [(r["id"], r["text"]) for r in rows]
    best = (0, None, None)
    for a in range(len(texts)):
        for b in range(a + 1, len(texts)):
            sm = difflib.SequenceMatcher(None, texts[a][1], texts[b][1])
            if sm.real_quick_ratio() < 0.55 or sm.quick_ratio() < 0.55:
                continue
            rt = sm.ratio()
            if rt > best[0]:
                best = (rt, texts[a][0], texts[b][0])
            if rt >= 0.7:
                err("texts %s and %s similar %.2f" % (texts[a][0], texts[b][0], rt))
    # addresses
    for h in hists:
        a = h["address"]
        if "@" in a:
            if not a.endswith(".example"):
                err("address not .example " + a)
        elif not any(rx.match(a) for rx in DRAMA):
            err("address not drama " + a)
    n = len(rows)
    clean = sum("clean" in r["tags"] for r in rows)
    if n < 160:
        err("fewer than 160 messages")
    if clean < 0.4 * n:
        err("clean share %.3f below 0.40" % (clean / n))

    # figures
    orders = [r for r in rows if r["intent"] == "ORDER"]
    lines = [l for r in orders for l in r["lines"]]
    print("messages", n, "| clean", clean, "(%.1f%%)" % (100.0 * clean / n))
    print("intents", dict(Counter(r["intent"] for r in rows).most_common()))
    print("channels", dict(Counter(r["channel"] for r in rows).most_common()))
    print(
        "languages",
        dict(Counter(r["language"] for r in rows).most_common()),
        "| non-English orders",
        sum(1 for r in orders if r["language"] != "en"),
    )
    print(
        "order lines",
        len(lines),
        "| null sku",
        sum(l["sku"] is None for l in lines),
        "(ambiguous",
        sum(l["sku"] is None and "candidates" in l for l in lines),
        ", not in catalog",
        sum(l["sku"] is None and "candidates" not in l for l in lines),
        ")",
        "| variant product lines",
        sum(1 for l in lines if l["sku"] and prod[l["sku"]]["variants"]),
        "(no variant",
        sum(1 for l in lines if l["sku"] and prod[l["sku"]]["variants"] and l.get("variant") is None),
        ") | null quantity",
        sum(l["quantity"] is None for l in lines),
    )
    ship = sum(1 for r in orders if not r["expect_review"])
    print("review: ship as written", ship, "| expect_review", len(orders) - ship)
    wh = [r for r in orders if "lines_with_history" in r]
    print(
        "history rows",
        len(wh),
        "| review->no review",
        sum(1 for r in wh if r["expect_review"] and not r["expect_review_with_history"]),
        "| stays review",
        sum(1 for r in wh if r["expect_review"] and r["expect_review_with_history"]),
        "| no review->review",
        sum(1 for r in wh if not r["expect_review"] and r["expect_review_with_history"]),
    )
    shw = sum(1 for r in orders if not r.get("expect_review_with_history", r["expect_review"]))
    print("shippable with history", shw, "of", len(orders))
    used = set()
    for r in rows:
        for k in ("lines", "lines_with_history", "change_lines"):
            for l in r.get(k, []):
                if l["sku"]:
                    used.add(l["sku"])
                used.update(l.get("candidates", []))
    print("coverage", len(used & set(prod)), "of", len(prod))
    print("tags", dict(Counter(t for r in rows for t in r["tags"]).most_common()))
    print(
        "histories: customers",
        len(hists),
        "| with orders",
        sum(1 for h in hists if h["orders"]),
        "| orders",
        sum(len(h["orders"]) for h in hists),
        "| lines",
        sum(len(o["lines"]) for h in hists for o in h["orders"]),
        "| dates",
        min(o["date"] for h in hists for o in h["orders"]),
        "to",
        max(o["date"] for h in hists for o in h["orders"]),
    )
    print("message dates", min(r["date"] for r in rows), "to", max(r["date"] for r in rows))
    print("highest text similarity %.2f (%s, %s)" % best)
    print(
        "categories",
        len(cat["categories"]),
        "| top-level",
        sum(1 for c in cat["categories"] if c["parent"] is None),
        "| products",
        len(prod),
        "| with variants",
        sum(1 for p in prod.values() if p["variants"]),
        "| variants",
        sum(len(p["variants"]) for p in prod.values()),
    )
    print("units", dict(Counter(p["unit"] for p in prod.values()).most_common()))
    if ERR:
        print("\n%d ERRORS" % len(ERR))
        for e in ERR:
            print(" -", e)
        sys.exit(1)
    print("\nOK: all checks pass")


if __name__ == "__main__":
    main()
