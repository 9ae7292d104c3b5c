# ruff: noqa  (hand-written data generator of blind set 61, kept as its writer left it)
#!/usr/bin/env python3
"""Validate the sixty-first blind set and print its figures.

Usage: python3 validate61.py [DATA_DIR]    (default: the folder that holds holdout61_build/)
Exits 1 if any check fails.
"""

import collections
import datetime
import difflib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import cat61  # noqa: E402

ID_PREFIX = "ph"
UNITS = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tray", "box", "tub"}
VTYPES = {"SIZE", "COLOR", "VOLUME", "WEIGHT"}
INTENTS = {"ORDER", "QUESTION", "COMPLAINT", "OTHER", "CANCEL", "CHANGE"}
CHANNELS = {"WHATSAPP", "SMS", "EMAIL"}
LANGS = {"en", "tl", "ceb", "id", "ms"}
MIN_DATE = datetime.date(2028, 6, 1)
PRICE_RE = re.compile(r"^\d+\.\d\d$")
PHONE_RE = re.compile(r"\+?\d[\d ]{8,}\d")
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
DRAMA = [
    re.compile(p) for p in (r"^447700900\d{3}$", r"^07700900\d{3}$", r"^02079460\d{3}$", r"^442079460\d{3}$")
]

errors = []


def err(msg):
    errors.append(msg)


