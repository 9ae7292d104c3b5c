# ruff: noqa  (hand-written data generator of blind set 46, kept as its writer left it)
"""Validate blind set 46 (catalog46.json, holdout46.jsonl, histories46.jsonl) and print its figures.

Python 3.11 standard library only. Exit status 1 on any failure.
"""

import collections
import difflib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)
import cat46  # noqa: E402

ERR = []


def err(msg):
    ERR.append(msg)


UNITS = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tray", "box", "tub"}
VTYPES = {"SIZE", "COLOR", "VOLUME", "WEIGHT"}
INTENTS = {"ORDER", "QUESTION", "COMPLAINT", "OTHER", "CANCEL", "CHANGE"}
CHANNELS = {"WHATSAPP", "SMS", "EMAIL"}
LANGS = {"en", "nl", "pl", "de"}
PRICE = re.compile(r"^\d+\.\d\d$")
DATE = re.compile(r"^\d{4}-\d\d-\d\d$")
MIN_DATE = "2028-01-01"


def load():
    try:
        with open(os.path.join(OUT, "catalog46.json"), encoding="utf-8") as f:
            cat = json.load(f)
        rows = [
            json.loads(l) for l in open(os.path.join(OUT, "holdout46.jsonl"), encoding="utf-8") if l.strip()
        ]
        hists = [
            json.loads(l) for l in open(os.path.join(OUT, "histories46.jsonl"), encoding="utf-8") if l.strip()
        ]
    except (OSError, ValueError) as e:
        print("FAIL: cannot load files:", e)
        sys.exit(1)
    return cat, rows, hists


def check_catalog(cat):
    names = set()
    for c in cat["categories"]:
        if c["parent"] is not None and c["parent"] not in names:
            err("category %s listed before its parent" % c["name"])
        if c["name"] in names:
            err("duplicate category " + c["name"])
        names.add(c["name"])
    prods = cat["products"]
    skus = set()
    aliases = {}
    family = {w.lower() for w in cat46.FAMILY_WORDS}
    for p in prods:
        if p["sku"] in skus:
            err("duplicate sku " + p["sku"])
        skus.add(p["sku"])
        if p["category"] not in names:
            err("unknown category for " + p["sku"])
        if p["unit"] not in UNITS:
            err("bad unit for " + p["sku"])
        if not PRICE.match(p["unit_price"]):
            err("bad price for " + p["sku"])
        als = list(p["aliases"])
        for v in p["variants"]:
            if v["variant_type"] not in VTYPES:
                err("bad variant type %s/%s" % (p["sku"], v["name"]))
            if not v.get("sku"):
                err("variant without sku %s/%s" % (p["sku"], v["name"]))
            elif v["sku"] in skus:
                err("duplicate variant sku " + v["sku"])
            else:
                skus.add(v["sku"])
            if not PRICE.match(v.get("unit_price", "")):
                err("bad variant price %s/%s" % (p["sku"], v["name"]))
            als += v.get("ai_aliases", [])
        vnames = [v["name"] for v in p["variants"]]
        if len(set(vnames)) != len(vnames):
            err("duplicate variant name in " + p["sku"])
        for a in als:
            k = a.lower().strip()
            if k in aliases and aliases[k] != p["sku"]:
                err("alias %r shared by %s and %s" % (a, aliases[k], p["sku"]))
            if k in aliases and aliases[k] == p["sku"]:
                err("alias %r repeated in %s" % (a, p["sku"]))
            aliases[k] = p["sku"]
            if k in family:
                err("alias %r of %s is a bare family word" % (a, p["sku"]))
    n = len(prods)
    nv = sum(1 for p in prods if p["variants"])
    if not 90 <= n <= 130:
        err("product count %d not in 90-130" % n)
    if not 12 <= nv <= 20:
        err("products with variants %d not in 12-20" % nv)
    return {p["sku"]: p for p in prods}


