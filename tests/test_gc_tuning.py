"""WORKER_GC (worker/gc_tuning.py): a booted worker process freezes what its imports made and collects the
young less often, and still collects cycles."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from worker.gc_tuning import CollectorTuning


def test_the_worker_broker_tunes_the_collector_after_boot() -> None:
    from cli.actors import broker

    assert any(isinstance(m, CollectorTuning) for m in broker.middleware)


def test_tuning_freezes_the_boot_objects_and_still_collects_cycles() -> None:
    # in a process of its own: the tuning changes the interpreter's collector for good
    script = textwrap.dedent(
        """
        import gc, weakref
        from worker.gc_tuning import YOUNG_THRESHOLD, tune_collector

        assert gc.get_freeze_count() == 0
        tune_collector()
        assert gc.get_freeze_count() > 1000, gc.get_freeze_count()
        assert gc.get_threshold()[0] == YOUNG_THRESHOLD

        class Node:
            pass

        a, b = Node(), Node()
        a.other, b.other = b, a
        gone = []
        weakref.finalize(a, gone.append, "a")
        del a, b
        assert gc.isenabled()
        keep = [[] for _ in range(3 * YOUNG_THRESHOLD)]  # the collector runs of itself, no gc.collect()
        assert gone == ["a"], gone
        print("ok")
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
