# ruff: noqa  (hand-written data generator of blind set 17, kept as its writer left it)
"""Check catalog17.json, histories17.jsonl and holdout17.jsonl and print the figures of readme17.md.

python3 validate17.py   (standard library only; exits non-zero on the first list of errors)
"""

import difflib
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import cat17  # noqa: E402

UNITS = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tray", "box", "tub"}
VTYPES = {"SIZE", "COLOR", "VOLUME", "WEIGHT"}
INTENTS = {"ORDER", "QUESTION", "COMPLAINT", "OTHER", "CHANGE", "CANCEL"}
CHANNELS = {"WHATSAPP", "SMS", "EMAIL"}
LANGS = {"en", "fr", "pt", "es"}
PRICE = re.compile(r"^\d+\.\d\d$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

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


# ------------------------------------------------------------------ catalog
with open(os.path.join(OUT, "catalog17.json"), encoding="utf-8") as f:
    catalog = json.load(f)

seen_cats = set()
for c in catalog["categories"]:
    if c["parent"] is not None and c["parent"] not in seen_cats:
        err("category %r listed before its parent %r" % (c["name"], c["parent"]))
    if c["name"] in seen_cats:
        err("duplicate category %r" % c["name"])
    seen_cats.add(c["name"])

idx = {}
all_skus = set()
alias_owner = {}
family = {w.lower() for w in cat17.FAMILY_WORDS}
n_var_products = n_variants = 0
for p in catalog["products"]:
    if p["sku"] in all_skus:
        err("duplicate sku %s" % p["sku"])
    all_skus.add(p["sku"])
    idx[p["sku"]] = p
    if p["category"] not in seen_cats:
        err("%s: unknown category %r" % (p["sku"], p["category"]))
    if p["unit"] not in UNITS:
        err("%s: unit %r" % (p["sku"], p["unit"]))
    if not PRICE.match(p["unit_price"]):
        err("%s: price %r" % (p["sku"], p["unit_price"]))
    for a in p["aliases"]:
        k = a.lower()
        if k in alias_owner and alias_owner[k] != p["sku"]:
            err("alias %r shared by %s and %s" % (a, alias_owner[k], p["sku"]))
        alias_owner[k] = p["sku"]
        if k in family:
            err("%s: alias %r is a bare family word" % (p["sku"], a))
    if p["variants"]:
        n_var_products += 1
        names = set()
        for v in p["variants"]:
            n_variants += 1
            if v["variant_type"] not in VTYPES:
                err("%s/%s: variant type %r" % (p["sku"], v["name"], v["variant_type"]))
            if not PRICE.match(v["unit_price"]):
                err("%s/%s: price %r" % (p["sku"], v["name"], v["unit_price"]))
            if v["sku"] in all_skus:
                err("variant sku %s not unique" % v["sku"])
            all_skus.add(v["sku"])
            if v["name"] in names:
                err("%s: duplicate variant %r" % (p["sku"], v["name"]))
            names.add(v["name"])
valias = {}
for p in catalog["products"]:
    for v in p["variants"]:
        for a in v["ai_aliases"]:
            k = a.lower()
            if k in valias and valias[k] != (p["sku"], v["name"]):
                err("variant alias %r shared" % a)
            valias[k] = (p["sku"], v["name"])
            if k in alias_owner and alias_owner[k] != p["sku"]:
                err("variant alias %r equals an alias of %s" % (a, alias_owner[k]))
if not 90 <= len(idx) <= 120:
    err("product count %d" % len(idx))
if not 12 <= n_var_products <= 18:
    err("products with variants: %d" % n_var_products)


def vnames(sku):
    return {v["name"] for v in idx[sku]["variants"]}


def check_line(where, ln, allow_null=True):
    sku = ln.get("sku")
    if sku is None:
        if not allow_null:
            err("%s: null sku" % where)
        if "variant" in ln:
            err("%s: variant key on null-sku line" % where)
        for c in ln.get("candidates", []):
            if c not in idx:
                err("%s: unknown candidate %s" % (where, c))
        if "candidates" in ln and len(ln["candidates"]) < 2:
            err("%s: fewer than 2 candidates" % where)
        cv = ln.get("candidate_variant")
        if cv and not any(cv in vnames(c) for c in ln.get("candidates", [])):
            err("%s: candidate_variant %r fits no candidate" % (where, cv))
        return
    if sku not in idx:
        err("%s: unknown sku %s" % (where, sku))
        return
    if "candidates" in ln or "candidate_variant" in ln:
        err("%s: candidates on a resolved line" % where)
    if idx[sku]["variants"]:
        if "variant" not in ln:
            err("%s: %s has variants but the line has no variant key" % (where, sku))
        elif ln["variant"] is not None and ln["variant"] not in vnames(sku):
            err("%s: %s has no variant %r" % (where, sku, ln["variant"]))
    elif "variant" in ln:
        err("%s: variant key on %s, which has no variants" % (where, sku))
    q = ln.get("quantity", "missing")
    if q == "missing":
        err("%s: quantity key missing" % where)
    elif q is not None and (not isinstance(q, (int, float)) or q < 0):
        err("%s: bad quantity %r" % (where, q))


def is_open(ln):
    if ln["sku"] is None or ln["quantity"] is None:
        return True
    return bool(idx[ln["sku"]]["variants"]) and ln.get("variant") is None


# ------------------------------------------------------------------ histories
histories = load_jsonl(os.path.join(OUT, "histories17.jsonl"))
hmap = {}
DRAMA_MOBILE = re.compile(r"^\+447700900\d{3}$")
for h in histories:
    if h["customer"] in hmap:
        err("duplicate customer %s" % h["customer"])
    hmap[h["customer"]] = h
    a = h["address"]
    if not (DRAMA_MOBILE.match(a) or a.endswith(".example")):
        err("%s: address %r is neither a drama number nor .example" % (h["customer"], a))
    prev = ""
    for o in h["orders"]:
        if not DATE.match(o["date"]) or o["date"] <= prev:
            err("%s: order dates not increasing" % h["customer"])
        prev = o["date"]
        if not o["lines"]:
            err("%s %s: empty order" % (h["customer"], o["date"]))
        for ln in o["lines"]:
            check_line("history %s %s" % (h["customer"], o["date"]), ln, allow_null=False)
            if ln.get("quantity") is None or (
                idx.get(ln["sku"], {}).get("variants") and ln.get("variant") is None
            ):
                err("history %s %s: incomplete line %r" % (h["customer"], o["date"], ln))


def sig(lines):
    return tuple(sorted((l["sku"], l.get("variant") or "", l["quantity"]) for l in lines))


def usual_of(h):
    if not h["orders"]:
        return None
    cnt = Counter(sig(o["lines"]) for o in h["orders"]).most_common()
    if cnt[0][1] < 2 or (len(cnt) > 1 and cnt[1][1] == cnt[0][1]):
        return None
    return cnt[0][0]


# ------------------------------------------------------------------ messages
rows = load_jsonl(os.path.join(OUT, "holdout17.jsonl"))
REQ = ["id", "customer", "date", "channel", "language", "text", "intent", "lines", "notes", "tags"]
training = [(p["sku"], e.lower()) for p in catalog["products"] for e in p["ai_training_examples"]]
for i, r in enumerate(rows, 1):
    where = r.get("id", "row %d" % i)
    for k in REQ:
        if k not in r:
            err("%s: missing %s" % (where, k))
    if r.get("id") != "r%03d" % i:
        err("%s: id out of sequence (expected r%03d)" % (where, i))
    if r["intent"] not in INTENTS:
        err("%s: intent %r" % (where, r["intent"]))
    if r["channel"] not in CHANNELS:
        err("%s: channel %r" % (where, r["channel"]))
    if r["language"] not in LANGS:
        err("%s: language %r" % (where, r["language"]))
    if r["customer"] not in hmap:
        err("%s: unknown customer %s" % (where, r["customer"]))
    else:
        for o in hmap[r["customer"]]["orders"]:
            if o["date"] >= r["date"]:
                err("%s: history order %s not before message date %s" % (where, o["date"], r["date"]))
    low = r["text"].lower()
    for sku, ex in training:
        if ex in low:
            err("%s: training example of %s occurs in the text: %r" % (where, sku, ex))
    tags = set(r["tags"])
    notes = r["notes"].lower()
    hist_keys = [k for k in ("lines_with_history", "expect_review_with_history") if k in r]
    if r["intent"] != "ORDER":
        if r["lines"]:
            err("%s: non-ORDER row with lines" % where)
        for k in ("expect_review", "lines_with_history", "expect_review_with_history"):
            if k in r:
                err("%s: non-ORDER row with %s" % (where, k))
        if "clean" in tags:
            err("%s: clean tag on a non-order" % where)
    else:
        if "expect_review" not in r:
            err("%s: ORDER without expect_review" % where)
        if len(hist_keys) == 1:
            err("%s: history fields must come together" % where)
        for j, ln in enumerate(r["lines"]):
            check_line("%s line %d" % (where, j), ln)
            if is_open(ln) and not r["expect_review"]:
                err("%s: open line but expect_review false" % where)
            if ln["sku"] is None and ln.get("candidates") and "ambiguous" not in notes:
                err("%s: candidates but notes lack 'ambiguous'" % where)
            if ln["sku"] is None and not ln.get("candidates") and "not in catalog" not in notes:
                err("%s: null sku without candidates but notes lack 'not in catalog'" % where)
            if (
                ln["quantity"] is None
                and "quantities not stated" not in notes
                and "not a whole number" not in notes
            ):
                err("%s: null quantity but notes lack 'quantities not stated'/'not a whole number'" % where)
            if (
                ln["sku"] is not None
                and idx[ln["sku"]]["variants"]
                and ln.get("variant") is None
                and "ambiguous" not in notes
            ):
                err("%s: null variant but notes lack 'ambiguous'" % where)
        if hist_keys:
            for j, ln in enumerate(r["lines_with_history"]):
                check_line("%s history line %d" % (where, j), ln)
                if is_open(ln) and not r["expect_review_with_history"]:
                    err("%s: open history line but expect_review_with_history false" % where)
            if (
                r["lines_with_history"] == r["lines"]
                and r["expect_review_with_history"] == r["expect_review"]
            ):
                err("%s: history fields that change nothing" % where)
        if "clean" in tags and (r["expect_review"] or "outlier" in tags):
            err("%s: clean tag on a review row or outlier" % where)
        if not r["expect_review"] and "clean" not in tags and "outlier" not in tags:
            err("%s: shippable order without clean/outlier tag" % where)
        if "reference" in tags and not r["expect_review"]:
            err("%s: reference row not in review" % where)
        if "outlier" in tags:
            if r["expect_review"] or not r.get("expect_review_with_history"):
                err("%s: outlier must be review false, with history true" % where)
            h = hmap[r["customer"]]
            for ln in r["lines"]:
                mx = max(
                    [l["quantity"] for o in h["orders"] for l in o["lines"] if l["sku"] == ln["sku"]] or [0]
                )
                if not mx or ln["quantity"] < 4 * mx:
                    err(
                        "%s: outlier %s %s not >= 4 x earlier max %s" % (where, ln["sku"], ln["quantity"], mx)
                    )
        if "reference" in tags and "ambiguous_reference" not in tags:
            if usual_of(hmap[r["customer"]]) is None and "usual" in low and not hist_keys:
                err("%s: 'usual' reference with no unique usual basket" % where)
    if r["intent"] == "CHANGE":
        if "change_lines" not in r:
            err("%s: CHANGE without change_lines" % where)
        else:
            for j, ln in enumerate(r["change_lines"]):
                check_line("%s change line %d" % (where, j), ln, allow_null=False)
    elif "change_lines" in r:
        err("%s: change_lines on a non-CHANGE row" % where)

# phones and e-mail addresses in texts
PHONE = re.compile(r"(?:\+44\s?|0)(?:\d[\s-]?){9,10}")
for r in rows:
    for m in PHONE.finditer(r["text"]):
        digits = re.sub(r"\D", "", m.group(0))
        if digits.startswith("44"):
            digits = "0" + digits[2:]
        if not (
            digits.startswith("07700900") or digits.startswith("020794600") or digits.startswith("02079460")
        ):
            err("%s: phone-like number %r is not a drama number" % (r["id"], m.group(0)))
    for m in re.finditer(r"[\w.+-]+@([\w-]+\.)+[\w-]+", r["text"]):
        if not m.group(0).endswith(".example"):
            err("%s: e-mail %r not under .example" % (r["id"], m.group(0)))

# similarity
texts = [(r["id"], r["text"]) for r in rows]
best = (0.0, None, None)
for a in range(len(texts)):
    for b in range(a + 1, len(texts)):
        sm = difflib.SequenceMatcher(None, texts[a][1], texts[b][1])
        if sm.real_quick_ratio() < 0.7 or sm.quick_ratio() < 0.7:
            continue
        ratio = sm.ratio()
        if ratio > best[0]:
            best = (ratio, texts[a][0], texts[b][0])
        if ratio >= 0.7:
            err("%s and %s: difflib similarity %.2f" % (texts[a][0], texts[b][0], ratio))

if errors:
    print("\n".join(errors))
    print("%d errors" % len(errors))
    sys.exit(1)

# ------------------------------------------------------------------ figures
orders = [r for r in rows if r["intent"] == "ORDER"]
lines = [l for r in orders for l in r["lines"]]
intents = Counter(r["intent"] for r in rows)
print("messages %d" % len(rows))
print("intents  " + ", ".join("%s %d" % kv for kv in intents.most_common()))
print("channels " + ", ".join("%s %d" % kv for kv in Counter(r["channel"] for r in rows).most_common()))
print(
    "languages " + ", ".join("%s %d" % kv for kv in Counter(r["language"] for r in rows).most_common()),
    "(non-English ORDER: %d)" % sum(1 for r in orders if r["language"] != "en"),
)
clean = sum(1 for r in orders if "clean" in r["tags"])
outl = sum(1 for r in orders if "outlier" in r["tags"])
print(
    "order lines %d: null sku %d (candidates %d, not in catalog %d); lines of products with variants %d "
    "(variant null %d); null quantity %d"
    % (
        len(lines),
        sum(1 for l in lines if l["sku"] is None),
        sum(1 for l in lines if l["sku"] is None and l.get("candidates")),
        sum(1 for l in lines if l["sku"] is None and not l.get("candidates")),
        sum(1 for l in lines if l["sku"] and idx[l["sku"]]["variants"]),
        sum(1 for l in lines if l["sku"] and idx[l["sku"]]["variants"] and l.get("variant") is None),
        sum(1 for l in lines if l["quantity"] is None),
    )
)
print(
    "review: %d ORDER shippable as written (%d clean + %d outliers), %d expect_review; clean orders are "
    "%.1f%% of all messages"
    % (
        sum(1 for r in orders if not r["expect_review"]),
        clean,
        outl,
        sum(1 for r in orders if r["expect_review"]),
        100.0 * clean / len(rows),
    )
)
wh = [r for r in orders if "lines_with_history" in r]
print(
    "history: fields on %d rows: %d review->no review, %d keep review, %d no review->review; "
    "with history %d of %d orders shippable"
    % (
        len(wh),
        sum(1 for r in wh if r["expect_review"] and not r["expect_review_with_history"]),
        sum(1 for r in wh if r["expect_review"] and r["expect_review_with_history"]),
        sum(1 for r in wh if not r["expect_review"] and r["expect_review_with_history"]),
        sum(1 for r in orders if not r.get("expect_review_with_history", r["expect_review"])),
        len(orders),
    )
)
print(
    "review rows without history fields: %d"
    % sum(1 for r in orders if r["expect_review"] and "lines_with_history" not in r)
)
used = set()
for r in rows:
    for key in ("lines", "lines_with_history", "change_lines"):
        for l in r.get(key, []) or []:
            if l["sku"]:
                used.add(l["sku"])
            used.update(l.get("candidates", []))
print(
    "coverage: %d of %d products in a label or as a candidate; missing: %s"
    % (len(used & set(idx)), len(idx), ", ".join(sorted(set(idx) - used)) or "-")
)
print(
    "catalog: %d categories, %d products, %d with %d variants; units %s"
    % (
        len(catalog["categories"]),
        len(idx),
        n_var_products,
        n_variants,
        ", ".join("%s %d" % kv for kv in Counter(p["unit"] for p in idx.values()).most_common()),
    )
)
hs = [h for h in histories if h["orders"]]
print(
    "histories: %d customers, %d with orders: %d orders, %d lines, %s to %s"
    % (
        len(histories),
        len(hs),
        sum(len(h["orders"]) for h in hs),
        sum(len(o["lines"]) for h in hs for o in h["orders"]),
        min(o["date"] for h in hs for o in h["orders"]),
        max(o["date"] for h in hs for o in h["orders"]),
    )
)
print("messages dated %s to %s" % (min(r["date"] for r in rows), max(r["date"] for r in rows)))
print("tags: " + ", ".join("%s %d" % kv for kv in Counter(t for r in rows for t in r["tags"]).most_common()))
print("highest difflib similarity: %.2f (%s, %s)" % best)
print("OK")
