# ruff: noqa  (hand-written data generator of blind set 68, kept as its writer left it)
"""Check catalog68.json, histories68.jsonl and holdout68.jsonl and print the figures of the README section.

usage: python3 validate68.py [dir]     (default: the parent folder of holdout68_build, i.e. blind68/)
Exit status 1 and a list of errors if any check fails. Standard library only.
"""

import collections
import difflib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import cat68  # noqa: E402  (FAMILY_WORDS)

D = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
ERR = []


def err(msg):
    ERR.append(msg)


UNITS = {"case", "pack", "each", "keg", "bottle", "bag", "kg", "sack", "tray", "box", "tub"}
VTYPES = {"SIZE", "COLOR", "VOLUME", "WEIGHT"}
INTENTS = {"ORDER", "QUESTION", "COMPLAINT", "OTHER", "CANCEL", "CHANGE"}
CHANNELS = {"WHATSAPP", "SMS", "EMAIL"}
LANGS = {"en": "English", "cy": "Welsh", "ga": "Irish", "nl": "Dutch", "ro": "Romanian", "pl": "Polish"}
MIN_DATE = "2028-06-01"
NOTE_OK = ("ambiguous", "not in catalog", "quantities not stated", "not a whole number")


def load_jsonl(name):
    out = []
    with open(os.path.join(D, name), encoding="utf-8") as f:
        for i, ln in enumerate(f, 1):
            try:
                out.append(json.loads(ln))
            except ValueError as e:
                err("%s line %d: invalid JSON (%s)" % (name, i, e))
    return out


try:
    with open(os.path.join(D, "catalog68.json"), encoding="utf-8") as f:
        CAT = json.load(f)
except ValueError as e:
    print("catalog68.json: invalid JSON", e)
    sys.exit(1)
ROWS = load_jsonl("holdout68.jsonl")
HISTS = load_jsonl("histories68.jsonl")

# ------------------------------------------------------------------ catalog
PROD = {}
allskus = set()
seen_cat = set()
for c in CAT["categories"]:
    if c["parent"] is not None and c["parent"] not in seen_cat:
        err("category %s listed before its parent %s" % (c["name"], c["parent"]))
    if c["name"] in seen_cat:
        err("duplicate category " + c["name"])
    seen_cat.add(c["name"])
alias_owner = {}
fam = set(w.lower() for w in cat68.FAMILY_WORDS)
price_re = re.compile(r"^\d+\.\d{2}$")
for p in CAT["products"]:
    if p["sku"] in allskus:
        err("duplicate sku " + p["sku"])
    allskus.add(p["sku"])
    PROD[p["sku"]] = p
    if p["category"] not in seen_cat:
        err("%s: unknown category %s" % (p["sku"], p["category"]))
    if p["unit"] not in UNITS:
        err("%s: unit %s" % (p["sku"], p["unit"]))
    if not price_re.match(p["unit_price"]):
        err("%s: price %s" % (p["sku"], p["unit_price"]))
    names = set()
    for a in p["aliases"]:
        k = a.lower()
        if k in alias_owner:
            err("alias %r shared by %s and %s" % (a, alias_owner[k], p["sku"]))
        alias_owner[k] = p["sku"]
        if k in fam:
            err("%s: alias %r is a family word" % (p["sku"], a))
    for v in p["variants"]:
        if not v.get("sku") or not v.get("unit_price"):
            err("%s: variant %s without sku or unit_price" % (p["sku"], v.get("name")))
            continue
        if v["sku"] in allskus:
            err("duplicate variant sku " + v["sku"])
        allskus.add(v["sku"])
        if v["variant_type"] not in VTYPES:
            err("%s: variant type %s" % (v["sku"], v["variant_type"]))
        if not price_re.match(v["unit_price"]):
            err("%s: price %s" % (v["sku"], v["unit_price"]))
        if v["name"] in names:
            err("%s: duplicate variant name %s" % (p["sku"], v["name"]))
        names.add(v["name"])
        for a in v.get("ai_aliases", []):
            k = a.lower()
            if k in alias_owner:
                err("alias %r shared by %s and %s" % (a, alias_owner[k], v["sku"]))
            alias_owner[k] = v["sku"]
            if k in fam:
                err("%s: alias %r is a family word" % (v["sku"], a))
