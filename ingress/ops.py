"""`/ops`: the operators' page on the ingress, behind `OMS_OPS_TOKEN` (absent: the routes answer 404).

One server-rendered HTML page that refreshes itself every `REFRESH_SECONDS`: queues (depth, delayed,
in flight, dead, oldest age, throughput, pause/resume), dead letters with replay buttons, worker
processes, review backlog and AI spend against budget per tenant, webhook endpoints with failure
rates, recent errors, and the audit trail of ops actions. No JavaScript; one stylesheet inline; the
tables scroll sideways on a phone.

Sign-in: `/ops?token=...` (or the little form) sets an HttpOnly, SameSite=Strict cookie holding a hash
of the token; `Authorization: Bearer <token>` works too. Buttons post forms that carry a token derived
from the ops token (CSRF), and every action lands in the audit trail as `ops-page@<client address>`.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Iterable
from datetime import UTC, datetime
from html import escape
from typing import Any
from urllib.parse import quote

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from ingress.receive import app_settings

REFRESH_SECONDS = 10
COOKIE = "oms_ops"


def _digest(token: str, purpose: str) -> str:
    return hmac.new(token.encode(), purpose.encode(), hashlib.sha256).hexdigest()


def _signed_in(request: Request, token: str) -> bool:
    cookie = request.cookies.get(COOKIE, "")
    if cookie and hmac.compare_digest(cookie, _digest(token, "session")):
        return True
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(given.strip().encode(), token.encode())


def _h(value: Any) -> str:
    return escape("" if value is None else str(value))


def _age(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    if seconds < 120:
        return f"{seconds:.0f}s"
    if seconds < 7200:
        return f"{seconds / 60:.0f}m"
    return f"{seconds / 3600:.1f}h" if seconds < 172800 else f"{seconds / 86400:.0f}d"


STYLE = """
:root{--bg:#f6f7f9;--card:#fff;--ink:#1d2330;--mute:#6b7280;--line:#e5e7eb;--bad:#b42318;--warn:#b54708;--ok:#067647;--acc:#2952cc}
@media (prefers-color-scheme:dark){:root{--bg:#0f1115;--card:#171a21;--ink:#e6e8ee;--mute:#9aa3b2;--line:#2a2f3a;--acc:#7c9cff}}
*{box-sizing:border-box}body{margin:0;font:15px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;background:var(--bg);color:var(--ink)}
header{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:baseline;padding:1rem 1.25rem;border-bottom:1px solid var(--line);background:var(--card)}
header h1{font-size:1.15rem;margin:0}header .meta{color:var(--mute);font-size:.85rem}
main{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,34rem),1fr));gap:1rem;padding:1rem}
section{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:.75rem 1rem;min-width:0}
section.wide{grid-column:1/-1}h2{font-size:1rem;margin:.25rem 0 .5rem}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch}
table{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums}
th,td{padding:.4rem .5rem;border-bottom:1px solid var(--line);text-align:left;white-space:nowrap}
th{font-size:.75rem;text-transform:uppercase;letter-spacing:.03em;color:var(--mute);font-weight:600}
td.n{text-align:right}.bad{color:var(--bad);font-weight:600}.warn{color:var(--warn)}.ok{color:var(--ok)}.mute{color:var(--mute)}
td.wrap{white-space:normal;min-width:14rem}
button{font:inherit;padding:.35rem .75rem;border-radius:7px;border:1px solid var(--acc);background:var(--acc);color:#fff;cursor:pointer;min-height:2.2rem}
button.ghost{background:transparent;color:var(--acc)}form{display:inline;margin:0}
.flash{margin:1rem 1rem 0;padding:.6rem .9rem;border-radius:8px;background:#ecfdf3;color:#05603a;border:1px solid #abefc6}
.bar{height:.5rem;background:var(--line);border-radius:4px;min-width:5rem;overflow:hidden}.bar span{display:block;height:100%;background:var(--acc)}
.bar span.over{background:var(--bad)}
input{font:inherit;padding:.4rem;border-radius:6px;border:1px solid var(--line)}
@media (max-width:40rem){main{padding:.5rem;gap:.5rem}section{padding:.5rem .75rem}
.stack thead{display:none}.stack tr{display:block;border-bottom:1px solid var(--line);padding:.35rem 0}
.stack td{display:flex;justify-content:space-between;align-items:center;gap:1rem;border:0;padding:.15rem .25rem;white-space:normal;text-align:right}
.stack td::before{content:attr(data-label);color:var(--mute);font-size:.75rem;text-transform:uppercase;text-align:left;flex:none}
.stack td.wrap{display:block;text-align:left;min-width:0}.stack td.wrap::before{display:block}
.stack td[colspan]{display:block;text-align:left}.stack td[colspan]::before{content:none}}
"""


def _page(title: str, body: str, refresh: bool = True) -> str:
    meta = f'<meta http-equiv="refresh" content="{REFRESH_SECONDS}">' if refresh else ""
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"{meta}<title>{_h(title)}</title><style>{STYLE}</style></head><body>{body}</body></html>"
    )


_TD = re.compile(r"<td(?=[ >])")


def _labelled(row: str, labels: list[str]) -> str:
    """The row's cells, each with its column's name (shown beside the value when a phone stacks rows)."""
    column = iter(labels)
    return _TD.sub(lambda _: f'<td data-label="{_h(next(column, ""))}"', row)


def _table(headers: Iterable[str], rows: list[str], empty: str) -> str:
    labels = list(headers)
    head = "".join(f"<th>{_h(h)}</th>" for h in labels)
    body = "".join(_labelled(r, labels) for r in rows)
    body = body or f'<tr><td class="mute" colspan="20">{_h(empty)}</td></tr>'
    return (
        f'<div class="scroll"><table class="stack"><thead><tr>{head}</tr></thead>'
        f"<tbody>{body}</tbody></table></div>"
    )


def _button(action: str, label: str, csrf: str, fields: dict[str, str], ghost: bool = False) -> str:
    hidden = "".join(f'<input type="hidden" name="{_h(k)}" value="{_h(v)}">' for k, v in fields.items())
    cls = ' class="ghost"' if ghost else ""
    return (
        f'<form method="post" action="{_h(action)}"><input type="hidden" name="csrf" value="{csrf}">'
        f'{hidden}<button{cls} type="submit">{_h(label)}</button></form>'
    )


def _queues_section(snap: Any, csrf: str) -> str:
    rows = []
    for q in snap.queues:
        c = q.counts
        name = _h(c.name)
        age_cls = "warn" if (c.oldest_age_s or 0) > 300 else ""
        dead_cls = "bad" if c.dead else ""
        lever = (
            _button("/ops/resume", "Resume", csrf, {"queue": c.name})
            if q.paused
            else _button("/ops/pause", "Pause", csrf, {"queue": c.name}, ghost=True)
        )
        state = (
            f'<span class="warn">paused by {_h(q.paused_by)}</span>'
            if q.paused
            else '<span class="ok">active</span>'
        )
        rows.append(
            f'<tr><td>{name}</td><td class="n" id="q-{name}-ready">{c.ready}</td>'
            f'<td class="n" id="q-{name}-delayed">{c.delayed}</td>'
            f'<td class="n" id="q-{name}-in_flight">{"?" if c.in_flight is None else c.in_flight}</td>'
            f'<td class="n {dead_cls}" id="q-{name}-dead">{c.dead}</td>'
            f'<td class="n {age_cls}" id="q-{name}-oldest">{_age(c.oldest_age_s)}</td>'
            f'<td class="n">{"/".join(str(q.processed.get(k, 0)) for k in ("1m", "5m", "15m"))}</td>'
            f'<td class="n">{"/".join(str(q.failed.get(k, 0)) for k in ("1m", "5m", "15m"))}</td>'
            f"<td>{state}</td><td>{lever}</td></tr>"
        )
    table = _table(
        (
            "queue",
            "ready",
            "delayed",
            "in flight",
            "dead",
            "oldest",
            "done 1/5/15m",
            "failed 1/5/15m",
            "state",
            "",
        ),
        rows,
        "no queues",
    )
    return f'<section class="wide" id="queues"><h2>Queues <span class="mute">({_h(snap.broker)})</span></h2>{table}</section>'


def _dead_section(dead: list[Any], csrf: str) -> str:
    rows = []
    for d in dead[:100]:
        when = d.dead_at.strftime("%Y-%m-%d %H:%M:%S") if d.dead_at else "–"
        rows.append(
            f'<tr id="dl-{_h(d.job_id)}"><td>{_h(when)}</td><td>{_h(d.queue)}</td><td>{_h(d.actor)}</td>'
            f'<td class="n">{d.retries}</td><td>{_h(d.status or "–")}</td>'
            f'<td class="wrap">{_h((d.error or "–")[:200])}</td><td class="mute">{_h(d.message_id or d.job_id)}</td>'
            f"<td>{_button('/ops/replay', 'Replay', csrf, {'job_id': d.job_id, 'queue': d.queue})}</td></tr>"
        )
    table = _table(
        ("dead at", "queue", "actor", "retries", "db status", "error", "message", ""), rows, "no dead letters"
    )
    return f'<section class="wide" id="dead"><h2>Dead letters <span class="mute">({len(dead)})</span></h2>{table}</section>'


def _workers_section(workers: list[Any]) -> str:
    rows = [
        f'<tr><td>{_h(w.host)}</td><td class="n">{w.pid}</td><td class="n">{w.busy}/{w.threads}</td>'
        f'<td class="n">{w.processed}</td><td class="n">{w.failed}</td>'
        f'<td class="{"bad" if w.stale else ""}">{_age(w.heartbeat_age_s)} ago{" · stale" if w.stale else ""}</td></tr>'
        for w in workers
    ]
    return (
        '<section id="workers"><h2>Workers</h2>'
        + _table(("host", "pid", "busy", "processed", "failed", "heartbeat"), rows, "no worker has reported")
        + "</section>"
    )


def _tenants_section(backlog: list[Any], spend: list[Any]) -> str:
    review = [
        f'<tr><td>{_h(b.tenant)}</td><td class="n">{b.waiting}</td><td class="n">{_age(b.oldest_age_s)}</td></tr>'
        for b in backlog
    ]
    money = []
    for s in spend[:50]:
        pct = min(100.0, s.ratio * 100)
        over = " over" if s.ratio >= 1 else ""
        money.append(
            f'<tr><td>{_h(s.tenant)}</td><td class="n">${s.spent_usd:,.2f}</td><td class="n">${s.budget_usd:,.2f}</td>'
            f'<td><div class="bar"><span class="{over.strip()}" style="width:{pct:.0f}%"></span></div></td>'
            f'<td class="n">{s.ratio * 100:.0f}%</td></tr>'
        )
    return (
        '<section id="review"><h2>Review backlog</h2>'
        + _table(("tenant", "waiting", "oldest"), review, "nothing waiting for review")
        + '</section><section id="spend"><h2>AI spend this month</h2>'
        + _table(("tenant", "spent", "budget", "", "used"), money, "no tenants")
        + "</section>"
    )


def _webhooks_section(endpoints: list[Any]) -> str:
    rows = []
    for e in endpoints:
        rate = e.failure_rate
        state = (
            "active" if e.active else f"disabled {e.disabled_at:%Y-%m-%d}" if e.disabled_at else "disabled"
        )
        rows.append(
            f'<tr><td>{_h(e.tenant)}</td><td>{_h(e.host)}</td><td class="{"ok" if e.active else "bad"}">{_h(state)}</td>'
            f'<td class="n {"bad" if rate > 0.2 else ""}">{rate * 100:.0f}%</td><td class="n">{e.deliveries_24h}</td></tr>'
        )
    return (
        '<section id="webhooks"><h2>Webhook endpoints (24 h)</h2>'
        + _table(("tenant", "host", "state", "failed", "deliveries"), rows, "no endpoints")
        + "</section>"
    )


def _errors_section(errors: list[Any], audit: list[Any]) -> str:
    rows = [
        f"<tr><td>{e.at:%m-%d %H:%M:%S}</td><td>{_h(e.tenant)}</td><td>{_h(e.stage)}</td><td>{_h(e.error_type)}</td>"
        f'<td class="wrap">{_h(e.summary)}</td></tr>'
        for e in errors
    ]
    actions = [
        f"<tr><td>{a.at:%m-%d %H:%M:%S}</td><td>{_h(a.who)}</td><td>{_h(a.action)}</td><td>{_h(a.target)}</td></tr>"
        for a in audit
    ]
    return (
        '<section class="wide" id="errors"><h2>Recent errors</h2>'
        + _table(("when", "tenant", "stage", "type", "error"), rows, "no errors")
        + '</section><section id="audit"><h2>Ops actions</h2>'
        + _table(("when", "who", "action", "target"), actions, "none yet")
        + "</section>"
    )


def _gather() -> dict[str, Any]:
    from jobs.ops import overview, state
    from jobs.ops.dlq import list_dead
    from jobs.ops.queues import snapshot

    snap = snapshot()
    return {
        "snap": snap,
        "dead": list_dead(),
        "backlog": overview.review_backlog(),
        "spend": overview.spend(),
        "webhooks": overview.webhook_endpoints(),
        "errors": overview.recent_errors(),
        "audit": state.recent_audit(10),
    }


def render(data: dict[str, Any], csrf: str, flash: str | None) -> str:
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    header = f'<header><h1>oms · operations</h1><span class="meta">{now} · refreshes every {REFRESH_SECONDS}s</span></header>'
    note = f'<div class="flash" role="status">{_h(flash)}</div>' if flash else ""
    body = (
        header
        + note
        + "<main>"
        + _queues_section(data["snap"], csrf)
        + _dead_section(data["dead"], csrf)
        + _workers_section(data["snap"].workers)
        + _tenants_section(data["backlog"], data["spend"])
        + _webhooks_section(data["webhooks"])
        + _errors_section(data["errors"], data["audit"])
        + "</main>"
    )
    return _page("oms operations", body)


SIGN_IN = (
    '<main><section><h2>Operations sign-in</h2><form method="get" action="/ops">'
    '<input type="password" name="token" placeholder="ops token" autocomplete="current-password" required> '
    '<button type="submit">Sign in</button></form></section></main>'
)


async def page(request: Request) -> Response:
    token = app_settings(request).ops_token
    if not token:
        return Response("not found", 404)
    given = request.query_params.get("token")
    if given is not None:
        if not hmac.compare_digest(given.encode(), token.encode()):
            return HTMLResponse(_page("sign in", SIGN_IN, refresh=False), 401)
        response = RedirectResponse("/ops", 303)
        secure = request.url.scheme == "https"
        response.set_cookie(
            COOKIE, _digest(token, "session"), httponly=True, samesite="strict", secure=secure
        )
        return response
    if not _signed_in(request, token):
        return HTMLResponse(_page("sign in", SIGN_IN, refresh=False), 401)
    data = await run_in_threadpool(_gather)
    html = render(data, _digest(token, "csrf"), request.query_params.get("flash"))
    return HTMLResponse(html, headers={"Cache-Control": "no-store"})


async def act(request: Request) -> Response:
    token = app_settings(request).ops_token
    if not token:
        return Response("not found", 404)
    if not _signed_in(request, token):
        return Response("sign in first", 401)
    form = await request.form()
    if not hmac.compare_digest(str(form.get("csrf", "")).encode(), _digest(token, "csrf").encode()):
        return Response("stale form: reload the page", 403)
    who = f"ops-page@{request.client.host if request.client else 'unknown'}"
    flash = await run_in_threadpool(_do, request.url.path.rsplit("/", 1)[-1], dict(form), who)
    return RedirectResponse(f"/ops?flash={quote(flash)}", 303)


ROUTES = [
    Route("/ops", page, methods=["GET"]),
    Route("/ops/replay", act, methods=["POST"]),
    Route("/ops/pause", act, methods=["POST"]),
    Route("/ops/resume", act, methods=["POST"]),
]


def _do(action: str, form: dict[str, Any], who: str) -> str:
    from jobs.ops import state
    from jobs.ops.dlq import Filter, replay

    queue = str(form.get("queue", "")).strip()
    if not queue:
        return "no queue given"
    if action == "replay":
        job = str(form.get("job_id", "")).strip()
        done = replay(Filter(queue=queue, job_ids=frozenset({job})), who)
        return f"replayed {job}" if done else f"{job} is no longer a dead letter"
    if action == "pause":
        return f"paused {queue}" if state.pause(queue, who) else f"{queue} was already paused"
    return f"resumed {queue}" if state.resume(queue, who) else f"{queue} was not paused"
