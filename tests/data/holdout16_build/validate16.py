# ruff: noqa  (hand-written data generator of blind set 16, kept as its writer left it)
#!/usr/bin/env python3
"""Checks catalog16.json, histories16.jsonl and holdout16.jsonl (one folder up) and prints the set's figures.
Standard library only. Exit status 1 on any failed check."""

import collections
import difflib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

UNITS = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tray", "box", "tub"}
VTYPES = {"SIZE", "COLOR", "VOLUME", "WEIGHT"}
INTENTS = {"ORDER", "QUESTION", "COMPLAINT", "OTHER", "CANCEL", "CHANGE"}
CHANNELS = {"WHATSAPP", "SMS", "EMAIL"}
LANGS = {"en", "pa", "ur", "bn", "ta", "pl", "ro"}
# bare family words: none of them may be an alias (each names more than one product)
FAMILY_WORDS = {
    "coke",
    "coca cola",
    "coca-cola",
    "cola",
    "diet coke",
    "coke zero",
    "pepsi max",
    "pepsi",
    "irn bru",
    "irn-bru",
    "red bull",
    "monster",
    "monster energy",
    "lucozade",
    "water",
    "still water",
    "highland spring",
    "robinsons",
    "squash",
    "walkers",
    "crisps",
    "walkers cheese & onion",
    "walkers cheese and onion",
    "cheese & onion",
    "walkers salt & vinegar",
    "salt & vinegar",
    "pringles",
    "peanuts",
    "kp",
    "kp nuts",
    "nuts",
    "haribo",
    "extra",
    "gum",
    "chewing gum",
    "wrigleys",
    "pick n mix",
    "pick & mix",
    "sweets",
    "white bread",
    "bread",
    "warburtons",
    "warbies",
    "milk",
    "semi",
    "whole",
    "pints",
    "tea",
    "tea bags",
    "pot noodle",
    "rizla",
    "papers",
    "rizla blue",
    "filter tips",
    "tips",
    "filters",
    "lighters",
    "bleach",
    "batteries",
    "aa",
    "aaa",
    "duracell",
    "cat food",
    "cat pouches",
    "pouches",
    "dog food",
    "dog tins",
    "carling",
    "echo falls",
    "wine",
    "lager",
    "cadbury",
    "kitkat chocolate",
    "gloves",
    "bags",
    "heinz",
    "galaxy chocolate",
    "energy drink",
    "monster green",
}

errors = []


def err(*a):
    errors.append(" ".join(str(x) for x in a))


def load_jsonl(name):
    out = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                out.append(json.loads(line))
            except Exception as e:  # noqa: BLE001
                err(name, "line", i, "invalid JSON", e)
    return out


with open(os.path.join(OUT, "catalog16.json"), encoding="utf-8") as f:
    cat = json.load(f)
hist = load_jsonl("histories16.jsonl")
rows = load_jsonl("holdout16.jsonl")

# ---------------------------------------------------------------------------------------------- catalog
seen_cats = set()
for c in cat["categories"]:
    if c["parent"] is not None and c["parent"] not in seen_cats:
        err("category parent not listed first:", c["name"])
    if c["name"] in seen_cats:
        err("duplicate category", c["name"])
    seen_cats.add(c["name"])
P = {}
all_skus = set()
alias_owner = {}
price_re = re.compile(r"^\d+\.\d\d$")
for p in cat["products"]:
    if p["sku"] in P:
        err("duplicate sku", p["sku"])
    P[p["sku"]] = p
    all_skus.add(p["sku"])
    if p["category"] not in seen_cats:
        err("unknown category", p["sku"])
    if p["unit"] not in UNITS:
        err("bad unit", p["sku"], p["unit"])
    if not price_re.match(p["unit_price"]):
        err("bad price", p["sku"])
    if "variants" not in p:
        err("no variants key", p["sku"])
    vnames = set()
    for v in p["variants"]:
        if v["variant_type"] not in VTYPES:
            err("bad variant type", p["sku"], v)
        if not v.get("sku") or not price_re.match(v.get("unit_price", "")):
            err("variant without own sku/price", p["sku"], v["name"])
        if v["sku"] in all_skus:
            err("duplicate variant sku", v["sku"])
        all_skus.add(v["sku"])
        if v["name"] in vnames:
            err("duplicate variant name", p["sku"], v["name"])
        vnames.add(v["name"])
    for a in p["aliases"] + [x for v in p["variants"] for x in v.get("ai_aliases", [])]:
        k = a.lower().strip()
        if k in alias_owner and alias_owner[k] != p["sku"]:
            err("shared alias", repr(a), alias_owner[k], p["sku"])
        alias_owner[k] = p["sku"]
        if k in FAMILY_WORDS:
            err("alias is a bare family word", repr(a), p["sku"])