def load_jsonl(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                err("%s line %d: invalid JSON (%s)" % (os.path.basename(path), n, e))
    return rows


def is_num(q):
    return isinstance(q, (int, float)) and not isinstance(q, bool)


def main(argv):
    d = os.path.abspath(argv[1]) if len(argv) > 1 else os.path.dirname(HERE)
    try:
        with open(os.path.join(d, "catalog61.json"), encoding="utf-8") as f:
            cat = json.load(f)
    except ValueError as e:
        print("catalog61.json: invalid JSON (%s)" % e)
        return 1
    rows = load_jsonl(os.path.join(d, "holdout61.jsonl"))
    hist = load_jsonl(os.path.join(d, "histories61.jsonl"))

    # ------------------------------------------------------------------ catalog
    cats = cat.get("categories", [])
    seen = set()
    for c in cats:
        if c.get("parent") is not None and c["parent"] not in seen:
            err("category %r listed before its parent %r" % (c["name"], c["parent"]))
        if c["name"] in seen:
            err("duplicate category %r" % c["name"])
        seen.add(c["name"])
    products = cat.get("products", [])
    P = {}
    allskus = set()
    for p in products:
        if p["sku"] in allskus:
            err("duplicate sku %s" % p["sku"])
        allskus.add(p["sku"])
        P[p["sku"]] = p
        if p["category"] not in seen:
            err("%s: unknown category %r" % (p["sku"], p["category"]))
        if p["unit"] not in UNITS:
            err("%s: invalid unit %r" % (p["sku"], p["unit"]))
        if not PRICE_RE.match(str(p["unit_price"])):
            err("%s: invalid price %r" % (p["sku"], p["unit_price"]))
        names = set()
        for v in p["variants"]:
            if v.get("variant_type") not in VTYPES:
                err("%s: invalid variant type %r" % (p["sku"], v.get("variant_type")))
            if not v.get("sku"):
                err("%s variant %r: no sku" % (p["sku"], v.get("name")))
            elif v["sku"] in allskus:
                err("duplicate variant sku %s" % v["sku"])
            else:
                allskus.add(v["sku"])
            if not PRICE_RE.match(str(v.get("unit_price", ""))):
                err("%s variant %r: invalid or missing unit_price" % (p["sku"], v.get("name")))
            if v["name"] in names:
                err("%s: duplicate variant name %r" % (p["sku"], v["name"]))
            names.add(v["name"])
    nvar = sum(1 for p in products if p["variants"])
    if not 90 <= len(products) <= 130:
        err("%d products, expected 90-130" % len(products))
    if not 12 <= nvar <= 20:
        err("%d products with variants, expected 12-20" % nvar)
    family = set(w.lower() for w in cat61.FAMILY_WORDS)
    alias_owner = {}
    for p in products:
        al = [(a, p["sku"]) for a in p["aliases"]]
        for v in p["variants"]:
            al += [(a, p["sku"] + "/" + v["name"]) for a in v.get("ai_aliases", [])]
        for a, owner in al:
            k = a.strip().lower()
            if k in alias_owner and alias_owner[k] != owner:
                err("alias %r shared by %s and %s" % (a, alias_owner[k], owner))
            alias_owner[k] = owner
            if k in family:
                err("alias %r of %s is a bare family word" % (a, owner))

    def hasv(sku):
        return bool(P[sku]["variants"])

    def vnames(sku):
        return [v["name"] for v in P[sku]["variants"]]

    def check_line(l, where, allow_null=True, allow_cands=True):
        sku = l.get("sku")
        if "quantity" not in l:
            err("%s: line without quantity %r" % (where, l))
        q = l.get("quantity")
        if q is not None and (not is_num(q) or q < 0):
            err("%s: bad quantity %r" % (where, q))
        if sku is None:
            if not allow_null:
                err("%s: null sku not allowed here" % where)
            if "variant" in l:
                err("%s: variant key on a null-sku line" % where)
            if "candidates" in l:
                if not allow_cands:
                    err("%s: candidates not allowed here" % where)
                cs = l["candidates"]
                if len(cs) < 2:
                    err("%s: candidate line with fewer than two candidates" % where)
                for c in cs:
                    if c not in P:
                        err("%s: unknown candidate %s" % (where, c))
                cv = l.get("candidate_variant")
                if cv is not None and not any(c in P and cv in vnames(c) for c in cs):
                    err("%s: candidate_variant %r fits no candidate" % (where, cv))
            elif "candidate_variant" in l:
                err("%s: candidate_variant without candidates" % where)
            return
        if sku not in P:
            err("%s: unknown sku %s" % (where, sku))
            return
        if "candidates" in l or "candidate_variant" in l:
            err("%s: candidates on a line with a sku" % where)
        if hasv(sku):
            if "variant" not in l:
                err("%s: %s has variants but the line has no variant key" % (where, sku))
            elif l["variant"] is not None and l["variant"] not in vnames(sku):
                err("%s: unknown variant %r of %s" % (where, l["variant"], sku))
        elif "variant" in l:
            err("%s: variant key on %s, which has no variants" % (where, sku))

    def line_open(l):
        return (
            l["sku"] is None
            or l["quantity"] is None
            or (l["sku"] in P and hasv(l["sku"]) and l.get("variant") is None)
        )

    def fractional(l):
        return l["quantity"] is not None and float(l["quantity"]) != int(l["quantity"])

    # ------------------------------------------------------------------ histories
    H = {}
    hdates = {}
    hlines = 0
    horders = 0
    all_hdates = []
    for h in hist:
        for k in ("customer", "name", "kind", "channel", "address", "language", "orders"):
            if k not in h:
                err("history record without %s" % k)
        H[h["customer"]] = h
        if h.get("language") not in LANGS:
            err("%s: bad language %r" % (h["customer"], h.get("language")))
        if h.get("channel") not in CHANNELS:
            err("%s: bad channel %r" % (h["customer"], h.get("channel")))
        addr = h.get("address", "")
        if "@" in addr:
            if not addr.lower().endswith(".example"):
                err("%s: e-mail address not under .example" % h["customer"])
        else:
            digits = re.sub(r"\D", "", addr)
            if not any(p.match(digits) for p in DRAMA):
                err("%s: address %r is not a drama number" % (h["customer"], addr))
        prev = None
        for o in h["orders"]:
            horders += 1
            dt = datetime.date.fromisoformat(o["date"])
            all_hdates.append(dt)
            if dt <= MIN_DATE:
                err("%s: history date %s not after %s" % (h["customer"], o["date"], MIN_DATE))
            if prev and dt <= prev:
                err("%s: history orders not oldest first" % h["customer"])
            prev = dt
            for l in o["lines"]:
                hlines += 1
                w = "history %s %s" % (h["customer"], o["date"])
                check_line(l, w, allow_null=False, allow_cands=False)
                if (
                    l.get("sku") is None
                    or l.get("quantity") is None
                    or not is_num(l["quantity"])
                    or l["quantity"] <= 0
                    or (l["sku"] in P and hasv(l["sku"]) and l.get("variant") is None)
                ):
                    err("%s: incomplete history line %r" % (w, l))
        hdates[h["customer"]] = [datetime.date.fromisoformat(o["date"]) for o in h["orders"]]

    def max_hist_qty(cust, sku):
        qs = [l["quantity"] for o in H[cust]["orders"] for l in o["lines"] if l["sku"] == sku]
        return max(qs) if qs else 0

    # ------------------------------------------------------------------ holdout rows
    n = len(rows)
    for i, r in enumerate(rows, 1):
        want = "%s%03d" % (ID_PREFIX, i)
        if r.get("id") != want:
            err("id %r at position %d, expected %s" % (r.get("id"), i, want))
    texts = []
    for r in rows:
        rid = r.get("id")
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
                err("%s: missing field %s" % (rid, k))
        if r["intent"] not in INTENTS:
            err("%s: bad intent %r" % (rid, r["intent"]))
        if r["channel"] not in CHANNELS:
            err("%s: bad channel %r" % (rid, r["channel"]))
        if r["language"] not in LANGS:
            err("%s: bad language %r" % (rid, r["language"]))
        if r["customer"] not in H:
            err("%s: unknown customer %r" % (rid, r["customer"]))
            continue
        dt = datetime.date.fromisoformat(r["date"])
        if dt <= MIN_DATE:
            err("%s: date %s not after %s" % (rid, r["date"], MIN_DATE))
        if any(hd >= dt for hd in hdates[r["customer"]]):
            err("%s: a history order of %s is not before the message date" % (rid, r["customer"]))
        texts.append(r["text"])
        notes = r["notes"].lower()
        tags = set(r["tags"])
        for l in r["lines"]:
            check_line(l, rid)
        for l in r.get("lines_with_history", []) or []:
            check_line(l, rid + " (with history)")
        for l in r.get("change_lines", []) or []:
            check_line(l, rid + " (change)", allow_null=False, allow_cands=False)
        hist_fields = [k in r for k in ("lines_with_history", "expect_review_with_history")]
        if r["intent"] != "ORDER":
            if r["lines"]:
                err("%s: non-ORDER row with lines" % rid)
            for k in ("expect_review", "lines_with_history", "expect_review_with_history"):
                if k in r:
                    err("%s: non-ORDER row with %s" % (rid, k))
            if "clean" in tags or "outlier" in tags or "reference" in tags:
                err("%s: non-ORDER row tagged clean/outlier/reference" % rid)
        else:
            if "expect_review" not in r:
                err("%s: ORDER row without expect_review" % rid)
                continue
            rev = r["expect_review"]
            if any(hist_fields) and not all(hist_fields):
                err("%s: history fields do not come together" % rid)
            if all(hist_fields):
                if r["lines_with_history"] == r["lines"] and r["expect_review_with_history"] == rev:
                    err("%s: history fields that change nothing" % rid)
            for key, rv in (("lines", rev), ("lines_with_history", r.get("expect_review_with_history"))):
                for l in r.get(key, []) or []:
                    if line_open(l) and rv is not True:
                        err("%s: open line in %s on a row without review" % (rid, key))
                    if fractional(l) and rv is not True:
                        err("%s: fractional quantity in %s on a shippable row" % (rid, key))
            for l in r["lines"] + (r.get("lines_with_history") or []):
                if l["sku"] is None and l.get("candidates") and "ambiguous" not in notes:
                    err("%s: candidate line but notes lack 'ambiguous'" % rid)
                if l["sku"] is None and not l.get("candidates") and "not in catalog" not in notes:
                    err("%s: not-in-catalog line but notes lack 'not in catalog'" % rid)
                if (
                    l["sku"] is not None
                    and hasv(l["sku"])
                    and l.get("variant") is None
                    and "ambiguous" not in notes
                ):
                    err("%s: missing variant but notes lack 'ambiguous'" % rid)
                if (
                    l["quantity"] is None
                    and "quantities not stated" not in notes
                    and "not a whole number" not in notes
                ):
                    err("%s: null quantity but notes lack the phrase" % rid)
            if "reference" in tags and rev is not True:
                err("%s: reference row not in review" % rid)
            is_out = "outlier" in tags
            shippable = rev is False
            if ("clean" in tags) != (shippable and not is_out):
                err("%s: clean tag does not match (review %s, outlier %s)" % (rid, rev, is_out))
            if is_out:
                if rev is not False or r.get("expect_review_with_history") is not True:
                    err("%s: outlier must be review false, with history true" % rid)
                for l in r["lines"]:
                    m = max_hist_qty(r["customer"], l["sku"]) if l["sku"] else 0
                    if m and l["quantity"] < 4 * m:
                        err(
                            "%s: outlier %s %s is below 4 x the customer's largest earlier quantity %s"
                            % (rid, l["sku"], l["quantity"], m)
                        )
                    if not m:
                        err("%s: outlier on a product never bought" % rid)
        if r["intent"] == "CHANGE":
            if "change_lines" not in r:
                err("%s: CHANGE row without change_lines" % rid)
        elif "change_lines" in r:
            err("%s: change_lines on a %s row" % (rid, r["intent"]))
        # phones and e-mail
        for m in PHONE_RE.findall(r["text"]):
            digits = re.sub(r"\D", "", m)
            if len(digits) >= 10 and not any(p.match(digits) for p in DRAMA):
                err("%s: phone-like number %r is not a drama number" % (rid, m))
        for m in EMAIL_RE.findall(r["text"]):
            if not m.lower().rstrip(".").endswith(".example"):
                err("%s: e-mail %r not under .example" % (rid, m))

    # training examples
    low_texts = [t.lower() for t in texts]
    for p in products:
        for ex in p.get("ai_training_examples", []):
            e = ex.lower()
            for r, t in zip(rows, low_texts):
                if e in t:
                    err("%s: contains the training example %r of %s" % (r["id"], ex, p["sku"]))

    # similarity
    maxr, maxpair = 0.0, None
    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            sm = difflib.SequenceMatcher(None, texts[i], texts[j])
            floor = min(max(maxr, 0.5), 0.7)
            if sm.real_quick_ratio() < floor or sm.quick_ratio() < floor:
                continue
            rr = sm.ratio()
            if rr > maxr:
                maxr, maxpair = rr, (rows[i]["id"], rows[j]["id"])
            if rr >= 0.7:
                err("%s and %s: difflib ratio %.2f >= 0.7" % (rows[i]["id"], rows[j]["id"], rr))
    clean = sum(1 for r in rows if "clean" in r["tags"])
    if n < 180:
        err("%d messages, at least 180 required" % n)
    if clean < 0.4 * n:
        err("%d clean of %d messages (%.1f%%), at least 40%% required" % (clean, n, 100.0 * clean / n))

    # ------------------------------------------------------------------ figures
    orders = [r for r in rows if r["intent"] == "ORDER"]
    ic = collections.Counter(r["intent"] for r in rows)
    cc = collections.Counter(r["channel"] for r in rows)
    lc = collections.Counter(r["language"] for r in rows)
    ol = [l for r in orders for l in r["lines"]]
    null_sku = [l for l in ol if l["sku"] is None]
    amb = [l for l in null_sku if l.get("candidates")]
    varl = [l for l in ol if l["sku"] and hasv(l["sku"])]
    novar = [l for l in varl if l.get("variant") is None]
    nullq = [l for l in ol if l["quantity"] is None]
    ship = [r for r in orders if r["expect_review"] is False]
    outl = [r for r in orders if "outlier" in r["tags"]]
    hrows = [r for r in orders if "lines_with_history" in r and "expect_review_with_history" in r]
    to_ship = [r for r in hrows if r["expect_review"] and not r["expect_review_with_history"]]
    keep = [r for r in hrows if r["expect_review"] and r["expect_review_with_history"]]
    ship_h = sum(1 for r in orders if not r.get("expect_review_with_history", r["expect_review"]))
    used = set()
    for r in rows:
        for key in ("lines", "lines_with_history", "change_lines"):
            for l in r.get(key, []) or []:
                if l["sku"]:
                    used.add(l["sku"])
                used.update(l.get("candidates", []))
    tagc = collections.Counter(t for r in rows for t in r["tags"])
    nonen_orders = sum(1 for r in orders if r["language"] != "en")

    def fmt(c):
        return ", ".join("%d %s" % (v, k) for k, v in c.most_common())

    print(
        "catalog     %d categories (%d top-level), %d products, %d with variants (%d variants)"
        % (
            len(cats),
            sum(1 for c in cats if c["parent"] is None),
            len(products),
            nvar,
            sum(len(p["variants"]) for p in products),
        )
    )
    print("units       %s" % fmt(collections.Counter(p["unit"] for p in products)))
    print(
        "histories   %d customers (%d with no orders), %d orders, %d lines, %s to %s"
        % (
            len(hist),
            sum(1 for h in hist if not h["orders"]),
            horders,
            hlines,
            min(all_hdates).isoformat(),
            max(all_hdates).isoformat(),
        )
    )
    print("messages    %d, dated %s to %s" % (n, min(r["date"] for r in rows), max(r["date"] for r in rows)))
    print("intents     %s" % fmt(ic))
    print("channels    %s" % fmt(cc))
    print("languages   %s (%d of the ORDER messages are not English)" % (fmt(lc), nonen_orders))
    print(
        "order lines %d: %d with a null sku (%d ambiguous with candidates, %d not in the catalog), %d of a product "
        "with variants (%d with no variant given), %d with a null quantity"
        % (len(ol), len(null_sku), len(amb), len(null_sku) - len(amb), len(varl), len(novar), len(nullq))
    )
    print(
        "review      %d ORDER shippable as written (%d clean + %d outliers), %d need a human; clean %d of %d "
        "messages (%.1f%%)"
        % (len(ship), clean, len(outl), len(orders) - len(ship), clean, n, 100.0 * clean / n)
    )
    print(
        "history     lines_with_history on %d rows: %d review -> no review, %d keep review, %d outliers; with "
        "history %d of %d orders shippable"
        % (len(hrows), len(to_ship), len(keep), len(outl), ship_h, len(orders))
    )
    print("coverage    %d of %d products appear in a label or as a candidate" % (len(used & set(P)), len(P)))
    print("similarity  highest difflib ratio %.2f (%s)" % (maxr, "/".join(maxpair) if maxpair else "-"))
    print(
        "tags        %s"
        % ", ".join("`%s` %d" % (k, v) for k, v in sorted(tagc.items(), key=lambda kv: (-kv[1], kv[0])))
    )
    if errors:
        print("\nFAILED: %d problem(s)" % len(errors))
        for e in errors[:200]:
            print("  - " + e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