def check_line(l, P, where, allow_cand=True):
    sku = l.get("sku", "MISSING")
    if sku == "MISSING" or "quantity" not in l:
        err("%s: incomplete line %r" % (where, l))
        return
    if sku is not None:
        if sku not in P:
            err("%s: unknown sku %s" % (where, sku))
            return
        has_v = bool(P[sku]["variants"])
        if has_v and "variant" not in l:
            err("%s: line of %s without variant key" % (where, sku))
        if not has_v and "variant" in l:
            err("%s: variant key on %s" % (where, sku))
        if (
            has_v
            and l.get("variant") is not None
            and l["variant"] not in [v["name"] for v in P[sku]["variants"]]
        ):
            err("%s: unknown variant %s/%s" % (where, sku, l["variant"]))
        if "candidates" in l:
            err("%s: candidates on a line with a sku" % where)
    else:
        if "variant" in l:
            err("%s: variant key on a null-sku line" % where)
        if "candidates" in l:
            if not allow_cand:
                err("%s: candidates not allowed here" % where)
            c = l["candidates"]
            if len(c) < 2 or len(set(c)) != len(c):
                err("%s: candidate line needs two or more distinct candidates" % where)
            for s in c:
                if s not in P:
                    err("%s: unknown candidate %s" % (where, s))
            cv = l.get("candidate_variant")
            if cv is not None:
                if not any(s in P and cv in [v["name"] for v in P[s]["variants"]] for s in c):
                    err("%s: candidate_variant %s fits no candidate" % (where, cv))
        elif "candidate_variant" in l:
            err("%s: candidate_variant without candidates" % where)
    q = l["quantity"]
    if q is not None and (not isinstance(q, (int, float)) or q < 0):
        err("%s: bad quantity %r" % (where, q))


def is_open(l):
    if l["sku"] is None or l["quantity"] is None:
        return True
    if "variant" in l and l["variant"] is None:
        return True
    return l["quantity"] != int(l["quantity"])


def frac(l):
    return l["quantity"] is not None and l["quantity"] != int(l["quantity"])


DRAMA = [
    re.compile(p)
    for p in (
        r"^447700900\d{3}$",
        r"^07700900\d{3}$",
        r"^02079460\d{3}$",
        r"^442079460\d{3}$",
        r"^01632960\d{3}$",
        r"^441632960\d{3}$",
    )
]
PHONE = re.compile(r"\+?\d[\d \-()]{7,}\d")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def check_contacts(text, where):
    for m in PHONE.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if len(digits) >= 10 and not any(p.match(digits) for p in DRAMA):
            err("%s: phone-like number %r is not a drama number" % (where, m.group()))
    for m in EMAIL.finditer(text):
        if not m.group().lower().endswith(".example"):
            err("%s: e-mail %s is not under .example" % (where, m.group()))