VAR = {s: [v["name"] for v in p["variants"]] for s, p in P.items()}

texts_lower = [r["text"].lower() for r in rows]
for p in cat["products"]:
    for ex in p["ai_training_examples"]:
        for i, t in enumerate(texts_lower):
            if ex.lower() in t:
                err("training example inside a message", p["sku"], repr(ex), rows[i]["id"])

# ---------------------------------------------------------------------------------------------- histories
H = {}
for h in hist:
    H[h["customer"]] = h
    for k in ("customer", "name", "kind", "channel", "address", "language", "orders"):
        if k not in h:
            err("history field missing", h.get("customer"), k)
    prev = ""
    for o in h["orders"]:
        if o["date"] <= prev:
            err("history dates not increasing", h["customer"])
        prev = o["date"]
        for l in o["lines"]:
            if l["sku"] not in P:
                err("history sku", h["customer"], l)
                continue
            if not isinstance(l["quantity"], (int, float)) or l["quantity"] <= 0:
                err("history quantity", h["customer"], l)
            if VAR[l["sku"]]:
                if l.get("variant") not in VAR[l["sku"]]:
                    err("history variant", h["customer"], l)
            elif "variant" in l:
                err("variant key on plain product in history", h["customer"], l)


def max_qty(cust, sku):
    return max([l["quantity"] for o in H[cust]["orders"] for l in o["lines"] if l["sku"] == sku] or [0])


def bought(cust):
    return {l["sku"] for o in H[cust]["orders"] for l in o["lines"]}


# ---------------------------------------------------------------------------------------------- rows
def check_line(r, l, where):
    """returns True when the line is open (null sku, quantity or variant)"""
    sku = l.get("sku", "MISSING")
    if sku == "MISSING" or "quantity" not in l:
        err(r["id"], where, "line without sku/quantity", l)
        return True
    notes = r["notes"].lower()
    is_open = False
    if sku is None:
        is_open = True
        if "variant" in l:
            err(r["id"], where, "variant key on null-sku line", l)
        if l.get("candidates"):
            if len(l["candidates"]) < 2 or any(c not in P for c in l["candidates"]):
                err(r["id"], where, "bad candidates", l)
            if "ambiguous" not in notes:
                err(r["id"], where, "candidates without 'ambiguous' in notes")
            cv = l.get("candidate_variant")
            if cv is not None and any(cv not in VAR[c] for c in l["candidates"]):
                err(r["id"], where, "candidate_variant not a variant of every candidate", l)
        else:
            if "candidate_variant" in l:
                err(r["id"], where, "candidate_variant without candidates")
            if "not in catalog" not in notes:
                err(r["id"], where, "not-in-catalog line without 'not in catalog' in notes")
    else:
        if sku not in P:
            err(r["id"], where, "unknown sku", sku)
            return True
        if "candidates" in l or "candidate_variant" in l:
            err(r["id"], where, "candidates on a resolved line", l)
        if VAR[sku]:
            if "variant" not in l:
                err(r["id"], where, "missing variant key", l)
            elif l["variant"] is None:
                is_open = True
                if "ambiguous" not in notes:
                    err(r["id"], where, "null variant without 'ambiguous' in notes")
            elif l["variant"] not in VAR[sku]:
                err(r["id"], where, "unknown variant", l)
        elif "variant" in l:
            err(r["id"], where, "variant key on a product without variants", l)
    q = l["quantity"]
    if q is None:
        is_open = True
        if "quantities not stated" not in notes:
            err(r["id"], where, "null quantity without 'quantities not stated' in notes")
    elif not isinstance(q, (int, float)) or q < 0 or (q == 0 and where != "change_lines"):
        err(r["id"], where, "bad quantity", l)
    return is_open


ids = [r["id"] for r in rows]
if ids != [f"s{i:03d}" for i in range(1, len(rows) + 1)]:
    err("ids do not run s001.. without gaps")
