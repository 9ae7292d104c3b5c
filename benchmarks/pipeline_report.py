"""The human-readable table of benchmarks/pipeline.py."""

from __future__ import annotations

import math
from typing import Any

from benchmarks.pipeline_setup import TARGET_E2E_RATE, TARGET_P99_MS


# --------------------------------------------------------------------------------------------- report
def _f(x: Any, digits: int = 0) -> str:
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "-"
    return f"{x:,.{digits}f}"


def render(report: dict[str, Any]) -> str:
    m, c, r = report["machine"], report["config"], report["results"]
    out: list[str] = []
    out.append(f"oms-worker pipeline benchmark   run {report['run_id']}   {report['started']}")
    out.append(
        f"machine  {m['cpu_model']}, {m['cores']} cores | Python {m['python']} | PostgreSQL "
        f"{m['postgresql']} (synchronous_commit={m['postgresql_synchronous_commit']}) | Redis {m['redis']} "
        f"| dramatiq {m['dramatiq']} | load avg at start {m['loadavg_at_start'][0]:.2f}"
    )
    g = report.get("git") or {}
    if g:
        mod = g.get("modified_files") or []
        out.append(
            f"code     commit {g.get('commit') or '?'}"
            + (f" + uncommitted changes in {', '.join(mod)}" if mod else "")
        )
    out.append(
        f"config   ingress: 1 uvicorn process | worker: -p {c['processes']} -t {c['threads']} | "
        f"client: raw keep-alive HTTP/1.1, {c['concurrency']} concurrent | N={c['messages']} | "
        f"latency: {c['latency_messages']} msgs at {c['rate']:g}/s | warm-up {c['warmup']}"
        + (f" | catalog {c['catalog_size']:,} products" if c.get("catalog_size") else "")
        + (" | unique texts" if c.get("unique_texts") else " | corpus texts cycled")
    )
    if c.get("experiment"):
        x = c["experiment"]
        what = []
        if x.get("worker_module"):
            what.append(f"workers run `python -m dramatiq {x['worker_module']}`")
        if x.get("pg_settings"):
            what.append("PostgreSQL " + ", ".join(x["pg_settings"]))
        for statement in x.get("pg_sql") or []:
            what.append(f"SQL `{statement}`")
        out.append(f"EXPERIMENT (not production's configuration): {'; '.join(what)}")
    out.append("")
    rows: list[tuple[str, str, str]] = []
    e2e = r["e2e"]
    base = r.get("baseline", {})
    noop = base.get("noop", {}).get("msgs_per_s")
    ins = base.get("insert", {}).get("msgs_per_s")
    ok = e2e["msgs_per_s"] >= TARGET_E2E_RATE
    rows.append(
        (
            "end-to-end throughput (first POST -> last PROCESSED)",
            f"{_f(e2e['msgs_per_s'], 1)} msg/s",
            f">= {TARGET_E2E_RATE:.0f}: {'met' if ok else 'NOT met'}",
        )
    )
    rows.append(
        (
            "  messages / seconds / failed / HTTP errors",
            f"{e2e['accepted']} / {e2e['seconds']:.2f}s / {e2e['failed']} / {e2e['http_errors']}",
            "",
        )
    )
    if noop:
        rows.append(
            (
                f"  ratio to raw dramatiq no-op ({_f(noop)} msg/s)",
                f"{100 * e2e['msgs_per_s'] / noop:.1f} %",
                "",
            )
        )
    if ins:
        rows.append(
            (
                f"  ratio to raw dramatiq one-INSERT ({_f(ins)} msg/s)",
                f"{100 * e2e['msgs_per_s'] / ins:.1f} %",
                "",
            )
        )
    shape = r.get("pipeline_shape", {})
    if shape:
        runs = shape["actor_runs_per_message"]
        rows.append(
            (
                "  pipeline actor runs per message (ORDER share)",
                f"{runs:.2f} ({100 * shape['order_share']:.0f}% orders)",
                "",
            )
        )
        rows.append(("  = pipeline actor runs/s", f"{_f(e2e['msgs_per_s'] * runs)} runs/s", ""))
    h = e2e["http_latency_ms"]
    rows.append(
        (
            "ingress acceptance during e2e (POST /v1/messages)",
            f"{_f(e2e['ingress_req_per_s'], 1)} req/s",
            f"p50 {_f(h['p50'], 1)} ms, p99 {_f(h['p99'], 1)} ms",
        )
    )
    rows.append(("  peak backlog (accepted, not yet finished)", f"{e2e['backlog_peak']} msgs", ""))
    if "latency" in r:
        lat = r["latency"]
        q = lat["end_to_end_ms"]
        met = q["p99"] < TARGET_P99_MS
        rows.append(
            (
                f"latency at {lat['offered_rate']:g} msg/s offered (achieved {lat['achieved_rate']:.1f}/s)",
                f"p50 {_f(q['p50'])}  p95 {_f(q['p95'])}  p99 {_f(q['p99'])}  max {_f(q['max'])} ms",
                f"p99 < {TARGET_P99_MS:.0f} ms: {'met' if met else 'NOT met'}",
            )
        )
        hq, pq = lat["http_ms"], lat["after_http_response_ms"]
        rows.append(
            (
                "  of which HTTP accept / after the response",
                f"p50 {_f(hq['p50'], 1)} / {_f(pq['p50'])} ms, p99 {_f(hq['p99'], 1)} / {_f(pq['p99'])} ms",
                "",
            )
        )
        for intent, s in lat["by_intent_ms"].items():
            rows.append(
                (f"  {intent} messages ({s['count']})", f"p50 {_f(s['p50'])}  p99 {_f(s['p99'])} ms", "")
            )
        if lat["failed"] or lat["http_errors"]:
            rows.append(("  failed / HTTP errors", f"{lat['failed']} / {lat['http_errors']}", ""))
    for phase in ("e2e", "latency", "ingress_only"):
        for err, count in (r.get(phase) or {}).get("http_error_samples", {}).items():
            rows.append((f"  HTTP error in {phase} (x{count})", err[:60], ""))
    if "ingress_only" in r:
        io = r["ingress_only"]
        ing = sum(v for k, v in io["cpu"]["core_seconds"].items() if k.startswith("ingress"))
        rows.append(
            (
                "ingress alone (workers stopped)",
                f"{_f(io['req_per_s'], 1)} req/s",
                f"p50 {_f(io['http_latency_ms']['p50'], 1)} ms, p99 {_f(io['http_latency_ms']['p99'], 1)} ms; "
                f"ingress {1000 * ing / max(1, io['requests']):.1f} CPU ms/request",
            )
        )
    if "worker_only" in r:
        wo = r["worker_only"]
        wcpu = wo["cpu"]["core_seconds"]
        wk = sum(v for k, v in wcpu.items() if k.startswith("pipeline workers"))
        pg = sum(v for k, v in wcpu.items() if k.startswith("postgres"))
        per = max(1, wo["messages"])
        rows.append(
            (
                "workers alone (draining a pre-filled queue)",
                f"{_f(wo['msgs_per_s'], 1)} msg/s",
                f"{wo['messages']} msgs in {wo['seconds']:.2f}s; CPU ms/msg: workers {1000 * wk / per:.1f}, "
                f"postgres {1000 * pg / per:.1f}",
            )
        )
    for label, name in (
        ("noop", "raw dramatiq: no-op actor"),
        ("insert", "raw dramatiq: one INSERT per message"),
    ):
        if label in base:
            b = base[label]
            rows.append(
                (
                    f"{name} (pre-filled queue)",
                    f"{_f(b['msgs_per_s'])} msg/s",
                    f"{b['completed']} in {b['seconds']:.2f}s"
                    + (f", {b['errors']} errors" if b["errors"] else ""),
                )
            )
    w1 = max(len(a) for a, _, _ in rows)
    w2 = max(len(b) for _, b, _ in rows)
    out.append(f"{'figure':<{w1}}  {'value':<{w2}}  notes")
    out.append(f"{'-' * w1}  {'-' * w2}  {'-' * 30}")
    out.extend(f"{a:<{w1}}  {b:<{w2}}  {n}".rstrip() for a, b, n in rows)

    def cpu_block(title: str, cpu: dict[str, Any], messages: int) -> None:
        out.append("")
        wall = cpu["wall_s"]
        share = cpu["other_processes_core_seconds"] / (wall * (m["cores"] or 1)) if wall else 0.0
        if share > 0.05:
            out.append(
                f"WARNING: processes outside the benchmark used {100 * share:.0f}% of the machine during "
                f"{title}; its figures are pessimistic (rerun on a quiet machine)"
            )
        out.append(
            f"CPU during {title} ({wall:.1f}s wall, {m['cores']} cores = {wall * (m['cores'] or 1):.1f} "
            f"core-seconds; machine busy {cpu['machine_busy_pct']}%)"
        )
        items = list(cpu["core_seconds"].items()) + [
            ("other processes on the machine", cpu["other_processes_core_seconds"]),
            ("idle", cpu["idle_core_seconds"]),
        ]
        per = max(1, messages)
        out.append(f"  {'':<52} {'core-s':>7}  {'cores':>5}  {'CPU ms/message':>14}")
        for name, sec in items:
            out.append(f"  {name:<52} {sec:7.2f}  {sec / wall:5.2f}  {1000 * sec / per:14.2f}")
        sut = sum(v for k, v in cpu["core_seconds"].items() if not k.startswith(("load generator", "py-spy")))
        if sut:
            ms = 1000 * sut / per
            out.append(
                f"  system under test (all but the load generator): {ms:.1f} CPU ms per message, so "
                f"{m['cores']} cores cap it near {1000 * (m['cores'] or 1) / ms:.0f} msg/s at this efficiency"
            )

    cpu_block("end-to-end throughput", e2e["cpu"], e2e["accepted"])
    if "latency" in r:
        cpu_block(
            f"latency at {r['latency']['offered_rate']:g}/s", r["latency"]["cpu"], r["latency"]["accepted"]
        )
    act = e2e["pg_activity_avg_backends"]
    if act:
        out.append("")
        out.append(
            "PostgreSQL backends of the bench db during end-to-end throughput (average number in each state)"
        )
        for k, v in act.items():
            out.append(f"  {k:<60} {v:6.2f}")
        for k, v in e2e.get("pg_activity_by_statement", {}).items():
            out.append(f"    {k:<58} {v:6.2f}")
    for name, prof in r.get("profile", {}).items():
        out.append("")
        if "error" in prof:
            out.append(f"py-spy profile of {name}: {prof['error']}")
            continue
        out.append(
            f"py-spy profile of {name} during end-to-end throughput ({prof['samples']} CPU samples; % of them)"
        )
        out.append(
            "  self time by module:  "
            + ", ".join(f"{k} {v}%" for k, v in list(prof["self_by_module"].items())[:10])
        )
        out.append(
            "  inclusive by package: "
            + ", ".join(f"{k} {v}%" for k, v in list(prof["inclusive_by_package"].items())[:12])
        )
        out.append("  inclusive by project function:")
        for k, v in list(prof["inclusive_by_project_function"].items())[:15]:
            out.append(f"    {v:5.1f}%  {k}")
    stages = shape.get("ai_stage_compute_ms") if shape else None
    if stages:
        out.append("")
        out.append(
            "in-stage compute recorded in ai_responses.latency_ms (classification / matching, no DB time)"
        )
        for s, v in stages.items():
            out.append(f"  {s:<20} n={v['count']:<6} mean {v['mean']:.2f} ms  p99 {v['p99']:.1f} ms")
    return "\n".join(out)