NPROD = len(CAT["products"])
NVARP = sum(1 for p in CAT["products"] if p["variants"])
if not 90 <= NPROD <= 130:
    err("products: %d (90-130)" % NPROD)
if not 12 <= NVARP <= 20:
    err("products with variants: %d (12-20)" % NVARP)


def has_var(sku):
    return sku in PROD and bool(PROD[sku]["variants"])


def vnames(sku):
    return [v["name"] for v in PROD[sku]["variants"]]


def check_line(where, d, order_line=True):
    sku = d.get("sku", "MISSING")
    if sku == "MISSING" or "quantity" not in d:
        err(where + ": line without sku or quantity key")
        return
    if sku is not None:
        if sku not in PROD:
            err(where + ": unknown sku " + sku)
            return
        if has_var(sku):
            if "variant" not in d:
                err(where + ": %s has variants but the line has no variant key" % sku)
            elif d["variant"] is not None and d["variant"] not in vnames(sku):
                err(where + ": unknown variant %r of %s" % (d["variant"], sku))
        elif "variant" in d:
            err(where + ": variant key on %s, which has no variants" % sku)
        if "candidates" in d or "candidate_variant" in d:
            err(where + ": candidates on a line with a sku")
    else:
        if "variant" in d:
            err(where + ": variant key on a null-sku line")
        cands = d.get("candidates")
        if cands is not None:
            if len(cands) < 2:
                err(where + ": fewer than two candidates")
            for s in cands:
                if s not in PROD:
                    err(where + ": unknown candidate " + s)
            cv = d.get("candidate_variant")
            if cv is not None and not any(s in PROD and has_var(s) and cv in vnames(s) for s in cands):
                err(where + ": candidate_variant %r fits no candidate" % cv)
        elif "candidate_variant" in d:
            err(where + ": candidate_variant without candidates")
    q = d["quantity"]
    if q is not None and not (isinstance(q, (int, float)) and q >= 0):
        err(where + ": bad quantity %r" % q)


def is_open(d):
    q = d["quantity"]
    if d["sku"] is None or q is None or (isinstance(q, float) and not q.is_integer()):
        return True
    return "variant" in d and d["variant"] is None


def is_fraction(q):
    return isinstance(q, float) and not q.is_integer()


# ------------------------------------------------------------------ histories
HIST = {}
for h in HISTS:
    HIST[h["customer"]] = h
    for k in ("customer", "name", "kind", "channel", "address", "language", "orders"):
        if k not in h:
            err("history %s: missing %s" % (h.get("customer"), k))
    if h["channel"] not in CHANNELS:
        err("history %s: channel %s" % (h["customer"], h["channel"]))
    if h["language"] not in LANGS:
        err("history %s: language %s" % (h["customer"], h["language"]))
    prev = ""
    for o in h["orders"]:
        if o["date"] <= MIN_DATE:
            err("history %s: date %s not after %s" % (h["customer"], o["date"], MIN_DATE))
        if o["date"] < prev:
            err("history %s: orders not oldest first" % h["customer"])
        prev = o["date"]
        for ln in o["lines"]:
            check_line("history %s %s" % (h["customer"], o["date"]), ln)
            if (
                ln.get("sku") is None
                or ln.get("quantity") is None
                or ("variant" in ln and ln["variant"] is None)
            ):
                err("history %s %s: incomplete line %r" % (h["customer"], o["date"], ln))

# ------------------------------------------------------------------ messages
ids = [r.get("id") for r in ROWS]
for i, x in enumerate(ids, 1):
    if x != "ag%03d" % i:
        err("id %d is %r, expected ag%03d" % (i, x, i))
        break
