"""What a worker supervisor prepares before it forks its worker processes (`OMS_WORKER_PRELOAD`, set by
`oms worker`): the language stages' regular expressions.

The cue and noise vocabularies are `Alternation`s (jobs/language/alternation.py), which compile a reduced
pattern per set of chunks a text can match, on first use. A fresh worker process compiled them in the
middle of its first few hundred messages (about 0.5 s of CPU on the shipped corpus, more on varied
traffic, and a thread each for a pattern its threads met at once). Compiled in the supervisor, they are
inherited by every worker process it forks (and by a restarted one), and no message pays for them. So are the
patterns of the phrase readers made on first use (the languages typed in Latin letters: the `READER` of each, a
`LanguageReader`; the other readers' are made at import). Pure computation: no database, broker, metrics or thread is touched before the fork.
"""

from __future__ import annotations


def compile_patterns() -> int:
    """Import the language stages' pattern modules and compile every reduced pattern of their
    alternations, and the phrase readers' patterns (`READERS`); how many were compiled."""
    import jobs.language.extraction  # noqa: F401  (their alternations are made at import)
    import jobs.language.intent  # noqa: F401
    from jobs.language.alternation import compile_all
    from jobs.language.scripts import READERS

    return compile_all() + sum(r.make_now() for r in READERS)