HIST_FIELDS = ("lines_with_history", "expect_review_with_history")
for r in rows:
    for k in ("id", "customer", "date", "channel", "language", "text", "intent", "lines", "notes", "tags"):
        if k not in r:
            err(r.get("id"), "missing field", k)
    if r["intent"] not in INTENTS:
        err(r["id"], "bad intent")
    if r["channel"] not in CHANNELS:
        err(r["id"], "bad channel")
    if r["language"] not in LANGS:
        err(r["id"], "bad language")
    if r["customer"] not in H:
        err(r["id"], "unknown customer")
        continue
    for o in H[r["customer"]]["orders"]:
        if o["date"] >= r["date"]:
            err(r["id"], "history order not before the message", o["date"])
    tags = set(r["tags"])
    if (r["language"] != "en") != ("multilingual" in tags):
        err(r["id"], "multilingual tag does not match language")
    if r["intent"] != "ORDER":
        if r["lines"] or "expect_review" in r or any(k in r for k in HIST_FIELDS):
            err(r["id"], "non-ORDER row with lines or review fields")
        if r["intent"].lower() not in tags:
            err(r["id"], "intent tag missing")
    else:
        if not isinstance(r.get("expect_review"), bool):
            err(r["id"], "ORDER without expect_review")
        open_ = [check_line(r, l, "lines") for l in r["lines"]]
        if any(open_) and not r["expect_review"]:
            err(r["id"], "open line but expect_review false")
        if ("lines_with_history" in r) != ("expect_review_with_history" in r):
            err(r["id"], "history fields do not come together")
        if "lines_with_history" in r:
            ow = [check_line(r, l, "lines_with_history") for l in r["lines_with_history"]]
            if any(ow) and not r["expect_review_with_history"]:
                err(r["id"], "open history line but expect_review_with_history false")
            if (
                r["lines_with_history"] == r["lines"]
                and r["expect_review_with_history"] == r["expect_review"]
            ):
                err(r["id"], "history fields that change nothing")
            if not H[r["customer"]]["orders"]:
                err(r["id"], "history fields for a customer without history")
        clean = not r["expect_review"] and "outlier" not in tags
        if clean != ("clean" in tags):
            err(r["id"], "clean tag does not match expect_review")
        if "outlier" in tags:
            if r["expect_review"] or not r.get("expect_review_with_history"):
                err(r["id"], "outlier review fields")
            if not any(
                l["sku"] and l["quantity"] >= 4 * max_qty(r["customer"], l["sku"]) > 0 for l in r["lines"]
            ):
                err(r["id"], "outlier not 4x the largest earlier quantity")
        if "reference" in tags and not r["expect_review"]:
            err(r["id"], "reference row not in review")
    if r["intent"] == "CHANGE":
        if "change_lines" not in r:
            err(r["id"], "CHANGE without change_lines")
        else:
            for l in r["change_lines"]:
                check_line(r, l, "change_lines")
    elif "change_lines" in r:
        err(r["id"], "change_lines on a non-CHANGE row")

# ---------------------------------------------------------------------------------------------- contact data
phone_re = re.compile(r"(?:\+44\s?|0)(?:\d[\s-]?){9,10}\d")
ok_phone = [re.compile(r"^\+?(44)?0?7700\s?900\d{3}$"), re.compile(r"^\+?(44)?0?20\s?7946\s?0\d{3}$")]
mail_re = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def check_contacts(where, text):
    for m in phone_re.findall(text):
        s = re.sub(r"[\s-]", "", m)
        s = s.replace("+44", "0") if s.startswith("+44") else s
        if not (
            re.match(r"^07700900\d{3}$", s)
            or re.match(r"^020794600?\d{3}$", s)
            or re.match(r"^02079460\d{3}$", s)
        ):
            err(where, "phone number outside the drama ranges:", m)
    for m in mail_re.findall(text):
        if not m.lower().endswith(".example"):
            err(where, "e-mail address outside .example:", m)


for r in rows:
    check_contacts(r["id"], r["text"])
for h in hist:
    check_contacts(h["customer"], h["address"])

# ---------------------------------------------------------------------------------------------- similarity
best = (0.0, None, None)
T = [r["text"] for r in rows]
for i in range(len(T)):
    for j in range(i + 1, len(T)):
        sm = difflib.SequenceMatcher(None, T[i], T[j], autojunk=False)
        if sm.real_quick_ratio() < 0.7 or sm.quick_ratio() < 0.7:
            continue
        s = sm.ratio()
        if s > best[0]:
            best = (s, rows[i]["id"], rows[j]["id"])
        if s >= 0.7:
            err("texts too similar", rows[i]["id"], rows[j]["id"], round(s, 3))
