"""Budget leases (migration 0035): a process reserves many paid attempts' ceilings against the tenant's
month at once and grants its attempts from that in memory, so a paid message makes no update of the
tenant's month row (the one row all of a tenant's attempts would otherwise queue on, each holding it for
a commit's WAL flush).

A lease is taken (``oms_ai_lease``) only when it fits whole in the budget (spend plus open reservations
plus the lease at most the budget), and an attempt is granted from it only while the ceilings of the
attempts in flight plus what the settled ones cost fit in it; so spend under leases never passes the
budget. When no lease fits (a budget's end, or a budget smaller than a lease), the caller reserves one
attempt at a time as before (jobs/ai/budget.py), which passes the budget by at most one reservation.

An attempt's settlement adds its cost to a row of the lease (``oms_ai_settle``); this process then counts
the real cost in place of the ceiling. That row is held through the settling write's commit (its WAL
flush), so a process keeps `LEASE_SLOTS` leases per tenant, its threads taking them in turn, and a lease
taken while more threads than slots are at work comes with spend rows (migration 0037: amount 0, the
lease's expiry, closed with it), one for each thread of its slot beyond the first (`LEASE_ROWS` in all at
most): no two threads settle into one row. A lease is granted from for
`LEASE_SECONDS` at most, or until an attempt no longer fits, then retired; once nothing granted from it
is in flight, it is closed (its spend moved into the month's, its amount released) by the next lease
this process takes for the tenant, by the sweep every `LEASE_SECONDS`, or at exit: a worker process's
graceful stop (`close_at_shutdown`, a dramatiq shutdown hook: the supervisor's forked processes run no
exit handlers) first lets the calls still running settle, then closes them all; any other interpreter's
exit closes those with nothing in flight. When a
lease is refused (the budget's end is near), the process closes every idle lease it holds for the
tenant, so their unused amounts go back to the budget at once; another process's idle lease holds its
amount until that process's sweep (about 2 x `LEASE_SECONDS` at most). A process that dies leaves
leases that expire (`lease_ttl`) the way a reservation does.
"""

from __future__ import annotations

import atexit
import os
import threading
import time
import uuid
from dataclasses import dataclass, field
from decimal import Decimal

import structlog

from db.session import function_connection
from db.tenant_token import call_as_tenant
from worker.broker import on_worker_shutdown

log = structlog.get_logger("oms.ai.leases")

LEASE_ATTEMPTS = 100  # a lease holds this many times the ceiling of the attempt that takes it
# Leases per tenant per process, each for its share of the threads: an attempt's settlement updates its
# lease's row (held for the commit's WAL flush), so one lease would make one process's paid writes queue.
LEASE_SLOTS = 8
# Rows per lease, at most: the threads that share a slot settle into rows of their own (a lease's spend
# rows, migration 0037: amount 0, closed and expired with it), so that no two of them queue on one row
# through their commits' WAL flushes.
LEASE_ROWS = 8
LEASE_SECONDS = 5.0  # granted from for at most this long (then closed: what it holds unused is freed)
REFUSED_SECONDS = 5.0  # after a lease was refused, this process reserves one attempt at a time this long

_LEASE = (
    "SELECT lease_id, budget_cents "
    "FROM public.oms_ai_lease(%s::uuid, %s::numeric, %s::integer, %s::uuid[], %s::uuid[])"
)


def lease_ttl(attempt_ttl_seconds: int) -> int:
    """A lease's expiry: granted from for `LEASE_SECONDS`, and its last attempt then has an attempt's
    reservation time (its timeout and the grace) to settle into it."""
    return int(LEASE_SECONDS) + attempt_ttl_seconds


@dataclass(eq=False)
class Lease:
    id: uuid.UUID
    tenant: uuid.UUID
    slot: int
    amount: Decimal
    budget: Decimal  # the tenant's budget when it was taken (cents): a change retires it
    retire_at: float  # monotonic
    drop_at: float  # monotonic: past its expiry in the database, forgotten here
    used: Decimal = Decimal(0)  # the ceilings of attempts in flight plus the costs of settled ones
    in_flight: int = 0
    retired: bool = False
    rows: tuple[uuid.UUID, ...] = ()  # its spend rows, after its own

    def fits(self, ceiling: Decimal, now: float) -> bool:
        return not self.retired and now < self.retire_at and self.used + ceiling <= self.amount

    @property
    def ids(self) -> tuple[uuid.UUID, ...]:
        """The lease's row and its spend rows: what closing it deletes."""
        return (self.id, *self.rows)

    def row(self, index: int) -> uuid.UUID:
        """The row that the `index`-th thread of the lease's slot settles its attempts into."""
        ids = self.ids
        return ids[index % len(ids)]


