# ruff: noqa  (hand-written data generator of blind set 53, kept as its writer left it)
"""Check catalog53.json, holdout53.jsonl and histories53.jsonl (in the parent folder) and print the figures."""

import collections
import difflib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
D = os.path.dirname(HERE)
from cat53 import FAMILY_WORDS  # noqa: E402

ERR = []


def err(msg):
    ERR.append(msg)


cat = json.load(open(os.path.join(D, "catalog53.json"), encoding="utf-8"))
rows = [json.loads(l) for l in open(os.path.join(D, "holdout53.jsonl"), encoding="utf-8")]
hists = [json.loads(l) for l in open(os.path.join(D, "histories53.jsonl"), encoding="utf-8")]

# ---- catalog
UNITS = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tray", "box", "tub"}
seen_cat = set()
for c in cat["categories"]:
    if c["parent"] is not None and c["parent"] not in seen_cat:
        err("category parent after child: " + c["name"])
    seen_cat.add(c["name"])
prods = {}
aliases = {}
vskus = set()
for p in cat["products"]:
    if p["sku"] in prods:
        err("dup sku " + p["sku"])
    prods[p["sku"]] = p
    if p["category"] not in seen_cat:
        err("bad category " + p["sku"])
    if p["unit"] not in UNITS:
        err("bad unit " + p["sku"])
    if not re.fullmatch(r"\d+\.\d\d", p["unit_price"]) or float(p["unit_price"]) <= 0:
        err("bad price " + p["sku"])
    als = list(p["aliases"]) + [a for v in p["variants"] for a in v["ai_aliases"]]
    for a in als:
        k = a.lower()
        if k in aliases:
            err("shared alias %r" % a)
        aliases[k] = p["sku"]
        if k in FAMILY_WORDS:
            err("alias is a family word %r" % a)
    names = set()
    for v in p["variants"]:
        if v["variant_type"] not in {"SIZE", "COLOR", "VOLUME", "WEIGHT"}:
            err("bad variant type " + p["sku"])
        if not v.get("sku") or v["sku"] in vskus or v["sku"] in prods:
            err("bad/dup variant sku " + p["sku"])
        vskus.add(v["sku"])
        if not re.fullmatch(r"\d+\.\d\d", v.get("unit_price", "")):
            err("bad variant price " + p["sku"])
        if v["name"] in names:
            err("dup variant name " + p["sku"])
        names.add(v["name"])
vprods = [p for p in prods.values() if p["variants"]]
if not 90 <= len(prods) <= 130:
    err("product count %d" % len(prods))
if not 12 <= len(vprods) <= 20:
    err("variant product count %d" % len(vprods))
for s in vskus:
    if s in prods:
        err("variant sku equals product sku " + s)


def vnames(sku):
    return [v["name"] for v in prods[sku]["variants"]]


def check_line(l, where, history=False):
    sku = l["sku"]
    if sku is None:
        if "variant" in l:
            err(where + ": variant key on null sku")
        if "candidates" in l:
            if len(l["candidates"]) < 2:
                err(where + ": fewer than 2 candidates")
            for c in l["candidates"]:
                if c not in prods:
                    err(where + ": unknown candidate " + c)
            cv = l.get("candidate_variant")
            if cv is not None and not any(cv in vnames(c) for c in l["candidates"]):
                err(where + ": candidate_variant fits no candidate")
        return
    if sku not in prods:
        err(where + ": unknown sku " + sku)
        return
    if prods[sku]["variants"]:
        if "variant" not in l:
            err(where + ": missing variant key " + sku)
        elif l["variant"] is not None and l["variant"] not in vnames(sku):
            err(where + ": unknown variant %s %s" % (sku, l["variant"]))
        if history and l.get("variant") is None:
            err(where + ": incomplete history line")
    elif "variant" in l:
        err(where + ": variant key on product without variants " + sku)
    q = l["quantity"]
    if history and (q is None or q <= 0):
        err(where + ": bad history quantity")


def is_open(l):
    return l["sku"] is None or l["quantity"] is None or ("variant" in l and l["variant"] is None)


# ---- histories
hmap = {}
for h in hists:
    hmap[h["customer"]] = h
    for o in h["orders"]:
        if o["date"] <= "2028-01-01":
            err("history date too early")
        for l in o["lines"]:
            check_line(l, "history " + h["customer"], history=True)
