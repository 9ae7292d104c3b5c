"""Webhooks: the domain events recorded for delivery (jobs/webhooks/events.py)."""