@dataclass
class _Tenant:
    current: Lease | None = None
    retired: list[Lease] = field(default_factory=list)  # some granted attempt still in flight
    closable: list[Lease] = field(default_factory=list)  # retired, nothing in flight
    refused_until: float = 0.0
    taking: threading.Lock = field(default_factory=threading.Lock)


class LeaseBook:
    """This process's leases, per tenant."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._tenants: dict[tuple[uuid.UUID, int], _Tenant] = {}
        self._sweeper: threading.Thread | None = None
        self._threads = threading.local()
        self._next_slot = 0

    def _slot(self) -> int:
        """This thread's lease slot (threads take them in turn)."""
        slot: int | None = getattr(self._threads, "slot", None)
        if slot is None:
            with self._lock:
                slot = self._threads.slot = self._next_slot % LEASE_SLOTS
                self._threads.row = self._next_slot // LEASE_SLOTS
                self._next_slot += 1
        return slot

    def row_id(self, lease: Lease) -> uuid.UUID:
        """The row of `lease` this thread's attempts settle into (`grant` first made the thread's slot)."""
        return lease.row(int(getattr(self._threads, "row", 0)))

    def _rows(self) -> list[uuid.UUID]:
        """Ids of the spend rows for a lease to take: one per thread of a slot beyond the first, as many
        threads as have asked so far, at most `LEASE_ROWS` rows in all."""
        with self._lock:
            sharing = -(-self._next_slot // LEASE_SLOTS)  # threads per slot, rounded up
        return [uuid.uuid4() for _ in range(min(LEASE_ROWS, max(1, sharing)) - 1)]

    def grant(self, tenant: uuid.UUID, ceiling: Decimal, ttl_seconds: int) -> Lease | None:
        """An attempt of at most `ceiling` cents granted from a lease (taking one if needed), or None:
        no lease fits; reserve the attempt on its own."""
        if ceiling <= 0:
            return None
        slot = self._slot()
        with self._lock:
            t = self._tenants.setdefault((tenant, slot), _Tenant())
            lease = self._from_current(t, ceiling)
            if lease is not None or self._refused(t):
                return lease
        with t.taking:  # one thread takes the tenant's next lease; the others wait and grant from it
            with self._lock:
                lease = self._from_current(t, ceiling)
                if lease is not None or self._refused(t):
                    return lease
                close, t.closable = t.closable, []
            rows = self._rows()
            try:
                taken = self._call(tenant, ceiling * LEASE_ATTEMPTS, ttl_seconds, close, rows)
            except BaseException:
                with self._lock:
                    t.closable.extend(close)
                raise
            now = time.monotonic()
            if taken is None:
                with self._lock:
                    t.refused_until = now + REFUSED_SECONDS
                self.give_back(tenant)
                return None
            with self._lock:
                t.current = Lease(
                    taken[0],
                    tenant,
                    slot,
                    ceiling * LEASE_ATTEMPTS,
                    taken[1],
                    now + LEASE_SECONDS,
                    now + ttl_seconds,
                    rows=tuple(rows),
                )
                self._start_sweeper()
                return self._from_current(t, ceiling)

    def settled(self, lease: Lease, ceiling: Decimal, cost: Decimal) -> None:
        """An attempt granted from `lease` ended: its real cost (0: nothing sent) replaces its ceiling."""
        with self._lock:
            lease.used += cost - ceiling
            lease.in_flight -= 1
            t = self._tenants.get((lease.tenant, lease.slot))
            if t is not None and lease.retired and lease.in_flight <= 0 and lease in t.retired:
                t.retired.remove(lease)
                t.closable.append(lease)

    def give_back(self, tenant: uuid.UUID) -> int:
        """A lease, or an attempt's reservation on its own, was refused (the budget's end is near): retire
        the tenant's leases in every slot and close those with nothing in flight, so that what they hold
        unused goes back to the budget; returns the leases closed (0: a refusal stands)."""
        close: list[Lease] = []
        with self._lock:
            for (owner, _), t in self._tenants.items():
                if owner == tenant:
                    if t.current is not None:
                        self._retire(t, t.current)
                    close.extend(t.closable)
                    t.closable = []
        if close:
            self._call(tenant, None, 0, close)
        return len(close)

    @staticmethod
    def _refused(t: _Tenant) -> bool:
        """A lease was refused lately: reserve on its own, unless leases wait to be closed (their amounts
        held against the budget would refuse that reservation too: close them, and try a lease again)."""
        return not t.closable and t.refused_until > time.monotonic()

    def retire(self, lease: Lease) -> None:
        """No more grants from `lease` (the tenant's budget changed): closed once nothing is in flight."""
        with self._lock:
            t = self._tenants.get((lease.tenant, lease.slot))
            if t is not None and not lease.retired:
                self._retire(t, lease)

    def _from_current(self, t: _Tenant, ceiling: Decimal) -> Lease | None:
        lease, now = t.current, time.monotonic()
        if lease is None:
            return None
        if lease.fits(ceiling, now):
            lease.used += ceiling
            lease.in_flight += 1
            return lease
        self._retire(t, lease)
        return None

    @staticmethod
    def _retire(t: _Tenant, lease: Lease) -> None:
        lease.retired = True
        if t.current is lease:
            t.current = None
        (t.closable if lease.in_flight <= 0 else t.retired).append(lease)

    @staticmethod
    def _call(
        tenant: uuid.UUID,
        amount: Decimal | None,
        ttl_seconds: int,
        close: list[Lease],
        rows: list[uuid.UUID] | None = None,
    ) -> tuple[uuid.UUID, Decimal] | None:
        """(the lease's id, the budget) when a lease of `amount` (with spend rows `rows`) was granted;
        None otherwise. The leases in `close` are closed first, their spend rows with them."""
        closing = [i for x in close for i in x.ids]
        with function_connection() as conn:
            row = call_as_tenant(conn, _LEASE, (tenant, amount, ttl_seconds, closing, rows)).fetchone()
        return (row[0], Decimal(row[1])) if row is not None and row[0] is not None else None

    def sweep(self, everything: bool = False) -> int:
        """Retire leases past their time (all of them: `everything`, at exit) and close those with
        nothing in flight; forget those past their expiry. Returns the leases closed."""
        now = time.monotonic()
        work: list[tuple[uuid.UUID, list[Lease]]] = []
        with self._lock:
            for (tenant, _), t in self._tenants.items():
                if t.current is not None and (everything or now >= t.current.retire_at):
                    self._retire(t, t.current)
                t.retired = [x for x in t.retired if now < x.drop_at]  # the database expired them
                if t.closable:
                    work.append((tenant, t.closable))
                    t.closable = []
        closed = 0
        for tenant, leases in work:
            try:
                self._call(tenant, None, 0, leases)
                closed += len(leases)
            except Exception as exc:  # noqa: BLE001 - they expire in the database if never closed
                log.warning("ai_lease_close_failed", error=type(exc).__name__, leases=len(leases))
        return closed

    def _start_sweeper(self) -> None:
        if self._sweeper is None:
            self._sweeper = threading.Thread(target=self._sweep_forever, name="oms-ai-leases", daemon=True)
            self._sweeper.start()
            atexit.register(self.sweep, True)

    def _sweep_forever(self) -> None:
        while True:
            time.sleep(LEASE_SECONDS)
            self.sweep()


# At a graceful worker shutdown, the calls the worker's threads left running get this long to end (and
# settle into their leases) before the leases are closed; what is still in flight then expires instead.
SHUTDOWN_DRAIN_SECONDS = 20.0


@on_worker_shutdown
def close_at_shutdown() -> int:
    """A worker process's graceful stop: once the calls still running have settled, close every lease
    the process holds, so their unused amounts go back to the budget now instead of when they expire (a
    forked worker process runs no exit handlers). Returns the leases closed."""
    from jobs.ai.runner import drain_runner

    with _book_lock:
        book = _book[1] if _book is not None and _book[0] == os.getpid() else None
    if book is None:
        return 0
    drain_runner(SHUTDOWN_DRAIN_SECONDS)
    closed = book.sweep(everything=True)
    if closed:
        log.info("ai_leases_closed_at_shutdown", leases=closed)
    return closed


_book: tuple[int, LeaseBook] | None = None
_book_lock = threading.Lock()


def lease_book() -> LeaseBook:
    """This process's lease book (made on first use in the process: a forked child gets its own)."""
    global _book
    with _book_lock:
        if _book is None or _book[0] != os.getpid():
            _book = (os.getpid(), LeaseBook())
        return _book[1]
