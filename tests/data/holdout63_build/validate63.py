# ruff: noqa  (hand-written data generator of blind set 63, kept as its writer left it)
#!/usr/bin/env python3
"""Validate the sixty-third blind set and print its figures.

Usage: python3 validate63.py [DATA_DIR]
DATA_DIR defaults to the folder that holds holdout63_build/.  Exits 1 on any failure.
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
import cat63  # noqa: E402  (FAMILY_WORDS)

ID_RE = re.compile(r"^nl(\d{3})$")
UNITS = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tray", "box", "tub"}
VTYPES = {"SIZE", "COLOR", "VOLUME", "WEIGHT"}
INTENTS = {"ORDER", "QUESTION", "COMPLAINT", "OTHER", "CANCEL", "CHANGE"}
CHANNELS = {"WHATSAPP", "SMS", "EMAIL"}
PRICE_RE = re.compile(r"^\d+\.\d{2}$")
PHONE_RE = re.compile(r"(?<![\w+])(\+?\d[\d .\-/]{7,}\d)")
EMAIL_RE = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
DRAMA = [re.compile(r"^\+447700900\d{3}$"), re.compile(r"^07700900\d{3}$"), re.compile(r"^02079460\d{3}$")]
MIN_DATE = "2028-06-01"
NOTE_PHRASES = ("ambiguous", "not in catalog", "quantities not stated", "not a whole number")

failures = []


def fail(msg):
    failures.append(msg)


def load_json(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except Exception as e:  # noqa: BLE001
        fail("%s: invalid JSON (%s)" % (path, e))
        return None


def load_jsonl(path):
    out = []
    try:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    fail("%s:%d: empty line" % (path, n))
                    continue
                try:
                    out.append(json.loads(line))
                except Exception as e:  # noqa: BLE001
                    fail("%s:%d: invalid JSON (%s)" % (path, n, e))
    except OSError as e:
        fail("%s: %s" % (path, e))
    return out


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def phones_ok(text, where):
    for m in PHONE_RE.finditer(text):
        raw = m.group(1)
        digits = re.sub(r"\D", "", raw)
        if len(digits) < 9:
            continue
        norm = ("+" if raw.startswith("+") else "") + digits
        if not any(p.match(norm) for p in DRAMA):
            fail("%s: phone-like number %r is not a drama number" % (where, raw))


def emails_ok(text, where):
    for m in EMAIL_RE.finditer(text):
        if not m.group(0).lower().rstrip(".").endswith(".example"):
            fail("%s: e-mail %r is not under .example" % (where, m.group(0)))


def main(argv):
    data = os.path.abspath(argv[1]) if len(argv) > 1 else os.path.dirname(HERE)
    cat = load_json(os.path.join(data, "catalog63.json"))
    rows = load_jsonl(os.path.join(data, "holdout63.jsonl"))
    hists = load_jsonl(os.path.join(data, "histories63.jsonl"))
    if cat is None or not rows or not hists:
        fail("missing data")
        return report(None, rows, hists)

    # ---------------------------------------------------------------- catalog
    cats = cat.get("categories", [])
    seen_cats = set()
    for c in cats:
        if c.get("parent") is not None and c["parent"] not in seen_cats:
            fail("category %s listed before its parent %s" % (c["name"], c["parent"]))
        if c["name"] in seen_cats:
            fail("duplicate category %s" % c["name"])
        seen_cats.add(c["name"])
    products = {}
    all_skus = set()
    aliases = {}
    family = {w.lower() for w in cat63.FAMILY_WORDS}
    training = []
    for p in cat.get("products", []):
        sku = p.get("sku")
        if sku in products or sku in all_skus:
            fail("duplicate sku %s" % sku)
        products[sku] = p
        all_skus.add(sku)
        if p.get("category") not in seen_cats:
            fail("%s: unknown category %s" % (sku, p.get("category")))
        if p.get("unit") not in UNITS:
            fail("%s: invalid unit %s" % (sku, p.get("unit")))
        if not (
            isinstance(p.get("unit_price"), str)
            and PRICE_RE.match(p["unit_price"])
            and float(p["unit_price"]) > 0
        ):
            fail("%s: invalid price %r" % (sku, p.get("unit_price")))
        for a in p.get("aliases", []):
            k = a.lower()
            if k in aliases:
                fail("alias %r shared by %s and %s" % (a, aliases[k], sku))
            aliases[k] = sku
            if k in family:
                fail("%s: alias %r is a bare family word" % (sku, a))
        training.extend(p.get("ai_training_examples", []))
        if "variants" not in p:
            fail("%s: no variants key" % sku)
        vnames = set()
        for v in p.get("variants", []):
            if v.get("variant_type") not in VTYPES:
                fail("%s: invalid variant type %r" % (sku, v.get("variant_type")))
            if not v.get("sku"):
                fail("%s: variant %r without sku" % (sku, v.get("name")))
            elif v["sku"] in all_skus:
                fail("duplicate variant sku %s" % v["sku"])
            all_skus.add(v.get("sku"))
            if not (
                isinstance(v.get("unit_price"), str)
                and PRICE_RE.match(v["unit_price"])
                and float(v["unit_price"]) > 0
            ):
                fail("%s/%s: invalid variant price %r" % (sku, v.get("name"), v.get("unit_price")))
            if v.get("name") in vnames:
                fail("%s: duplicate variant name %s" % (sku, v.get("name")))
            vnames.add(v.get("name"))
            for a in v.get("ai_aliases", []):
                k = a.lower()
                if k in aliases:
                    fail("alias %r shared by %s and %s/%s" % (a, aliases[k], sku, v.get("name")))
                aliases[k] = "%s/%s" % (sku, v.get("name"))
                if k in family:
                    fail("%s: variant alias %r is a bare family word" % (sku, a))
    n_prod = len(products)
    n_var = sum(1 for p in products.values() if p.get("variants"))
    if not 90 <= n_prod <= 130:
        fail("%d products (want 90-130)" % n_prod)
    if not 12 <= n_var <= 20:
        fail("%d products with variants (want 12-20)" % n_var)

    def has_var(sku):
        return sku in products and bool(products[sku].get("variants"))

    def vnames_of(sku):
        return {v["name"] for v in products[sku]["variants"]}

    def check_line(l, where, allow_candidates=True):
        if not isinstance(l, dict) or "sku" not in l or "quantity" not in l:
            fail("%s: malformed line %r" % (where, l))
            return
        sku = l["sku"]
        q = l["quantity"]
        if q is not None and not (is_num(q) and q > 0):
            fail("%s: bad quantity %r" % (where, q))
        extra = set(l) - {"sku", "quantity", "variant", "candidates", "candidate_variant"}
        if extra:
            fail("%s: unknown keys %s" % (where, sorted(extra)))
        if sku is None:
            if "variant" in l:
                fail("%s: variant key on a null-sku line" % where)
            cands = l.get("candidates")
            if cands is not None:
                if not allow_candidates:
                    fail("%s: candidates not allowed here" % where)
                if len(cands) < 2 or len(set(cands)) != len(cands):
                    fail("%s: a candidate line needs two or more distinct candidates" % where)
                for c in cands:
                    if c not in products:
                        fail("%s: unknown candidate %s" % (where, c))
                cv = l.get("candidate_variant")
                if cv is not None and not any(
                    c in products and cv in vnames_of(c) for c in cands if has_var(c)
                ):
                    fail("%s: candidate_variant %r fits no candidate" % (where, cv))
            elif "candidate_variant" in l:
                fail("%s: candidate_variant without candidates" % where)
        else:
            if sku not in products:
                fail("%s: unknown sku %s" % (where, sku))
                return
            if "candidates" in l or "candidate_variant" in l:
                fail("%s: candidates on a named line" % where)
            if has_var(sku):
                if "variant" not in l:
                    fail("%s: %s has variants but the line has no variant key" % (where, sku))
                elif l["variant"] is not None and l["variant"] not in vnames_of(sku):
                    fail("%s: %s has no variant %r" % (where, sku, l["variant"]))
            elif "variant" in l:
                fail("%s: variant key on %s, which has no variants" % (where, sku))

    def is_open(l):
        if l["sku"] is None or l["quantity"] is None:
            return True
        if "variant" in l and l["variant"] is None:
            return True
        return float(l["quantity"]) != int(l["quantity"])

    # ---------------------------------------------------------------- histories
    hist = {}
    for h in hists:
        key = h.get("customer")
        if key in hist:
            fail("duplicate history customer %s" % key)
        for f in ("customer", "name", "kind", "channel", "address", "language", "orders"):
            if f not in h:
                fail("history %s: missing %s" % (key, f))
        if h.get("channel") not in CHANNELS:
            fail("history %s: bad channel" % key)
        phones_ok(h.get("address", ""), "history %s address" % key)
        emails_ok(h.get("address", ""), "history %s address" % key)
        if "@" not in h.get("address", "") and not any(
            p.match(re.sub(r"[^\d+]", "", h.get("address", ""))) for p in DRAMA
        ):
            fail("history %s: address %r is neither a drama number nor an e-mail" % (key, h.get("address")))
        prev = ""
        for o in h.get("orders", []):
            d = o.get("date", "")
            if d <= MIN_DATE:
                fail("history %s: date %s not after %s" % (key, d, MIN_DATE))
            if d <= prev:
                fail("history %s: orders not oldest first" % key)
            prev = d
            if not o.get("lines"):
                fail("history %s %s: empty order" % (key, d))
            for l in o.get("lines", []):
                w = "history %s %s" % (key, d)
                if l.get("sku") is None or l.get("quantity") is None:
                    fail("%s: incomplete line %r" % (w, l))
                    continue
                check_line(l, w, allow_candidates=False)
                if "variant" in l and l["variant"] is None:
                    fail("%s: history line without its variant" % w)
        hist[key] = h.get("orders", [])

    def hindex(key):
        skus, maxq = set(), {}
        for o in hist.get(key, []):
            for l in o["lines"]:
                skus.add(l["sku"])
                maxq[l["sku"]] = max(maxq.get(l["sku"], 0), l["quantity"])
        return skus, maxq

    # ---------------------------------------------------------------- holdout rows
    nums = []
    for r in rows:
        m = ID_RE.match(str(r.get("id", "")))
        if not m:
            fail("bad id %r" % r.get("id"))
        else:
            nums.append(int(m.group(1)))
    if sorted(nums) != list(range(1, len(rows) + 1)):
        fail("ids do not run nl001.. without gaps")
    low_training = [t.lower() for t in training]
    texts = []
    for r in rows:
        rid = r.get("id")
        for f in (
            "id",
            "channel",
            "text",
            "intent",
            "lines",
            "notes",
            "customer",
            "date",
            "language",
            "tags",
        ):
            if f not in r:
                fail("%s: missing %s" % (rid, f))
        text = r.get("text", "")
        texts.append((rid, text))
        if r.get("intent") not in INTENTS:
            fail("%s: bad intent" % rid)
        if r.get("channel") not in CHANNELS:
            fail("%s: bad channel" % rid)
        if r.get("customer") not in hist:
            fail("%s: customer %s has no history entry" % (rid, r.get("customer")))
        d = r.get("date", "")
        if d <= MIN_DATE:
            fail("%s: date %s not after %s" % (rid, d, MIN_DATE))
        for o in hist.get(r.get("customer"), []):
            if o["date"] >= d:
                fail("%s: history order %s not before the message date %s" % (rid, o["date"], d))
        phones_ok(text, rid)
        emails_ok(text, rid)
        lt = text.lower()
        for t in low_training:
            if t in lt:
                fail("%s: training example %r inside the text" % (rid, t))
        tags = set(r.get("tags", []))
        notes = (r.get("notes") or "").lower()
        intent = r.get("intent")
        has_h = ("lines_with_history" in r, "expect_review_with_history" in r)
        if has_h[0] != has_h[1]:
            fail("%s: history fields must come together" % rid)
        if intent != "ORDER":
            if r.get("lines"):
                fail("%s: non-ORDER row with lines" % rid)
            for f in ("expect_review", "lines_with_history", "expect_review_with_history"):
                if f in r:
                    fail("%s: non-ORDER row with %s" % (rid, f))
            if "clean" in tags or "outlier" in tags or "reference" in tags:
                fail("%s: non-ORDER row tagged clean/outlier/reference" % rid)
        else:
            if not isinstance(r.get("expect_review"), bool):
                fail("%s: ORDER row without expect_review" % rid)
            rev = r.get("expect_review")
            for i, l in enumerate(r.get("lines", [])):
                check_line(l, "%s line %d" % (rid, i))
            open_lines = [l for l in r.get("lines", []) if isinstance(l, dict) and "sku" in l and is_open(l)]
            lwh = r.get("lines_with_history")
            erh = r.get("expect_review_with_history")
            if lwh is not None:
                for i, l in enumerate(lwh):
                    check_line(l, "%s lines_with_history %d" % (rid, i))
                if lwh == r.get("lines") and erh == rev:
                    fail("%s: history fields that change nothing" % rid)
                if not isinstance(erh, bool):
                    fail("%s: expect_review_with_history not a bool" % rid)
                open_h = [l for l in lwh if is_open(l)]
                if open_h and erh is not True:
                    fail("%s: open line with history on a row without review" % rid)
            else:
                open_h = []
            if open_lines and rev is not True:
                fail("%s: open line on a shippable row" % rid)
            for l in open_lines + open_h:
                if l["sku"] is None and l.get("candidates") and "ambiguous" not in notes:
                    fail("%s: candidate line but notes lack 'ambiguous'" % rid)
                if l["sku"] is None and not l.get("candidates") and "not in catalog" not in notes:
                    fail("%s: null sku without candidates but notes lack 'not in catalog'" % rid)
                if (
                    l["sku"] is not None
                    and "variant" in l
                    and l["variant"] is None
                    and "ambiguous" not in notes
                ):
                    fail("%s: null variant but notes lack 'ambiguous'" % rid)
                if (
                    l["quantity"] is None
                    and "quantities not stated" not in notes
                    and "not a whole number" not in notes
                ):
                    fail("%s: null quantity but notes lack the phrase" % rid)
            if "reference" in tags and rev is not True:
                fail("%s: reference row not in review" % rid)
            outlier = "outlier" in tags
            clean = "clean" in tags
            if clean != (rev is False and not outlier):
                fail("%s: clean tag does not match (review %s, outlier %s)" % (rid, rev, outlier))
            if outlier:
                if rev is not False or erh is not True:
                    fail("%s: outlier must be review false and with history true" % rid)
                _, maxq = hindex(r.get("customer"))
                for l in r.get("lines", []):
                    if l["sku"] is None or l["quantity"] < 4 * maxq.get(l["sku"], float("inf")):
                        fail(
                            "%s: outlier line %s below 4x the largest earlier quantity" % (rid, l.get("sku"))
                        )
        if intent == "CHANGE":
            if "change_lines" not in r:
                fail("%s: CHANGE row without change_lines" % rid)
            for i, l in enumerate(r.get("change_lines") or []):
                check_line(l, "%s change_lines %d" % (rid, i), allow_candidates=False)
        elif "change_lines" in r:
            fail("%s: change_lines on a non-CHANGE row" % rid)
    # similarity
    max_ratio = (0.0, None, None)
    for i in range(len(texts)):
        a = texts[i][1]
        for j in range(i + 1, len(texts)):
            b = texts[j][1]
            sm = difflib.SequenceMatcher(None, a, b)
            rq = sm.real_quick_ratio()
            if rq < 0.7 and rq <= max_ratio[0]:
                continue
            q = sm.quick_ratio()
            if q < 0.7 and q <= max_ratio[0]:
                continue
            ratio = sm.ratio()
            if ratio > max_ratio[0]:
                max_ratio = (ratio, texts[i][0], texts[j][0])
            if ratio >= 0.7:
                fail("%s and %s: difflib ratio %.2f" % (texts[i][0], texts[j][0], ratio))
    n = len(rows)
    n_clean = sum(1 for r in rows if "clean" in r.get("tags", []))
    if n < 180:
        fail("%d messages (want at least 180)" % n)
    if n_clean < 0.4 * n:
        fail("%d clean of %d (want at least 40%%)" % (n_clean, n))
    return report(
        dict(cat=cat, products=products, max_ratio=max_ratio, hist=hist, has_var=has_var, is_open=is_open),
        rows,
        hists,
    )


def pct(a, b):
    return "%.1f%%" % (100.0 * a / b) if b else "-"


def report(ctx, rows, hists):
    if ctx is not None:
        products = ctx["products"]
        cat = ctx["cat"]
        has_var = ctx["has_var"]
        is_open = ctx["is_open"]
        cats = cat["categories"]
        units = collections.Counter(p["unit"] for p in products.values())
        n_variants = sum(len(p["variants"]) for p in products.values())
        print("catalog63.json")
        print(
            "  categories      %d (%d top-level, %d with a parent)"
            % (
                len(cats),
                sum(1 for c in cats if c["parent"] is None),
                sum(1 for c in cats if c["parent"] is not None),
            )
        )
        print(
            "  products        %d, %d with variants (%d variants)"
            % (len(products), sum(1 for p in products.values() if p["variants"]), n_variants)
        )
        print("  units           " + ", ".join("%s %d" % kv for kv in units.most_common()))
        orders = [o for h in hists for o in h["orders"]]
        dates = sorted(o["date"] for o in orders)
        print("histories63.jsonl")
        print(
            "  customers       %d (%d with orders, %d first-time)"
            % (len(hists), sum(1 for h in hists if h["orders"]), sum(1 for h in hists if not h["orders"]))
        )
        print(
            "  orders          %d, %d lines, %s to %s"
            % (len(orders), sum(len(o["lines"]) for o in orders), dates[0], dates[-1])
        )
        n = len(rows)
        intents = collections.Counter(r["intent"] for r in rows)
        chans = collections.Counter(r["channel"] for r in rows)
        langs = collections.Counter(r["language"] for r in rows)
        order_rows = [r for r in rows if r["intent"] == "ORDER"]
        lines = [l for r in order_rows for l in r["lines"]]
        rdates = sorted(r["date"] for r in rows)
        print("holdout63.jsonl")
        print("  messages        %d (%s to %s)" % (n, rdates[0], rdates[-1]))
        print(
            "  intents         "
            + ", ".join("%d %s" % (v, k) for k, v in intents.most_common())
            + " (ORDER %s)" % pct(intents["ORDER"], n)
        )
        print("  channels        " + ", ".join("%d %s" % (v, k) for k, v in chans.most_common()))
        print(
            "  languages       "
            + ", ".join("%d %s" % (v, k) for k, v in langs.most_common())
            + "; %d ORDER messages not in English" % sum(1 for r in order_rows if r["language"] != "en")
        )
        nulls = [l for l in lines if l["sku"] is None]
        amb = [l for l in nulls if l.get("candidates")]
        varl = [l for l in lines if l["sku"] and has_var(l["sku"])]
        print(
            "  order lines     %d: %d null sku (%d ambiguous with candidates, %d not in catalog), "
            "%d of a product with variants (%d with no variant given), %d null quantity, %d fractional"
            % (
                len(lines),
                len(nulls),
                len(amb),
                len(nulls) - len(amb),
                len(varl),
                sum(1 for l in varl if l["variant"] is None),
                sum(1 for l in lines if l["quantity"] is None),
                sum(
                    1
                    for l in lines
                    if l["quantity"] is not None and float(l["quantity"]) != int(l["quantity"])
                ),
            )
        )
        ship = [r for r in order_rows if not r["expect_review"]]
        n_clean = sum(1 for r in rows if "clean" in r["tags"])
        n_out = sum(1 for r in rows if "outlier" in r["tags"])
        print(
            "  review          %d ORDER shippable as written (%d clean + %d outliers), %d need a human"
            % (len(ship), n_clean, n_out, len(order_rows) - len(ship))
        )
        print("  clean           %d of %d messages (%s)" % (n_clean, n, pct(n_clean, n)))
        hrows = [r for r in order_rows if "lines_with_history" in r]
        to_ship = sum(1 for r in hrows if r["expect_review"] and not r["expect_review_with_history"])
        keep = sum(1 for r in hrows if r["expect_review"] and r["expect_review_with_history"])
        to_rev = sum(1 for r in hrows if not r["expect_review"] and r["expect_review_with_history"])
        ship_h = sum(1 for r in order_rows if not r.get("expect_review_with_history", r["expect_review"]))
        unchanged = sum(1 for r in order_rows if r["expect_review"] and "lines_with_history" not in r)
        print(
            "  history         lines_with_history on %d rows: %d review -> no review, %d keep review, "
            "%d no review -> review (outliers); %d review rows unchanged by history; with history %d of %d "
            "orders ship" % (len(hrows), to_ship, keep, to_rev, unchanged, ship_h, len(order_rows))
        )
        used = set()
        for r in rows:
            for l in r["lines"] + r.get("lines_with_history", []) + r.get("change_lines", []):
                if l["sku"]:
                    used.add(l["sku"])
                used.update(l.get("candidates", []))
        print(
            "  coverage        %d of %d products appear in a label or as a candidate"
            % (len(used & set(products)), len(products))
        )
        missing = sorted(set(products) - used)
        if missing:
            print("                  not covered: " + ", ".join(missing))
        tags = collections.Counter(t for r in rows for t in r["tags"])
        print(
            "  tags            "
            + ", ".join("%s %d" % kv for kv in sorted(tags.items(), key=lambda kv: (-kv[1], kv[0])))
        )
        mr = ctx["max_ratio"]
        print("  max difflib     %.3f (%s, %s)" % mr)
    if failures:
        print("\nFAILED (%d):" % len(failures))
        for f in failures[:200]:
            print("  " + f)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
