"""Imported by worker processes (cli/actors.py): connects the runtime's queue-pause board and
heartbeat reporter to the operations tables."""

from __future__ import annotations

from jobs.ops.state import forget_worker, paused_queue_names, store_report
from worker.process_stats import on_report
from worker.queue_control import board

board.set_source(paused_queue_names)
on_report(store_report, forget_worker)
