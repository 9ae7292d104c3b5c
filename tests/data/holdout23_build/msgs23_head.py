# ruff: noqa  (hand-written data generator of blind set 23, kept as its writer left it)
# Messages of blind set 23 and their plain labels, all hand-written.
# L(sku, qty, variant) a line; A(candidates, qty, candidate_variant) an ambiguous null-sku line;
# N(qty) a not-in-catalog line. M(...) one message. Review is computed from the lines, plus `review=True`.
NOV = object()


def L(sku, q, v=NOV):
    d = {"sku": sku}
    if v is not NOV:
        d["variant"] = v
    d["quantity"] = q
    return d


def A(cands, q, cv=None):
    d = {"sku": None, "quantity": q, "candidates": list(cands)}
    if cv:
        d["candidate_variant"] = cv
    return d


def N(q):
    return {"sku": None, "quantity": q}


MSGS = []


def M(
    cust,
    intent,
    text,
    lines=(),
    notes="",
    tags=(),
    review=False,
    ch=None,
    lang=None,
    ref=None,
    nohist=False,
    outlier=False,
    change=None,
    day=None,
):
    MSGS.append(
        dict(
            cust=cust,
            intent=intent,
            text=text,
            lines=list(lines),
            notes=notes,
            tags=list(tags),
            review=review,
            ch=ch,
            lang=lang,
            ref=ref,
            nohist=nohist,
            outlier=outlier,
            change=change,
            day=day,
        )
    )
