"""Pure text work, no database and no I/O: PII, intent, order-line extraction, catalog matching."""