DRAMA = re.compile(r"^(\+447700900\d{3}|07700 ?900\d{3}|020 ?7946 ?0\d{3})$")
for h in hists:
    a = h["address"]
    if "@" in a:
        if not a.endswith(".example"):
            err("address not .example " + a)
    elif not DRAMA.match(a):
        err("address not drama " + a)

# ---- holdout
ids = [r["id"] for r in rows]
if ids != ["gk%03d" % i for i in range(1, len(rows) + 1)]:
    err("ids not gk001.. without gaps")
texts = {}
train = [t for p in prods.values() for t in p["ai_training_examples"]]
intents = collections.Counter()
chans = collections.Counter()
langs = collections.Counter()
tags = collections.Counter()
n_lines = n_null = n_cand = n_nic = n_var = n_nullvar = n_nullq = 0
clean = shippable = review_n = 0
hist_rows = hist_r2n = hist_keep = hist_out = 0
used = set()
PHONE = re.compile(r"(\+?\d[\d ]{8,}\d)")
for r in rows:
    rid = r["id"]
    for k in ("id", "channel", "customer", "date", "language", "text", "intent", "lines", "notes", "tags"):
        if k not in r:
            err(rid + ": missing " + k)
    if r["customer"] not in hmap:
        err(rid + ": unknown customer")
    if r["date"] <= "2028-06-01":
        err(rid + ": date too early")
    for o in hmap[r["customer"]]["orders"]:
        if o["date"] >= r["date"]:
            err(rid + ": history not before message")
    intents[r["intent"]] += 1
    chans[r["channel"]] += 1
    langs[r["language"]] += 1
    for t in r["tags"]:
        tags[t] += 1
    for t in train:
        if t.lower() in r["text"].lower():
            err(rid + ": training example in text")
    for m in PHONE.findall(r["text"]):
        m2 = m.strip()
        digits = re.sub(r"\D", "", m2)
        if len(digits) >= 10 and not (
            re.search(r"7700 ?900 ?\d{3}", m2) or re.search(r"20 ?7946 ?0\d{3}", m2)
        ):
            err(rid + ": phone not drama " + m2)
    for e in re.findall(r"[\w.+-]+@[\w.-]+", r["text"]):
        if not e.endswith(".example"):
            err(rid + ": email not .example " + e)
    if r["intent"] != "ORDER":
        if r["lines"] or "expect_review" in r or "lines_with_history" in r:
            err(rid + ": non-ORDER with lines/review")
        if ("change_lines" in r) != (r["intent"] == "CHANGE"):
            err(rid + ": change_lines misplaced")
        for l in r.get("change_lines", []):
            check_line(l, rid + " change")
            used.add(l["sku"])
        if "clean" in r["tags"]:
            err(rid + ": clean on non-order")
        continue
    if "change_lines" in r:
        err(rid + ": change_lines on ORDER")
    rv = r["expect_review"]
    notes = r["notes"]
    for l in r["lines"]:
        check_line(l, rid)
        n_lines += 1
        if l["sku"] is None:
            n_null += 1
            if "candidates" in l:
                n_cand += 1
                used.update(l["candidates"])
            else:
                n_nic += 1
        else:
            used.add(l["sku"])
            if "variant" in l:
                n_var += 1
                if l["variant"] is None:
                    n_nullvar += 1
        if l["quantity"] is None:
            n_nullq += 1
        if is_open(l):
            if not rv:
                err(rid + ": open line on shippable row")
            if not any(
                p in notes
                for p in ("ambiguous", "not in catalog", "quantities not stated", "not a whole number")
            ):
                err(rid + ": notes lack the standard phrase")
        if l["quantity"] is not None and l["quantity"] != int(l["quantity"]) and not rv:
            err(rid + ": fraction on shippable row")
    if "reference" in r["tags"] and not rv:
        err(rid + ": reference not in review")
    has_h = "lines_with_history" in r
    if has_h != ("expect_review_with_history" in r):
        err(rid + ": history fields not together")
    outlier = "outlier" in r["tags"]
    if has_h:
        hist_rows += 1
        lwh, rwh = r["lines_with_history"], r["expect_review_with_history"]
        if lwh == r["lines"] and rwh == rv:
            err(rid + ": history fields change nothing")
        for l in lwh:
            check_line(l, rid + " lwh")
            if is_open(l) and not rwh:
                err(rid + ": open history line on shippable")
        if rv and not rwh:
            hist_r2n += 1
        elif rv and rwh:
            hist_keep += 1
        elif not rv and rwh:
            hist_out += 1
    if outlier:
        if rv or not has_h or not r["expect_review_with_history"]:
            err(rid + ": outlier review flags")
        mx = collections.defaultdict(int)
        for o in hmap[r["customer"]]["orders"]:
            for l in o["lines"]:
                mx[l["sku"]] = max(mx[l["sku"]], l["quantity"])
        if not any(l["sku"] in mx and l["quantity"] >= 4 * mx[l["sku"]] for l in r["lines"]):
            err(rid + ": outlier not 4x the largest earlier quantity")
    if not rv:
        shippable += 1
    else:
        review_n += 1
    is_clean = (not rv) and not outlier
    if is_clean != ("clean" in r["tags"]):
        err(rid + ": clean tag mismatch")
    clean += is_clean
