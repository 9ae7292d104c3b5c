# ruff: noqa  (hand-written data generator of blind set 22, kept as its writer left it)
"""Check catalog22.json, histories22.jsonl and holdout22.jsonl and print the set's figures (no project imports)."""

import collections
import difflib
import json
import os
import re
import sys

D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ERR = []


def err(msg):
    ERR.append(msg)


FAMILY_WORDS = {
    "rice",
    "pasta",
    "flour",
    "sugar",
    "beans",
    "baked beans",
    "tomatoes",
    "sweetcorn",
    "gravy",
    "gravy granules",
    "bisto",
    "stock",
    "mayo",
    "mayonnaise",
    "ketchup",
    "oil",
    "cereal",
    "custard",
    "milk",
    "cream",
    "butter",
    "flora",
    "spread",
    "cheese",
    "cheddar",
    "grated cheese",
    "yoghurt",
    "yogurt",
    "sausages",
    "fish fingers",
    "cod",
    "chips",
    "ice cream",
    "sponge",
    "traybake",
    "sugar sticks",
    "hot chocolate",
    "orange juice",
    "apple juice",
    "juice",
    "water",
    "oat milk",
    "oatly",
    "gloves",
    "napkins",
    "cups",
    "puree",
    "pureed meals",
    "chicken",
    "beef",
    "fish",
    "jelly",
    "peas",
    "heinz beans",
}
UNITS = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tray", "box", "tub"}
VTYPES = {"SIZE", "COLOR", "VOLUME", "WEIGHT"}
INTENTS = {"ORDER", "QUESTION", "COMPLAINT", "OTHER", "CANCEL", "CHANGE"}
DRAMA = [
    r"\+447700900\d{3}",
    r"07700 ?900 ?\d{3}",
    r"020 ?7946 ?0\d{3}",
    r"0113 ?496 ?0\d{3}",
    r"0117 ?496 ?0\d{3}",
    r"029 ?2018 ?0\d{3}",
    r"01632 ?960 ?\d{3}",
]
PHONE = re.compile(r"(?:\+44\s?\d[\d ]{8,12}\d|\b0\d{2,4} ?\d{3,4} ?\d{3,4}\b)")


def load():
    try:
        cat = json.load(open(os.path.join(D, "catalog22.json"), encoding="utf-8"))
        hist = [json.loads(l) for l in open(os.path.join(D, "histories22.jsonl"), encoding="utf-8")]
        rows = [json.loads(l) for l in open(os.path.join(D, "holdout22.jsonl"), encoding="utf-8")]
    except ValueError as e:
        print("invalid JSON:", e)
        sys.exit(1)
    return cat, hist, rows