maxhist = max((o["date"] for h in HISTS for o in h["orders"]), default="")
for r in ROWS:
    rid = r["id"]
    for k in ("channel", "customer", "date", "language", "text", "intent", "lines", "notes", "tags"):
        if k not in r:
            err(rid + ": missing " + k)
    if r["intent"] not in INTENTS:
        err(rid + ": intent " + r["intent"])
    if r["channel"] not in CHANNELS:
        err(rid + ": channel " + r["channel"])
    if r["language"] not in LANGS:
        err(rid + ": language " + r["language"])
    if r["customer"] not in HIST:
        err(rid + ": customer not in histories: " + r["customer"])
        continue
    if r["date"] <= MIN_DATE or r["date"] <= maxhist:
        err(rid + ": date %s not after the histories (%s)" % (r["date"], maxhist))
    for o in HIST[r["customer"]]["orders"]:
        if o["date"] >= r["date"]:
            err(rid + ": history order %s not before the message" % o["date"])
    hist_fields = [k for k in ("lines_with_history", "expect_review_with_history") if k in r]
    if len(hist_fields) == 1:
        err(rid + ": history fields do not come together")
    for d in r["lines"]:
        check_line(rid, d)
    for d in r.get("lines_with_history", []):
        check_line(rid + " (history)", d)
    for d in r.get("change_lines", []):
        check_line(rid + " (change)", d)
    tags = r["tags"]
    if r["intent"] != "ORDER":
        if r["lines"]:
            err(rid + ": non-ORDER row with lines")
        for k in ("expect_review", "lines_with_history", "expect_review_with_history"):
            if k in r:
                err(rid + ": non-ORDER row with " + k)
    else:
        if "expect_review" not in r:
            err(rid + ": ORDER row without expect_review")
            continue
        er = r["expect_review"]
        for d in r["lines"]:
            if is_open(d):
                if not er:
                    err(rid + ": open line on a row without review: %r" % d)
                if not any(ph in r["notes"] for ph in NOTE_OK):
                    err(rid + ": open line and no note phrase")
            if d["sku"] is None and d.get("candidates") and "ambiguous" not in r["notes"]:
                err(rid + ": candidates but notes lack 'ambiguous'")
            if d["sku"] is None and not d.get("candidates") and "not in catalog" not in r["notes"]:
                err(rid + ": not-in-catalog line but notes lack 'not in catalog'")
            if "variant" in d and d["variant"] is None and "ambiguous" not in r["notes"]:
                err(rid + ": null variant but notes lack 'ambiguous'")
            if d["quantity"] is None and not (
                "quantities not stated" in r["notes"] or "not a whole number" in r["notes"]
            ):
                err(rid + ": null quantity but notes lack the phrase")
            if is_fraction(d["quantity"]) and not er:
                err(rid + ": fraction on a shippable row")
        if hist_fields:
            lwh, erwh = r["lines_with_history"], r["expect_review_with_history"]
            if lwh == r["lines"] and erwh == er:
                err(rid + ": history fields that change nothing")
            for d in lwh:
                if is_open(d):
                    if not erwh:
                        err(rid + ": open history line on a row without review with history")
                    if not any(ph in r["notes"] for ph in NOTE_OK):
                        err(rid + ": open history line and no note phrase")
        if "reference" in tags and not er:
            err(rid + ": reference row not in review")
        outlier = "outlier" in tags
        if ("clean" in tags) != (not er and not outlier):
            err(rid + ": clean tag does not match (review %s, outlier %s)" % (er, outlier))
        if outlier:
            if er or r.get("expect_review_with_history") is not True:
                err(rid + ": outlier must be review false, with history true")
            hmax = collections.defaultdict(int)
            for o in HIST[r["customer"]]["orders"]:
                for ln in o["lines"]:
                    hmax[ln["sku"]] = max(hmax[ln["sku"]], ln["quantity"])
            if not any(d["sku"] in hmax and d["quantity"] >= 4 * hmax[d["sku"]] for d in r["lines"]):
                err(rid + ": outlier below 4x the customer's largest earlier quantity")
    if (r["intent"] == "CHANGE") != ("change_lines" in r):
        err(rid + ": change_lines only and always on CHANGE rows")
    for t in ("question", "complaint", "other", "cancel", "change"):
        if (t in tags) != (r["intent"].lower() == t):
            err(rid + ": intent tag %s does not match intent" % t)
    if ("multilingual" in tags) != (r["language"] != "en"):
        err(rid + ": multilingual tag")