def main():
    cat, rows, hists = load()
    P = check_catalog(cat)

    # ---- histories
    H = {}
    for h in hists:
        for k in ("customer", "name", "kind", "channel", "address", "language", "orders"):
            if k not in h:
                err("history %s lacks %s" % (h.get("customer"), k))
        if h["customer"] in H:
            err("duplicate history customer " + h["customer"])
        H[h["customer"]] = h
        check_contacts(h["address"], "address of " + h["customer"])
        if not (h["address"].startswith("+") or "@" in h["address"]):
            err("address of %s is neither phone nor e-mail" % h["customer"])
        prev = ""
        for o in h["orders"]:
            if not DATE.match(o["date"]) or o["date"] <= MIN_DATE:
                err("history date %s of %s" % (o["date"], h["customer"]))
            if o["date"] <= prev:
                err("history of %s not in date order" % h["customer"])
            prev = o["date"]
            if not o["lines"]:
                err("empty history order of " + h["customer"])
            for l in o["lines"]:
                check_line(l, P, "history " + h["customer"], allow_cand=False)
                if l.get("sku") is None or l.get("quantity") is None or is_open(l) or l["quantity"] <= 0:
                    err("history line incomplete for %s: %r" % (h["customer"], l))

    # ---- messages
    ids = [r["id"] for r in rows]
    if ids != ["fl%03d" % i for i in range(1, len(rows) + 1)]:
        err("ids do not run fl001... without gaps")
    first_msg = {}
    for r in rows:
        w = r["id"]
        for k in (
            "id",
            "channel",
            "customer",
            "date",
            "language",
            "text",
            "intent",
            "lines",
            "notes",
            "tags",
        ):
            if k not in r:
                err("%s lacks %s" % (w, k))
        if r["intent"] not in INTENTS:
            err(w + ": bad intent")
        if r["channel"] not in CHANNELS:
            err(w + ": bad channel")
        if r["language"] not in LANGS:
            err(w + ": bad language")
        if r["customer"] not in H:
            err(w + ": unknown customer")
        if not DATE.match(r["date"]) or r["date"] <= MIN_DATE:
            err(w + ": bad date")
        first_msg[r["customer"]] = min(first_msg.get(r["customer"], "9999"), r["date"])
        check_contacts(r["text"], w)
        tags = r["tags"]
        notes = r["notes"]
        hist_keys = [k for k in ("lines_with_history", "expect_review_with_history") if k in r]
        if r["intent"] != "ORDER":
            if r["lines"]:
                err(w + ": non-ORDER row with lines")
            if "expect_review" in r or hist_keys:
                err(w + ": non-ORDER row with review or history fields")
        else:
            if "expect_review" not in r:
                err(w + ": ORDER row without expect_review")
            for l in r["lines"]:
                check_line(l, P, w)
            if len(hist_keys) == 1:
                err(w + ": history fields must come together")
            rev = r.get("expect_review")
            for l in r["lines"]:
                if is_open(l):
                    if rev is not True:
                        err(w + ": open line on a row without review")
                if l["sku"] is None and "candidates" in l and "ambiguous" not in notes:
                    err(w + ": candidates but notes lack 'ambiguous'")
                if l["sku"] is None and "candidates" not in l and "not in catalog" not in notes:
                    err(w + ": null sku but notes lack 'not in catalog'")
                if l["sku"] is not None and l.get("variant", "x") is None and "ambiguous" not in notes:
                    err(w + ": null variant but notes lack 'ambiguous'")
                if l["quantity"] is None and not (
                    "quantities not stated" in notes or "not a whole number" in notes
                ):
                    err(w + ": null quantity but notes lack the phrase")
                if frac(l) and rev is not True:
                    err(w + ": fractional quantity on a shippable row")
            if hist_keys:
                for l in r["lines_with_history"]:
                    check_line(l, P, w + " (history)")
                    if is_open(l) and r["expect_review_with_history"] is not True:
                        err(w + ": open history line on a row shippable with history")
                    if l["quantity"] is None or frac(l):
                        err(w + ": history fields on a null-quantity or fractional row")
                if (
                    r["lines_with_history"] == r["lines"]
                    and r["expect_review_with_history"] == r["expect_review"]
                ):
                    err(w + ": history fields that change nothing")
            if "reference" in tags and rev is not True:
                err(w + ": reference row not in review")
            shippable = rev is False
            if ("clean" in tags) != (shippable and "outlier" not in tags):
                err(w + ": clean tag wrong")
            if "outlier" in tags:
                if rev is not False or r.get("expect_review_with_history") is not True:
                    err(w + ": outlier must be review false, with history true")
                for l in r["lines"]:
                    mx = max(
                        [
                            x["quantity"]
                            for o in H[r["customer"]]["orders"]
                            for x in o["lines"]
                            if x["sku"] == l["sku"]
                        ]
                        or [0]
                    )
                    if mx == 0 or l["quantity"] < 4 * mx:
                        err(
                            w
                            + ": outlier %s %s is not 4x the largest earlier %s"
                            % (l["sku"], l["quantity"], mx)
                        )
        if ("change_lines" in r) != (r["intent"] == "CHANGE"):
            err(w + ": change_lines only and always on CHANGE rows")
        for l in r.get("change_lines", []):
            check_line(l, P, w + " (change)", allow_cand=False)
            if l["sku"] is None:
                err(w + ": null sku in change_lines")

    for c, d in first_msg.items():
        for o in H[c]["orders"]:
            if o["date"] >= d:
                err("history order %s of %s is not before its messages" % (o["date"], c))

    # ---- training examples and similarity
    texts = [r["text"] for r in rows]
    low = [t.lower() for t in texts]
    for p in cat["products"]:
        for ex in p["ai_training_examples"]:
            e = ex.lower()
            for r, t in zip(rows, low):
                if e in t:
                    err("training example of %s occurs in %s" % (p["sku"], r["id"]))
    best = (0.0, None, None)
    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            sm = difflib.SequenceMatcher(None, texts[i], texts[j], autojunk=False)
            if sm.real_quick_ratio() < max(0.5, best[0]) or sm.quick_ratio() < max(0.5, best[0]):
                continue
            rt = sm.ratio()
            if rt > best[0]:
                best = (rt, rows[i]["id"], rows[j]["id"])
    if best[0] >= 0.7:
        err("texts %s and %s have difflib ratio %.2f" % (best[1], best[2], best[0]))

    n = len(rows)
    orders = [r for r in rows if r["intent"] == "ORDER"]
    clean = [r for r in rows if "clean" in r["tags"]]
    if n < 170:
        err("only %d messages" % n)
    if len(clean) < 0.4 * n:
        err("clean %d of %d is under 40%%" % (len(clean), n))

    # ---- figures
    print("== figures for readme46.md ==")
    ic = collections.Counter(r["intent"] for r in rows)
    print(
        "intents:",
        ", ".join(
            "%d %s" % (ic[k], k) for k in ["ORDER", "QUESTION", "COMPLAINT", "OTHER", "CANCEL", "CHANGE"]
        ),
        "(ORDER %.0f%%)" % (100.0 * ic["ORDER"] / n),
    )
    cc = collections.Counter(r["channel"] for r in rows)
    print("channels:", ", ".join("%d %s" % (v, k) for k, v in cc.most_common()))
    lc = collections.Counter(r["language"] for r in rows)
    print(
        "languages:",
        ", ".join("%d %s" % (v, k) for k, v in lc.most_common()),
        "| non-English ORDER rows:",
        sum(1 for r in orders if r["language"] != "en"),
    )
    L = [l for r in orders for l in r["lines"]]
    amb = sum(1 for l in L if l["sku"] is None and "candidates" in l)
    nic = sum(1 for l in L if l["sku"] is None and "candidates" not in l)
    var = [l for l in L if l["sku"] is not None and P[l["sku"]]["variants"]]
    print(
        "order lines: %d; null sku %d (%d ambiguous with candidates, %d not in catalog); %d of a product with "
        "variants (%d with no variant); %d null quantity; %d fractional"
        % (
            len(L),
            amb + nic,
            amb,
            nic,
            len(var),
            sum(1 for l in var if l.get("variant") is None),
            sum(1 for l in L if l["quantity"] is None),
            sum(1 for l in L if frac(l)),
        )
    )
    ship = [r for r in orders if r["expect_review"] is False]
    outl = [r for r in orders if "outlier" in r["tags"]]
    print(
        "review: %d shippable as written (%d clean + %d outliers), %d expect_review; clean %d of %d = %.1f%%"
        % (len(ship), len(clean), len(outl), len(orders) - len(ship), len(clean), n, 100.0 * len(clean) / n)
    )
    wh = [r for r in orders if "lines_with_history" in r]
    to_ship = sum(1 for r in wh if r["expect_review"] and not r["expect_review_with_history"])
    keep = sum(1 for r in wh if r["expect_review"] and r["expect_review_with_history"])
    up = sum(1 for r in wh if not r["expect_review"] and r["expect_review_with_history"])
    unchanged = sum(1 for r in orders if r["expect_review"] and "lines_with_history" not in r)
    ship_h = sum(
        1
        for r in orders
        if (r["expect_review_with_history"] if "lines_with_history" in r else r["expect_review"]) is False
    )
    print(
        "history: lines_with_history on %d rows: %d review->no review, %d keep review, %d outliers no review->review;"
        " %d review rows unchanged by history; with history %d of %d orders shippable"
        % (len(wh), to_ship, keep, up, unchanged, ship_h, len(orders))
    )
    used = set()
    for r in rows:
        for key in ("lines", "lines_with_history", "change_lines"):
            for l in r.get(key, []):
                if l["sku"]:
                    used.add(l["sku"])
                used.update(l.get("candidates", []))
    print("coverage: %d of %d products appear in a label or as a candidate" % (len(used & set(P)), len(P)))
    if set(P) - used:
        print("   not covered:", sorted(set(P) - used))
    tc = collections.Counter(t for r in rows for t in r["tags"])
    print("tags:", ", ".join("`%s` %d" % (k, v) for k, v in sorted(tc.items(), key=lambda x: (-x[1], x[0]))))
    ho = sum(len(h["orders"]) for h in hists)
    hl = sum(len(o["lines"]) for h in hists for o in h["orders"])
    ds = sorted(o["date"] for h in hists for o in h["orders"])
    print(
        "histories: %d customers, %d with orders, %d orders, %d lines, %s to %s"
        % (len(hists), sum(1 for h in hists if h["orders"]), ho, hl, ds[0], ds[-1])
    )
    md = sorted(r["date"] for r in rows)
    print("messages dated %s to %s" % (md[0], md[-1]))
    print(
        "catalog: %d categories (%d top-level), %d products, %d with variants, %d variants; units %s"
        % (
            len(cat["categories"]),
            sum(1 for c in cat["categories"] if c["parent"] is None),
            len(P),
            sum(1 for p in P.values() if p["variants"]),
            sum(len(p["variants"]) for p in P.values()),
            dict(collections.Counter(p["unit"] for p in P.values()).most_common()),
        )
    )
    print("highest difflib ratio between two texts: %.2f (%s, %s)" % best)
    if ERR:
        print("\nFAIL: %d problem(s)" % len(ERR))
        for e in ERR:
            print(" -", e)
        sys.exit(1)
    print("\nOK: all checks pass")


if __name__ == "__main__":
    main()