# the best ratio over all pairs (for the figures), computed fully
full_best = (0.0, None, None)
for i in range(len(T)):
    for j in range(i + 1, len(T)):
        sm = difflib.SequenceMatcher(None, T[i], T[j], autojunk=False)
        if sm.real_quick_ratio() <= full_best[0] or sm.quick_ratio() <= full_best[0]:
            continue
        s = sm.ratio()
        if s > full_best[0]:
            full_best = (s, rows[i]["id"], rows[j]["id"])

# ---------------------------------------------------------------------------------------------- figures
print(
    f"catalog: {len(cat['categories'])} categories "
    f"({sum(1 for c in cat['categories'] if c['parent'] is None)} top-level), {len(P)} products, "
    f"{sum(1 for p in P.values() if p['variants'])} with {sum(len(p['variants']) for p in P.values())} variants"
)
print("units:", dict(collections.Counter(p["unit"] for p in P.values()).most_common()))
n_orders = sum(len(h["orders"]) for h in hist)
n_hlines = sum(len(o["lines"]) for h in hist for o in h["orders"])
dates = sorted(o["date"] for h in hist for o in h["orders"])
print(
    f"histories: {len(hist)} customers, {sum(1 for h in hist if h['orders'])} with orders, {n_orders} orders, "
    f"{n_hlines} lines, {dates[0]} .. {dates[-1]}"
)
print(f"messages: {len(rows)}, dates {min(r['date'] for r in rows)} .. {max(r['date'] for r in rows)}")
ic = collections.Counter(r["intent"] for r in rows)
print("intents:", dict(ic.most_common()))
print("channels:", dict(collections.Counter(r["channel"] for r in rows).most_common()))
print("languages:", dict(collections.Counter(r["language"] for r in rows).most_common()))
orders = [r for r in rows if r["intent"] == "ORDER"]
print("non-English ORDER messages:", sum(1 for r in orders if r["language"] != "en"))
L = [l for r in orders for l in r["lines"]]
nulls = [l for l in L if l["sku"] is None]
print(
    f"order lines: {len(L)}; null sku {len(nulls)} ({sum(1 for l in nulls if l.get('candidates'))} ambiguous with "
    f"candidates, {sum(1 for l in nulls if not l.get('candidates'))} not in catalog); "
    f"of a product with variants {sum(1 for l in L if l['sku'] and VAR[l['sku']])} "
    f"({sum(1 for l in L if l['sku'] and VAR[l['sku']] and l['variant'] is None)} with no variant); "
    f"null quantity {sum(1 for l in L if l['quantity'] is None)}"
)
clean = [r for r in orders if "clean" in r["tags"]]
outl = [r for r in orders if "outlier" in r["tags"]]
rev = [r for r in orders if r["expect_review"]]
print(
    f"review: {len(clean)} clean + {len(outl)} outliers ship as written, {len(rev)} need a human; "
    f"clean share of all messages {len(clean) / len(rows):.1%}"
)
hr = [r for r in orders if "lines_with_history" in r]
print(
    f"history: {len(hr)} rows with history fields; review->no review "
    f"{sum(1 for r in hr if r['expect_review'] and not r['expect_review_with_history'])}, kept review "
    f"{sum(1 for r in hr if r['expect_review'] and r['expect_review_with_history'])}, no review->review "
    f"{sum(1 for r in hr if not r['expect_review'] and r['expect_review_with_history'])}; "
    f"review rows without history fields {sum(1 for r in rev if 'lines_with_history' not in r)}; "
    f"shippable with history "
    f"{sum(1 for r in orders if not r.get('expect_review_with_history', r['expect_review']))} of {len(orders)}"
)
used = set()
for r in orders:
    for l in r["lines"] + r.get("lines_with_history", []):
        if l["sku"]:
            used.add(l["sku"])
        used.update(l.get("candidates", []))
for r in rows:
    for l in r.get("change_lines", []):
        used.add(l["sku"])
print(
    f"coverage: {len(used & set(P))} of {len(P)} products in a label or as a candidate; missing: "
    f"{sorted(set(P) - used)}"
)
tc = collections.Counter(t for r in rows for t in r["tags"])
print("tags:", ", ".join(f"{t} {n}" for t, n in tc.most_common()))
print(f"highest difflib similarity between two texts: {full_best[0]:.2f} ({full_best[1]}, {full_best[2]})")
if errors:
    print(f"\n{len(errors)} ERRORS")
    for e in errors:
        print("  ", e)
    sys.exit(1)
print("\nall checks passed")
