# ruff: noqa  (hand-written data generator of blind set 52, kept as its writer left it)
"""Validate set 52 (catalog52.json, holdout52.jsonl, histories52.jsonl in the parent folder) and print its figures."""

import collections
import difflib
import json
import os
import re
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import cat52  # noqa: E402

OUT = os.path.dirname(HERE)
ERR = []


def err(msg):
    ERR.append(msg)


def main():
    cat = json.load(open(os.path.join(OUT, "catalog52.json"), encoding="utf-8"))
    rows = [json.loads(l) for l in open(os.path.join(OUT, "holdout52.jsonl"), encoding="utf-8")]
    hists = [json.loads(l) for l in open(os.path.join(OUT, "histories52.jsonl"), encoding="utf-8")]
    P = {p["sku"]: p for p in cat["products"]}
    units = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tray", "box", "tub"}
    # catalog
    seen_cat = set()
    for c in cat["categories"]:
        if c["parent"] is not None and c["parent"] not in seen_cat:
            err("category parent not listed first: " + c["name"])
        seen_cat.add(c["name"])
    aliases = collections.Counter()
    vskus = set()
    fam = set(w.lower() for w in cat52.FAMILY_WORDS)
    for p in cat["products"]:
        if p["category"] not in seen_cat:
            err("unknown category " + p["sku"])
        if p["unit"] not in units:
            err("bad unit " + p["sku"])
        if not re.fullmatch(r"\d+\.\d\d", p["unit_price"]) or Decimal(p["unit_price"]) <= 0:
            err("bad price " + p["sku"])
        for a in p["aliases"]:
            aliases[a.lower()] += 1
        for v in p["variants"]:
            if v["variant_type"] not in ("SIZE", "COLOR", "VOLUME", "WEIGHT"):
                err("bad variant type " + p["sku"])
            if not v.get("sku") or v["sku"] in vskus or v["sku"] in P:
                err("variant sku missing or not unique " + p["sku"])
            vskus.add(v.get("sku"))
            if not re.fullmatch(r"\d+\.\d\d", v.get("unit_price", "")):
                err("variant price " + p["sku"])
            for a in v["ai_aliases"]:
                aliases[a.lower()] += 1
    for a, n in aliases.items():
        if n > 1:
            err("shared alias " + a)
        if a in fam:
            err("alias is a family word " + a)
    nprod = len(cat["products"])
    nvar = sum(1 for p in cat["products"] if p["variants"])
    if not (90 <= nprod <= 130 and 12 <= nvar <= 20):
        err("product counts %d / %d" % (nprod, nvar))
    train = [t for p in cat["products"] for t in p["ai_training_examples"]]

    def check_line(l, where, rid):
        if l["sku"] is not None:
            if l["sku"] not in P:
                err("%s unknown sku %s" % (rid, l["sku"]))
                return
            hv = bool(P[l["sku"]]["variants"])
            if hv != ("variant" in l):
                err("%s variant key wrong on %s (%s)" % (rid, l["sku"], where))
            if (
                "variant" in l
                and l["variant"] is not None
                and l["variant"] not in [v["name"] for v in P[l["sku"]]["variants"]]
            ):
                err("%s unknown variant %s" % (rid, l["variant"]))
        else:
            if "variant" in l:
                err("%s variant on null sku" % rid)
            c = l.get("candidates")
            if c is not None:
                if len(c) < 2 or any(x not in P for x in c):
                    err("%s bad candidates" % rid)
                cv = l.get("candidate_variant")
                if cv and not any(cv in [v["name"] for v in P[x]["variants"]] for x in c):
                    err("%s candidate_variant fits no candidate" % rid)

    def is_open(l):
        return l["sku"] is None or l["quantity"] is None or ("variant" in l and l["variant"] is None)

    # histories
    H = {}
    for h in hists:
        H[h["customer"]] = h
        for f in ("customer", "name", "kind", "channel", "address", "language", "orders"):
            if f not in h:
                err("history field " + f)
        for o in h["orders"]:
            for l in o["lines"]:
                check_line(l, "history", h["customer"])
                if is_open(l):
                    err("incomplete history line " + h["customer"])
    # rows
    ids = [r["id"] for r in rows]
    if ids != ["ks%03d" % i for i in range(1, len(rows) + 1)]:
        err("ids not ks001.. without gaps")
    phone_re = re.compile(r"(\+44\s?7\d{3}\s?\d{6}|07\d{3}\s?\d{6}|020\s?\d{4}\s?\d{4})")
    for h in hists:
        a = h["address"]
        if "@" in a:
            if not a.endswith(".example"):
                err("email domain " + a)
        elif not a.startswith("+447700900"):
            err("phone " + a)
    for r in rows:
        rid = r["id"]
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
                err(rid + " missing " + f)
        if r["customer"] not in H:
            err(rid + " unknown customer")
        if r["date"] <= "2028-06-01":
            err(rid + " date")
        for o in H[r["customer"]]["orders"]:
            if o["date"] >= r["date"] or o["date"] <= "2028-06-01":
                err(rid + " history date not before message")
        for ph in phone_re.findall(r["text"]):
            d = re.sub(r"\D", "", ph)
            if not (d.startswith("447700900") or d.startswith("07700900") or d.startswith("0207946")):
                err(rid + " non-drama phone " + ph)
        for em in re.findall(r"[\w.+-]+@[\w.-]+", r["text"]):
            if not em.endswith(".example"):
                err(rid + " email " + em)
        for t in train:
            if t.lower() in r["text"].lower():
                err(rid + " training example in text")
        tags = r["tags"]
        if r["intent"] != "ORDER":
            if r["lines"] or any(
                k in r for k in ("expect_review", "lines_with_history", "expect_review_with_history")
            ):
                err(rid + " non-order with lines/review")
        else:
            if "expect_review" not in r:
                err(rid + " no review")
            allsets = [("lines", r["lines"])]
            if "lines_with_history" in r:
                allsets.append(("lwh", r["lines_with_history"]))
            for where, ls in allsets:
                for l in ls:
                    check_line(l, where, rid)
            for l in r["lines"]:
                if is_open(l) and not r["expect_review"]:
                    err(rid + " open line on shippable row")
                if (
                    l["quantity"] is not None
                    and l["quantity"] != int(l["quantity"])
                    and not r["expect_review"]
                ):
                    err(rid + " fraction on shippable row")
            for where, ls in allsets:
                rv = r["expect_review"] if where == "lines" else r["expect_review_with_history"]
                for l in ls:
                    if is_open(l):
                        if not rv:
                            err(rid + " open line not in review (%s)" % where)
                        n = r["notes"]
                        if l["sku"] is None and l.get("candidates") and "ambiguous" not in n:
                            err(rid + " notes lack ambiguous")
                        if l["sku"] is None and not l.get("candidates") and "not in catalog" not in n:
                            err(rid + " notes lack not in catalog")
                        if (
                            l["quantity"] is None
                            and "quantities not stated" not in n
                            and "not a whole number" not in n
                        ):
                            err(rid + " notes lack quantities not stated")
                        if l["sku"] and l.get("variant", 1) is None and "ambiguous" not in n:
                            err(rid + " notes lack ambiguous (variant)")
            if ("lines_with_history" in r) != ("expect_review_with_history" in r):
                err(rid + " history fields not together")
            if (
                "lines_with_history" in r
                and r["lines_with_history"] == r["lines"]
                and r["expect_review_with_history"] == r["expect_review"]
            ):
                err(rid + " history fields change nothing")
            if "reference" in tags and not r["expect_review"]:
                err(rid + " reference not in review")
            shippable = not r["expect_review"]
            if ("clean" in tags) != (shippable and "outlier" not in tags):
                err(rid + " clean tag wrong")
            if "outlier" in tags:
                if r["expect_review"] or r.get("expect_review_with_history") is not True:
                    err(rid + " outlier review fields")
                prev = H[r["customer"]]["orders"]
                ok = False
                for l in r["lines"]:
                    mx = max(
                        [pl["quantity"] for o in prev for pl in o["lines"] if pl["sku"] == l["sku"]] or [0]
                    )
                    if mx and l["quantity"] >= 4 * mx:
                        ok = True
                if not ok:
                    err(rid + " outlier not 4x")
        if ("change_lines" in r) != (r["intent"] == "CHANGE"):
            err(rid + " change_lines")
        for l in r.get("change_lines", []):
            check_line(l, "change", rid)
    # similarity
    texts = [r["text"] for r in rows]
    hi = 0.0
    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            sm = difflib.SequenceMatcher(None, texts[i], texts[j])
            if sm.real_quick_ratio() < 0.7 or sm.quick_ratio() < 0.7:
                continue
            rt = sm.ratio()
            hi = max(hi, rt)
            if rt >= 0.7:
                err("similar texts %s %s %.2f" % (rows[i]["id"], rows[j]["id"], rt))
    clean = sum("clean" in r["tags"] for r in rows)
    if len(rows) < 180 or clean < 0.4 * len(rows):
        err("size/clean %d/%d" % (clean, len(rows)))
    # figures
    orders = [r for r in rows if r["intent"] == "ORDER"]
    lines = [l for r in orders for l in r["lines"]]
    print(
        "products %d (%d with variants, %d variants), categories %d (%d top-level)"
        % (
            nprod,
            nvar,
            sum(len(p["variants"]) for p in cat["products"]),
            len(cat["categories"]),
            sum(c["parent"] is None for c in cat["categories"]),
        )
    )
    print("units", dict(collections.Counter(p["unit"] for p in cat["products"]).most_common()))
    ho = [o for h in hists for o in h["orders"]]
    print(
        "histories: %d customers, %d with orders, %d orders, %d lines, %s to %s"
        % (
            len(hists),
            sum(bool(h["orders"]) for h in hists),
            len(ho),
            sum(len(o["lines"]) for o in ho),
            min(o["date"] for o in ho),
            max(o["date"] for o in ho),
        )
    )
    print(
        "messages %d, dates %s to %s"
        % (len(rows), min(r["date"] for r in rows), max(r["date"] for r in rows))
    )
    print("intents", dict(collections.Counter(r["intent"] for r in rows).most_common()))
    print("channels", dict(collections.Counter(r["channel"] for r in rows).most_common()))
    print(
        "languages",
        dict(collections.Counter(r["language"] for r in rows).most_common()),
        "; non-English ORDER",
        sum(r["language"] != "en" for r in orders),
    )
    print(
        "order lines %d: null sku %d (%d with candidates, %d not in catalog), variant products %d (%d null variant), null quantity %d"
        % (
            len(lines),
            sum(l["sku"] is None for l in lines),
            sum(l["sku"] is None and bool(l.get("candidates")) for l in lines),
            sum(l["sku"] is None and not l.get("candidates") for l in lines),
            sum("variant" in l for l in lines),
            sum("variant" in l and l["variant"] is None for l in lines),
            sum(l["quantity"] is None for l in lines),
        )
    )
    nrev = sum(r["expect_review"] for r in orders)
    print(
        "review: %d shippable (%d clean + %d outliers), %d expect_review; clean %d of %d = %.1f%%"
        % (
            len(orders) - nrev,
            clean,
            sum("outlier" in r["tags"] for r in rows),
            nrev,
            clean,
            len(rows),
            100.0 * clean / len(rows),
        )
    )
    wh = [r for r in orders if "lines_with_history" in r]
    print(
        "history rows %d: review->no review %d, stays review %d, outliers no review->review %d; shippable with history %d of %d"
        % (
            len(wh),
            sum(r["expect_review"] and not r["expect_review_with_history"] for r in wh),
            sum(r["expect_review"] and r["expect_review_with_history"] for r in wh),
            sum((not r["expect_review"]) and r["expect_review_with_history"] for r in wh),
            sum(not r.get("expect_review_with_history", r["expect_review"]) for r in orders),
            len(orders),
        )
    )
    used = set()
    for r in rows:
        for l in r["lines"] + r.get("lines_with_history", []) + r.get("change_lines", []):
            if l["sku"]:
                used.add(l["sku"])
            used.update(l.get("candidates") or [])
    print("coverage %d of %d products in a label or as a candidate" % (len(used & set(P)), nprod))
    tc = collections.Counter(t for r in rows for t in r["tags"])
    print("tags", ", ".join("%s %d" % kv for kv in sorted(tc.items(), key=lambda kv: (-kv[1], kv[0]))))
    print("highest difflib ratio %.2f" % hi)
    if ERR:
        print("\nFAILED: %d problems" % len(ERR))
        for e in ERR[:60]:
            print(" -", e)
        sys.exit(1)
    print("OK: all checks pass")


if __name__ == "__main__":
    main()
