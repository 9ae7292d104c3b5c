"""Results leave the system: events, signed and retried webhook delivery, and endpoint management.

- ``events``: record an event in the caller's transaction (one delivery row per subscribed endpoint);
- ``types``: the event types a tenant can subscribe to, and subscription patterns (``order.*``, ``*``);
- ``payloads``: what each event carries (whole entities, redacted text only, never raw PII);
- ``dispatch``: enqueue the deliveries an event created, once the transaction that recorded it commits;
- ``signing``: Standard Webhooks signatures (``standardwebhooks``), secrets and their rotation;
- ``ssrf``: which addresses a delivery may connect to (checked on the address actually connected to);
- ``transport``: the HTTP client: guarded connections, connect and total timeouts, no redirects;
- ``schedule``: the retry schedule with jitter, Retry-After, what counts as success;
- ``delivery``: the delivery actors, one claim and one record statement per attempt;
- ``sweep``: due deliveries that no broker message carries are enqueued again;
- ``endpoints``: add, list, enable/disable, rotate, test, deliveries and replay (CLI and JSON API).
"""
