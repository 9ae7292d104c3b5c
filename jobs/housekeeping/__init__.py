"""Scheduled housekeeping across tenant batches: AI budget alerts, expiries, retention purges."""