# similarity
tl = [(r["id"], r["text"]) for r in rows]
best = (0, None, None)
for i in range(len(tl)):
    for j in range(i + 1, len(tl)):
        sm = difflib.SequenceMatcher(None, tl[i][1], tl[j][1])
        if sm.real_quick_ratio() < 0.7 or sm.quick_ratio() < 0.7:
            continue
        rt = sm.ratio()
        if rt > best[0]:
            best = (rt, tl[i][0], tl[j][0])
        if rt >= 0.7:
            err("similar texts %s %s %.2f" % (tl[i][0], tl[j][0], rt))
if len(rows) < 180:
    err("fewer than 180 messages")
if clean < 0.4 * len(rows):
    err("clean below 40%")
for sku in prods:
    pass
cover = len(used & set(prods))

n_orders = intents["ORDER"]
print("messages           %d" % len(rows))
print("intents            " + ", ".join("%d %s" % (n, k) for k, n in intents.most_common()))
print("channels           " + ", ".join("%d %s" % (n, k) for k, n in chans.most_common()))
print(
    "languages          "
    + ", ".join("%d %s" % (n, k) for k, n in langs.most_common())
    + "  (%d ORDER rows not English)"
    % sum(1 for r in rows if r["intent"] == "ORDER" and r["language"] != "en")
)
print(
    "order lines        %d: %d null sku (%d ambiguous with candidates, %d not in catalog), %d of a product with "
    "variants (%d with no variant), %d null quantity"
    % (n_lines, n_null, n_cand, n_nic, n_var, n_nullvar, n_nullq)
)
print(
    "review             %d ORDER rows shippable as written (%d clean + %d outliers), %d need a human"
    % (shippable, clean, tags["outlier"], review_n)
)
print("clean              %d of %d messages (%.1f%%)" % (clean, len(rows), 100.0 * clean / len(rows)))
print(
    "history            lines_with_history on %d rows: %d review->no review, %d keep review, %d outliers"
    % (hist_rows, hist_r2n, hist_keep, hist_out)
)
print(
    "with history       %d of %d orders shippable"
    % (
        sum(
            1
            for r in rows
            if r["intent"] == "ORDER" and not r.get("expect_review_with_history", r["expect_review"])
        ),
        n_orders,
    )
)
print(
    "histories          %d customers, %d orders, %d lines, %s to %s"
    % (
        len(hists),
        sum(len(h["orders"]) for h in hists),
        sum(len(o["lines"]) for h in hists for o in h["orders"]),
        min(o["date"] for h in hists for o in h["orders"]),
        max(o["date"] for h in hists for o in h["orders"]),
    )
)
print("message dates      %s to %s" % (min(r["date"] for r in rows), max(r["date"] for r in rows)))
print(
    "catalog            %d products, %d with variants (%d variants), %d categories"
    % (len(prods), len(vprods), sum(len(p["variants"]) for p in vprods), len(cat["categories"]))
)
print("coverage           %d of %d products in a label or as a candidate" % (cover, len(prods)))
print("max similarity     %.2f (%s, %s)" % best)
print(
    "tags               "
    + ", ".join("%s %d" % (k, n) for k, n in sorted(tags.items(), key=lambda x: (-x[1], x[0])))
)
if ERR:
    print("\nFAILED: %d problems" % len(ERR))
    for e in ERR[:60]:
        print("  " + e)
    sys.exit(1)
print("\nOK: all checks pass")