def main():
    cat, hist, rows = load()
    prods = {p["sku"]: p for p in cat["products"]}
    vnames = {p["sku"]: {v["name"] for v in p["variants"]} for p in cat["products"]}

    # ---- catalog
    seen = set()
    for c in cat["categories"]:
        if c["parent"] is not None and c["parent"] not in seen:
            err("category %s listed before its parent" % c["name"])
        seen.add(c["name"])
    if not 90 <= len(prods) <= 120:
        err("product count %d" % len(prods))
    nvar = sum(1 for p in prods.values() if p["variants"])
    if not 12 <= nvar <= 18:
        err("products with variants %d" % nvar)
    aliases = {}
    allsku = set(prods)
    for p in cat["products"]:
        if p["category"] not in seen:
            err("unknown category " + p["category"])
        if p["unit"] not in UNITS:
            err("unit %s on %s" % (p["unit"], p["sku"]))
        if not re.fullmatch(r"\d+\.\d\d", p["unit_price"]):
            err("price on " + p["sku"])
        names = [a.lower() for a in p["aliases"]] + [
            a.lower() for v in p["variants"] for a in v["ai_aliases"]
        ]
        for a in set(names):
            if a in aliases:
                err("alias %r shared by %s and %s" % (a, aliases[a], p["sku"]))
            aliases[a] = p["sku"]
            if a in FAMILY_WORDS:
                err("alias %r on %s is a bare family word" % (a, p["sku"]))
        for v in p["variants"]:
            if v["variant_type"] not in VTYPES:
                err("variant type on " + p["sku"])
            if v["sku"] in allsku:
                err("variant sku not unique " + v["sku"])
            allsku.add(v["sku"])
            if not re.fullmatch(r"\d+\.\d\d", v.get("unit_price", "0.00")):
                err("variant price on " + v["sku"])
    texts_all = " \n".join(r["text"].lower() for r in rows)
    for p in cat["products"]:
        for ex in p["ai_training_examples"]:
            if ex.lower() in texts_all:
                err("training example inside a message: " + ex)

    def check_line(l, where, review_flag):
        sku = l.get("sku")
        if sku is not None:
            if sku not in prods:
                err("%s: unknown sku %s" % (where, sku))
                return
            if prods[sku]["variants"]:
                if "variant" not in l:
                    err("%s: variant key missing on %s" % (where, sku))
                elif l["variant"] is not None and l["variant"] not in vnames[sku]:
                    err("%s: unknown variant %r of %s" % (where, l["variant"], sku))
            elif "variant" in l:
                err("%s: variant key on %s" % (where, sku))
            if "candidates" in l:
                err("%s: candidates on a resolved line" % where)
        else:
            if "variant" in l:
                err("%s: variant key on a null-sku line" % where)
            cands = l.get("candidates")
            if cands is not None:
                if len(cands) < 2:
                    err("%s: fewer than two candidates" % where)
                for cnd in cands:
                    if cnd not in prods:
                        err("%s: unknown candidate %s" % (where, cnd))
                cv = l.get("candidate_variant")
                if cv and not any(cv in vnames.get(cnd, ()) for cnd in cands):
                    err("%s: candidate_variant %r fits no candidate" % (where, cv))
        open_ = (
            sku is None
            or l.get("quantity") is None
            or (sku in prods and prods[sku]["variants"] and l.get("variant") is None)
        )
        if open_ and review_flag is not True:
            err("%s: open line on a row without review" % where)
        return open_

    # ---- histories
    hmap = {h["customer"]: h for h in hist}
    maxq = collections.defaultdict(float)
    for h in hist:
        for k in ("customer", "name", "kind", "channel", "address", "language", "orders"):
            if k not in h:
                err("history %s lacks %s" % (h.get("customer"), k))
        for o in h["orders"]:
            for i, l in enumerate(o["lines"]):
                check_line(l, "history %s %s" % (h["customer"], o["date"]), True)
                if (
                    l.get("sku") is None
                    or not l.get("quantity")
                    or (prods.get(l["sku"], {}).get("variants") and not l.get("variant"))
                ):
                    err("incomplete history line %s %s" % (h["customer"], l))
                maxq[(h["customer"], l["sku"], l.get("variant"))] = max(
                    maxq[(h["customer"], l["sku"], l.get("variant"))], l["quantity"]
                )

    # ---- messages
    for i, r in enumerate(rows, 1):
        if r["id"] != "w%03d" % i:
            err("id %s out of sequence" % r["id"])
    for r in rows:
        rid = r["id"]
        if r["intent"] not in INTENTS:
            err(rid + ": intent")
        if r["customer"] not in hmap:
            err(rid + ": unknown customer")
        else:
            for o in hmap[r["customer"]]["orders"]:
                if o["date"] >= r["date"]:
                    err(rid + ": history order not before the message")
        hf = [k in r for k in ("lines_with_history", "expect_review_with_history")]
        if any(hf) and not all(hf):
            err(rid + ": history fields do not come together")
        if ("change_lines" in r) != (r["intent"] == "CHANGE"):
            err(rid + ": change_lines only and always on CHANGE rows")
        tags = r["tags"]
        if r["intent"] != "ORDER":
            if r["lines"] or "expect_review" in r or any(hf):
                err(rid + ": non-ORDER row with lines or review fields")
            for l in r.get("change_lines", []):
                check_line(l, rid + " change", True)
            if "clean" in tags:
                err(rid + ": clean on a non-order")
            continue
        rev = r["expect_review"]
        opens = [check_line(l, rid, rev) for l in r["lines"]]
        notes = r["notes"]
        for l, o in zip(r["lines"], opens):
            if not o:
                continue
            if l["sku"] is None and "candidates" in l and "ambiguous" not in notes:
                err(rid + ": notes lack 'ambiguous'")
            if l["sku"] is None and "candidates" not in l and "not in catalog" not in notes:
                err(rid + ": notes lack 'not in catalog'")
            if l["sku"] is not None and l.get("quantity") is not None and "ambiguous" not in notes:
                err(rid + ": notes lack 'ambiguous' for a missing variant")
            if l.get("quantity") is None and not (
                "quantities not stated" in notes or "not a whole number" in notes
            ):
                err(rid + ": notes lack a quantity reason")
        if "reference" in tags and rev is not True:
            err(rid + ": reference row not in review")
        outlier = "outlier" in tags
        if ("clean" in tags) != (rev is False and not outlier):
            err(rid + ": clean tag does not match review flags")
        if any(hf):
            rw = r["expect_review_with_history"]
            for l in r["lines_with_history"]:
                check_line(l, rid + " with history", rw)
            if r["lines_with_history"] == r["lines"] and rw == rev:
                err(rid + ": history fields change nothing")
        if outlier:
            if rev is not False or r.get("expect_review_with_history") is not True:
                err(rid + ": outlier flags")
            for l in r["lines"]:
                if l["quantity"] < 4 * maxq[(r["customer"], l["sku"], l.get("variant"))]:
                    err(rid + ": outlier below 4x the largest earlier quantity")

    # ---- privacy
    def check_contact(s, where):
        for mt in PHONE.finditer(s):
            ph = mt.group(0).strip()
            if not any(re.fullmatch(p, ph) for p in DRAMA):
                err("%s: phone-like number %r is not a drama number" % (where, ph))
        for em in re.findall(r"[\w.+-]+@([\w.-]+)", s):
            if not em.endswith(".example"):
                err("%s: e-mail domain %s" % (where, em))

    for r in rows:
        check_contact(r["text"], r["id"])
    for h in hist:
        check_contact(h["address"], h["customer"])

    # ---- similarity
    texts = [(r["id"], r["text"]) for r in rows]
    best = (0, None, None)
    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            sm = difflib.SequenceMatcher(None, texts[i][1], texts[j][1])
            if sm.real_quick_ratio() < best[0] or sm.quick_ratio() < best[0]:
                continue
            rt = sm.ratio()
            if rt > best[0]:
                best = (rt, texts[i][0], texts[j][0])
    if best[0] >= 0.7:
        err("texts %s and %s have similarity %.2f" % (best[1], best[2], best[0]))

    # ---- figures
    orders = [r for r in rows if r["intent"] == "ORDER"]
    print(
        "catalog: %d categories (%d top-level), %d products, %d with variants (%d variants)"
        % (
            len(cat["categories"]),
            sum(1 for c in cat["categories"] if c["parent"] is None),
            len(prods),
            nvar,
            sum(len(p["variants"]) for p in prods.values()),
        )
    )
    print("units:", dict(collections.Counter(p["unit"] for p in prods.values()).most_common()))
    print(
        "histories: %d customers, %d with orders, %d orders, %d lines, %s to %s"
        % (
            len(hist),
            sum(1 for h in hist if h["orders"]),
            sum(len(h["orders"]) for h in hist),
            sum(len(o["lines"]) for h in hist for o in h["orders"]),
            min(o["date"] for h in hist for o in h["orders"]),
            max(o["date"] for h in hist for o in h["orders"]),
        )
    )
    print("messages: %d, %s to %s" % (len(rows), min(r["date"] for r in rows), max(r["date"] for r in rows)))
    ic = collections.Counter(r["intent"] for r in rows)
    print("intents:", ", ".join("%d %s" % (n, k) for k, n in ic.most_common()))
    print(
        "channels:",
        ", ".join("%d %s" % (n, k) for k, n in collections.Counter(r["channel"] for r in rows).most_common()),
    )
    print(
        "languages:",
        ", ".join(
            "%d %s" % (n, k) for k, n in collections.Counter(r["language"] for r in rows).most_common()
        ),
        "(%d ORDER messages not English)" % sum(1 for r in orders if r["language"] != "en"),
    )
    lines = [l for r in orders for l in r["lines"]]
    nulls = [l for l in lines if l["sku"] is None]
    varl = [l for l in lines if l["sku"] and prods[l["sku"]]["variants"]]
    print(
        "order lines: %d; null sku %d (%d ambiguous with candidates, %d not in catalog); %d of a product with variants "
        "(%d with no variant); %d with a null quantity"
        % (
            len(lines),
            len(nulls),
            sum(1 for l in nulls if "candidates" in l),
            sum(1 for l in nulls if "candidates" not in l),
            len(varl),
            sum(1 for l in varl if l["variant"] is None),
            sum(1 for l in lines if l["quantity"] is None),
        )
    )
    clean = sum(1 for r in rows if "clean" in r["tags"])
    outl = sum(1 for r in rows if "outlier" in r["tags"])
    print(
        "review: %d ORDER shippable as written (%d clean + %d outliers), %d expect_review; clean share %d/%d = %.1f%%"
        % (
            sum(1 for r in orders if not r["expect_review"]),
            clean,
            outl,
            sum(1 for r in orders if r["expect_review"]),
            clean,
            len(rows),
            100.0 * clean / len(rows),
        )
    )
    hrows = [r for r in orders if "lines_with_history" in r]
    print(
        "history: lines_with_history on %d rows: %d review->ship, %d stay in review, %d ship->review (outliers); "
        "with history %d of %d orders ship"
        % (
            len(hrows),
            sum(1 for r in hrows if r["expect_review"] and not r["expect_review_with_history"]),
            sum(1 for r in hrows if r["expect_review"] and r["expect_review_with_history"]),
            sum(1 for r in hrows if not r["expect_review"] and r["expect_review_with_history"]),
            sum(1 for r in orders if not r.get("expect_review_with_history", r["expect_review"])),
            len(orders),
        )
    )
    used = set()
    for r in rows:
        for key in ("lines", "lines_with_history", "change_lines"):
            for l in r.get(key, []):
                if l["sku"]:
                    used.add(l["sku"])
                used.update(l.get("candidates", []))
    print(
        "coverage: %d of %d products appear in a label or as a candidate"
        % (len(used & set(prods)), len(prods))
    )
    tc = collections.Counter(t for r in rows for t in r["tags"])
    print("tags:", ", ".join("%s %d" % (k, n) for k, n in tc.most_common()))
    print("highest difflib similarity: %.2f (%s, %s)" % best)
    if ERR:
        print("\nFAILED: %d problems" % len(ERR))
        for e in ERR[:60]:
            print(" -", e)
        sys.exit(1)
    print("\nvalidation passed")


if __name__ == "__main__":
    main()
