"""Scheduled housekeeping across tenant batches: expiries, retention purges (and the actors of AI budget alerts)."""