# training examples, phones, e-mail
texts = [r["text"] for r in ROWS]
low = [t.lower() for t in texts]
for p in CAT["products"]:
    for ex in p["ai_training_examples"]:
        e = ex.lower()
        for r, t in zip(ROWS, low):
            if e in t:
                err("%s: training example of %s inside the text" % (r["id"], p["sku"]))
phone_res = [
    re.compile(r"\+44\s?\d[\d ]{8,12}\d"),
    re.compile(r"(?<![\d/+])0\d{2,4}[ -]?\d{3,4}[ -]?\d{3,4}(?![\d/])"),
]


def drama(num):
    dg = re.sub(r"\D", "", num)
    if dg.startswith("44"):
        dg = "0" + dg[2:]
    return len(dg) == 11 and (dg.startswith("07700900") or dg.startswith("02079460"))


mail_re = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
for where, t in [(r["id"], r["text"]) for r in ROWS] + [
    ("history " + h["customer"], h["address"]) for h in HISTS
]:
    for rx in phone_res:
        for mm in rx.finditer(t):
            if not drama(mm.group(0)):
                err("%s: phone number %r is not a drama number" % (where, mm.group(0)))
    for mm in mail_re.finditer(t):
        if not mm.group(0).lower().endswith(".example"):
            err("%s: e-mail %r not under .example" % (where, mm.group(0)))
for h in HISTS:
    a = h["address"]
    if "@" not in a and not drama(a):
        err("history %s: address %s" % (h["customer"], a))

# similarity
maxsim, maxpair = 0.0, None
for i in range(len(texts)):
    for j in range(i + 1, len(texts)):
        sm = difflib.SequenceMatcher(None, texts[i], texts[j])
        if sm.real_quick_ratio() < max(maxsim, 0.5) or sm.quick_ratio() < max(maxsim, 0.5):
            continue
        rr = sm.ratio()
        if rr > maxsim:
            maxsim, maxpair = rr, (ROWS[i]["id"], ROWS[j]["id"])
        if rr >= 0.7:
            err("similar texts %s / %s: %.2f" % (ROWS[i]["id"], ROWS[j]["id"], rr))
n = len(ROWS)
nclean = sum("clean" in r["tags"] for r in ROWS)
if n < 180:
    err("only %d messages" % n)
if nclean < 0.4 * n:
    err("clean %d of %d is under 40%%" % (nclean, n))

# ------------------------------------------------------------------ figures
orders = [r for r in ROWS if r["intent"] == "ORDER"]
intents = collections.Counter(r["intent"] for r in ROWS)
chans = collections.Counter(r["channel"] for r in ROWS)
langs = collections.Counter(r["language"] for r in ROWS)
lines = [d for r in orders for d in r["lines"]]
nnull = [d for d in lines if d["sku"] is None]
namb = sum(1 for d in nnull if d.get("candidates"))
nvar = [d for d in lines if d["sku"] is not None and has_var(d["sku"])]
nvarnull = sum(1 for d in nvar if d["variant"] is None)
nqnull = sum(1 for d in lines if d["quantity"] is None)
nfrac = sum(1 for d in lines if is_fraction(d["quantity"]))
ship = [r for r in orders if not r["expect_review"]]
nout = sum("outlier" in r["tags"] for r in orders)
hist_rows = [r for r in orders if "lines_with_history" in r]
to_ship = sum(1 for r in hist_rows if r["expect_review"] and not r["expect_review_with_history"])
keep = sum(1 for r in hist_rows if r["expect_review"] and r["expect_review_with_history"])
out_rows = sum(1 for r in hist_rows if not r["expect_review"] and r["expect_review_with_history"])
ship_hist = sum(1 for r in orders if not r.get("expect_review_with_history", r["expect_review"]))
covered = set()
for r in ROWS:
    for d in r["lines"] + r.get("lines_with_history", []) + r.get("change_lines", []):
        if d["sku"]:
            covered.add(d["sku"])
        covered.update(d.get("candidates", []))
