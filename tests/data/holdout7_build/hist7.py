# ruff: noqa  (hand-written data generator for the seventh blind set, kept as its writer left it)
"""Generate weekly order histories from the hand-written usual baskets (fixed seed), and the
history rules used to derive `lines_with_history`."""

import datetime as dt
import random
from collections import Counter

from cust7 import C

LAST_MONDAY = dt.date(2026, 5, 25)  # every history order is before 2026-06-01 (first message day)
SEED = 7007


def _line(t):
    d = {"sku": t[0], "quantity": t[1]}
    if len(t) > 2:
        d["variant"] = t[2]
    return d


def key_of(basket):
    return tuple(sorted((l[0], l[2] if len(l) > 2 else None, l[1]) for l in basket))


def _vary(rng, usual, extras):
    b = [list(l) for l in usual]
    op = rng.choice(["up", "down", "extra", "drop"])
    i = rng.randrange(len(b))
    if op == "up":
        b[i][1] += 1
    elif op == "down" and b[i][1] > 1:
        b[i][1] -= 1
    elif op == "extra" and extras:
        e = rng.choice(extras)
        if not any(x[0] == e[0] and (x[2:] == list(e[2:])) for x in b):
            b.append(list(e))
        else:
            b[i][1] += 1
    elif op == "drop" and i > 0:
        del b[i]
    else:
        b[i][1] += 2
    return [tuple(x) for x in b]


def _apply_last(usual, change):
    b = [list(l) for l in usual]
    if change[0] == "qty":
        for x in b:
            if x[0] == change[1]:
                x[1] = change[2]
    elif change[0] == "add":
        b.append([change[1], change[2]])
    elif change[0] == "drop":
        b = [x for x in b if x[0] != change[1]]
    return [tuple(x) for x in b]


def build_histories():
    rng = random.Random(SEED)
    out = []
    for c in C:
        orders = []
        n = c["weeks"]
        if c["hist"] != "new":
            usual = [tuple(l) for l in c["usual"]]
            baskets = [None] * n
            if c["hist"] in ("steady", "regular"):
                baskets[-1] = usual if c["hist"] == "steady" else _apply_last(usual, c["last"])
                k = max(1, (n - 1) // 3)
                pos = rng.sample(range(n - 1), k)
                seen = {key_of(usual), key_of(baskets[-1])}
                for p in range(n - 1):
                    if p in pos:
                        while True:
                            v = _vary(rng, usual, c["extras"])
                            if key_of(v) not in seen:
                                break
                        seen.add(key_of(v))
                        baskets[p] = v
                    else:
                        baskets[p] = usual
            else:  # never
                seen = set()
                for p in range(n):
                    while True:
                        v = usual
                        for _ in range(rng.randint(1, 3)):
                            v = _vary(rng, v, c["extras"])
                        if key_of(v) not in seen:
                            break
                    seen.add(key_of(v))
                    baskets[p] = v
            for p, b in enumerate(baskets):
                d = LAST_MONDAY - dt.timedelta(days=7 * (n - 1 - p)) + dt.timedelta(days=c["wd"])
                orders.append({"date": d.isoformat(), "lines": [_line(t) for t in b]})
        out.append(
            {
                "customer": c["key"],
                "name": c["name"],
                "kind": c["kind"],
                "channel": c["channel"],
                "address": c["address"],
                "language": c["language"],
                "orders": orders,
            }
        )
    return out


# ---------- history rules (README: histories3/holdout4/holdout6 conventions) ----------


def usual_basket(h):
    """The customer's unique most frequent exact basket, or None."""
    if not h["orders"]:
        return None
    cnt = Counter(
        key_of([(l["sku"], l["quantity"]) + ((l["variant"],) if "variant" in l else ()) for l in o["lines"]])
        for o in h["orders"]
    )
    top = cnt.most_common()
    if top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    k = top[0][0]
    for o in reversed(h["orders"]):
        kk = key_of(
            [(l["sku"], l["quantity"]) + ((l["variant"],) if "variant" in l else ()) for l in o["lines"]]
        )
        if kk == k:
            return [dict(l) for l in o["lines"]]


def last_basket(h):
    if not h["orders"]:
        return None
    return [dict(l) for l in h["orders"][-1]["lines"]]


def bought(h):
    """sku -> set of variants (None for products without variants) ever bought."""
    out = {}
    for o in h["orders"]:
        for l in o["lines"]:
            out.setdefault(l["sku"], set()).add(l.get("variant"))
    return out


def max_qty(h, sku):
    return max([l["quantity"] for o in h["orders"] for l in o["lines"] if l["sku"] == sku] or [0])
