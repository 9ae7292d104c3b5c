"""Operations: what the queues, dead letters and workers look like, and the levers on them
(pause, resume, replay, purge). Used by `oms queues`, `oms dlq` and the ingress's ops page."""