tagc = collections.Counter(t for r in ROWS for t in r["tags"])
hord = sum(len(h["orders"]) for h in HISTS)
hlines = sum(len(o["lines"]) for h in HISTS for o in h["orders"])
hdates = sorted(o["date"] for h in HISTS for o in h["orders"])
mdates = sorted(r["date"] for r in ROWS)
units = collections.Counter(p["unit"] for p in CAT["products"])
top = sum(1 for c in CAT["categories"] if c["parent"] is None)

print(
    "catalog68.json     %d categories (%d top-level, %d with a parent), %d products, %d with %d variants"
    % (
        len(CAT["categories"]),
        top,
        len(CAT["categories"]) - top,
        NPROD,
        NVARP,
        sum(len(p["variants"]) for p in CAT["products"]),
    )
)
print("units              " + ", ".join("%s %d" % kv for kv in units.most_common()))
print(
    "histories68.jsonl  %d customers (%d first-time), %d orders, %d lines, %s to %s"
    % (len(HISTS), sum(1 for h in HISTS if not h["orders"]), hord, hlines, hdates[0], hdates[-1])
)
print("holdout68.jsonl    %d messages, ag001-ag%03d, %s to %s" % (n, n, mdates[0], mdates[-1]))
print(
    "intents            "
    + ", ".join("%d %s" % (v, k) for k, v in intents.most_common())
    + " (ORDER %.0f%%)" % (100.0 * intents["ORDER"] / n)
)
print("channels           " + ", ".join("%d %s" % (v, k) for k, v in chans.most_common()))
print(
    "languages          "
    + ", ".join("%d %s" % (v, LANGS[k]) for k, v in langs.most_common())
    + " (%d of the ORDER messages are not English)" % sum(1 for r in orders if r["language"] != "en")
)
print(
    "order lines        %d: %d with a null sku (%d ambiguous with candidates, %d not in the catalog), "
    "%d of a product with variants (%d with no variant given), %d with a null quantity, %d fractional"
    % (len(lines), len(nnull), namb, len(nnull) - namb, len(nvar), nvarnull, nqnull, nfrac)
)
print(
    "review             %d ORDER messages shippable as written (%d clean plus %d outliers), %d need a human; "
    "clean %d of %d messages (%.1f%%)"
    % (len(ship), len(ship) - nout, nout, len(orders) - len(ship), nclean, n, 100.0 * nclean / n)
)
print(
    "history            lines_with_history on %d rows: %d go from review to no review, %d keep review, "
    "%d outliers go to review; with history %d of the %d orders can be shipped as written"
    % (len(hist_rows), to_ship, keep, out_rows, ship_hist, len(orders))
)
print(
    "coverage           %d of the %d products appear in a label or as a candidate"
    % (len(covered & set(PROD)), NPROD)
)
print(
    "tags               "
    + ", ".join("%s %d" % kv for kv in sorted(tagc.items(), key=lambda x: (-x[1], x[0])))
)
print("similarity         highest difflib ratio %.2f (%s / %s)" % (maxsim, maxpair[0], maxpair[1]))
if ERR:
    print("\n%d ERRORS" % len(ERR))
    for e in ERR:
        print("  " + e)
    sys.exit(1)
print("all checks passed")
